using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Ner;
using Dateline.Text.Sentences;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Tests.Ner;

/// <summary>Runs a rule over the tagger output of a composed text: the names given (in order) as tagged entities.</summary>
internal static class TaggedText
{
    public static (string Text, List<(int Start, int End, EntityLabel Label)> Entities) Apply(
        Action<string, ImmutableArray<Token>, List<TaggedEntity>> rule, string text, params (string Name, EntityLabel Label)[] names)
    {
        var document = new Document("x", text, new DocumentSource("x", "text", 0, 1));
        document = new SentenceStage().Process(new TokenizerStage().Process(document, CancellationToken.None), CancellationToken.None);
        var tokens = document.Get(Layers.Tokens);
        var tagged = new List<TaggedEntity>();
        var from = 0;
        foreach (var (name, label) in names)
        {
            var start = text.IndexOf(name, from, StringComparison.Ordinal);
            from = start + name.Length;
            var first = tokens.ToList().FindIndex(t => t.Span.Start == start);
            var last = tokens.ToList().FindIndex(t => t.Span.End == start + name.Length);
            tagged.Add(new TaggedEntity(first, last, label, 1f));
        }

        rule(text, tokens, tagged);
        return (text, tagged.Select(e => (tokens[e.FirstToken].Span.Start, tokens[e.LastToken].Span.End, e.Label)).ToList());
    }
}
