using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Quotes;
using Dateline.Text.Resolution;

namespace Dateline.Text.Tests.Quotes;

/// <summary>Builds small documents with hand-made mention layers and runs entity resolution and quote finding (rules only) on them.</summary>
internal static class QuoteTestDocuments
{
    public static Document Create(string text, params (string Text, EntityLabel Label)[] mentions)
    {
        var layer = ImmutableArray.CreateBuilder<Mention>();
        foreach (var (name, label) in mentions.OrderByDescending(m => m.Text.Length))
        {
            var from = 0;
            while ((from = text.IndexOf(name, from, StringComparison.Ordinal)) >= 0)
            {
                var end = from + name.Length;
                var wordStart = from == 0 || !char.IsLetter(text[from - 1]);
                var wordEnd = end == text.Length || !char.IsLetter(text[end]);
                if (wordStart && wordEnd && !layer.Any(m => m.Span.Start < end && from < m.Span.End))
                {
                    layer.Add(new Mention(new TextSpan(from, end), label, 1f));
                }

                from = end;
            }
        }

        var sorted = layer.OrderBy(m => m.Span.Start).ToImmutableArray();
        return new Document("test", text, new DocumentSource("test", "text", 0, 1)).With(Layers.Mentions, sorted);
    }

    public static Document Analyze(string text, params (string Text, EntityLabel Label)[] mentions)
    {
        var document = Create(text, mentions);
        document = new EntityResolutionStage().Process(document, CancellationToken.None);
        // The hand rules alone: these tests pin the rules down; the learned cue model has its own tests.
        return new QuoteStage(cues: null, statementsOnly: false).Process(document, CancellationToken.None);
    }

    /// <summary>The default stage (statements only), rules alone.</summary>
    public static Document AnalyzeStatements(string text, params (string Text, EntityLabel Label)[] mentions)
    {
        var document = Create(text, mentions);
        document = new EntityResolutionStage().Process(document, CancellationToken.None);
        return new QuoteStage(cues: null).Process(document, CancellationToken.None);
    }

    public static ImmutableArray<Quote> Quotes(string text, params (string Text, EntityLabel Label)[] mentions) =>
        Analyze(text, mentions).Get(Layers.Quotes);
}
