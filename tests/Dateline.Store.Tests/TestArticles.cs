using System.Collections.Immutable;
using System.Globalization;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Store.Tests;

/// <summary>Builds documents carrying hand-made layers (structure, mentions, entities, quotes, times), as the NLP stages would.</summary>
internal static class TestArticles
{
    public static Document Make(
        string text,
        string? date = "2017-08-03",
        string? agency = null,
        string? place = null,
        (string Name, EntityLabel Label, string[] Aliases)[]? entities = null,
        (string Speaker, string Quote)[]? quotes = null,
        string? id = null)
    {
        var metadata = new DocumentMetadata { Date = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var document = new Document(id ?? Guid.NewGuid().ToString("N"), text, new DocumentSource("test.jsonl", "jsonl", 0, 1), metadata);
        var firstLine = text.IndexOf('\n', StringComparison.Ordinal);
        var structure = new ArticleStructure
        {
            Headline = new TextSpan(0, firstLine < 0 ? text.Length : firstLine),
            Agency = agency,
            Dateline = place is null ? null : new DatelineInfo(Find(text, place), place, null, "US"),
            Paragraphs = firstLine < 0 ? [] : [new TextSpan(firstLine + 1, text.Length)],
        };
        document = document.With(Layers.Structure, structure);
        var mentions = new List<Mention>();
        var resolved = new List<Entity>();
        foreach (var (name, label, aliases) in entities ?? [])
        {
            var indices = new List<int>();
            foreach (var form in new[] { name }.Concat(aliases))
            {
                for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
                {
                    var span = new TextSpan(at, at + form.Length);
                    if (mentions.Any(m => m.Span.Overlaps(span)))
                    {
                        continue;
                    }

                    indices.Add(mentions.Count);
                    mentions.Add(new Mention(span, label, 0.9f));
                }
            }

            resolved.Add(new Entity(resolved.Count, label, name, [.. aliases], [], [.. indices]));
        }

        if (entities is not null)
        {
            document = document.With(Layers.Mentions, [.. mentions]).With(Layers.Entities, [.. resolved]);
        }

        if (quotes is not null)
        {
            var list = new List<Quote>();
            foreach (var (speaker, quote) in quotes)
            {
                var entity = resolved.FirstOrDefault(e => e.Name == speaker || e.Aliases.Contains(speaker));
                list.Add(new Quote(QuoteKind.Direct, Find(text, quote), null, new QuoteSpeaker(Find(text, speaker), entity?.Id, entity?.Name ?? speaker)));
            }

            document = document.With(Layers.Quotes, [.. list]);
        }

        if (date is not null && text.Contains("Thursday", StringComparison.Ordinal))
        {
            document = document.With(Layers.Times, ImmutableArray.Create(new TimeExpression(Find(text, "Thursday"), TimeType.Date, date)));
        }

        return document;
    }

    public static TextSpan Find(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{part}' is not in the text");
        }

        return new TextSpan(at, at + part.Length);
    }
}
