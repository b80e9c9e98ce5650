using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;

namespace Dateline.Benchmarks;

/// <summary>
/// Store-load stand-in for the NER, resolution and quote stages while they are not in the default pipeline:
/// every pair of capitalised words is a PER mention and entity, and every double-quoted passage of 20+
/// characters is a direct quote attributed to the nearest entity before it. Not accurate, only realistic in volume.
/// </summary>
internal sealed partial class SyntheticAnnotationStage : IDocumentStage
{
    public string Name => "synthetic-annotations";

    public StageInfo Info { get; } = StageInfo.Create([], [Layers.Mentions, Layers.Entities, Layers.Quotes]);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var mentions = new List<Mention>();
        var entities = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (Match match in Names().Matches(text))
        {
            if (mentions.Count >= 40)
            {
                break;
            }

            if (!entities.TryGetValue(match.Value, out var list))
            {
                entities[match.Value] = list = [];
            }

            list.Add(mentions.Count);
            mentions.Add(new Mention(new TextSpan(match.Index, match.Index + match.Length), EntityLabel.PER, 0.5f));
        }

        var resolved = entities.Select((e, i) => new Entity(i, EntityLabel.PER, e.Key, [], [], [.. e.Value])).ToImmutableArray();
        var quotes = new List<Quote>();
        foreach (Match match in Quoted().Matches(text))
        {
            var content = match.Groups[1];
            var speaker = resolved.Select(e => (Entity: e, Mention: mentions[e.Mentions[0]])).Where(x => x.Mention.Span.Start < match.Index).LastOrDefault();
            quotes.Add(new Quote(
                QuoteKind.Direct,
                new TextSpan(content.Index, content.Index + content.Length),
                null,
                speaker.Entity is null ? null : new QuoteSpeaker(speaker.Mention.Span, speaker.Entity.Id, speaker.Entity.Name)));
        }

        return document.With(Layers.Mentions, [.. mentions]).With(Layers.Entities, resolved).With(Layers.Quotes, [.. quotes]);
    }

    [GeneratedRegex(@"\b[A-Z][a-z]{2,} [A-Z][a-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Names();

    [GeneratedRegex("[\"\u201C]([^\"\u201C\u201D\n]{20,400})[\"\u201D]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
