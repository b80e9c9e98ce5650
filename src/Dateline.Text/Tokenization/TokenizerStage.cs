using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;

namespace Dateline.Text.Tokenization;

/// <summary>
/// Adds the <see cref="Layers.Tokens"/> layer (see <see cref="NewsTokenizer"/>). Text that is not part of
/// the article is left untokenized, so no later stage reads it twice or at all: the record header
/// (<see cref="DocumentMetadata.Header"/>), blocks the structure stage found to repeat earlier ones
/// (<see cref="ArticleStructure.Duplicates"/>), and text after the last part it kept (a sign-off like "Reuter").
/// </summary>
public sealed class TokenizerStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([], [Layers.Tokens]);

    public string Name => "tokenizer";

    public StageInfo Info => StageInfo;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var skipped = SetAside(document);
        if (skipped.Count == 0)
        {
            return document.With(Layers.Tokens, NewsTokenizer.Tokenize(document.Text));
        }

        var text = document.Text;
        var builder = ImmutableArray.CreateBuilder<Token>(Math.Max(4, text.Length / 5));
        var position = 0;
        foreach (var span in skipped)
        {
            if (span.Start > position)
            {
                NewsTokenizer.Tokenize(text.AsSpan(position, span.Start - position), position, builder);
            }

            position = Math.Max(position, span.End);
        }

        if (position < text.Length)
        {
            NewsTokenizer.Tokenize(text.AsSpan(position), position, builder);
        }

        return document.With(Layers.Tokens, builder.ToImmutable());
    }

    private static List<TextSpan> SetAside(Document document)
    {
        var spans = new List<TextSpan>();
        if (document.Metadata.Header is { } header)
        {
            spans.Add(header);
        }

        if (document.Get(Layers.Structure) is { } structure)
        {
            foreach (var duplicate in structure.Duplicates)
            {
                spans.Add(duplicate.Span);
            }

            // Text after every part the structure stage kept (a wire sign-off such as "Reuter") is not article text.
            if (!structure.Paragraphs.IsEmpty)
            {
                var lastEnd = LastEnd(structure);
                if (lastEnd < document.Text.Length)
                {
                    spans.Add(new TextSpan(lastEnd, document.Text.Length));
                }
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static int LastEnd(ArticleStructure structure)
    {
        var end = 0;
        foreach (var span in new[] { structure.Headline, structure.Byline, structure.Timestamp, structure.Dateline?.Span })
        {
            end = Math.Max(end, span?.End ?? 0);
        }

        foreach (var span in structure.Paragraphs.Concat(structure.Captions).Concat(structure.Duplicates.Select(d => d.Span)))
        {
            end = Math.Max(end, span.End);
        }

        return end;
    }
}
