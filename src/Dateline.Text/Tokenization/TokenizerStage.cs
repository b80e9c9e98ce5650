using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;
using Dateline.Text.Structure;

namespace Dateline.Text.Tokenization;

/// <summary>
/// Adds the <see cref="Layers.Tokens"/> layer (see <see cref="NewsTokenizer"/>). Text that is not part of
/// the article (<see cref="SetAsideText"/>) is left untokenized, so no later stage reads it.
/// </summary>
public sealed class TokenizerStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([], [Layers.Tokens]);

    public string Name => "tokenizer";

    public StageInfo Info => StageInfo;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var skipped = SetAsideText.Spans(document);
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
}
