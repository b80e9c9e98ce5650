using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Web.Tests;

/// <summary>Articles with hand-made annotation layers, for behaviour that does not depend on the text stages.</summary>
public static class HandMadeArticles
{
    public const string HostileId = "hostile-1";

    /// <summary>Markup in the text, in a quote, in a speaker's name and in an entity name: all must show literally.</summary>
    public const string HostileText =
        "Markup test <script>window.__datelineXss = 1</script>\n\n" +
        "Mayor Ann <img src=x onerror=\"window.__datelineXss = 2\"> Lee said \"<b>bold</b> & <script>window.__datelineXss = 3</script> sanctuary\" on Monday.\n";

    /// <summary>
    /// The sample with the quote layer the quote stage would give it, when the pipeline has no quote stage yet:
    /// Peter Simonson's two direct quotes, found by their text.
    /// </summary>
    public static Document WithQuotesIfMissing(Document sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (!sample.Get(Layers.Quotes).IsEmpty)
        {
            return sample;
        }

        var text = sample.Text;
        var fullName = Find(text, "Peter Simonson");
        var says = Find(text, "Simonson says");
        var surname = new TextSpan(says.Start, says.Start + "Simonson".Length);
        return sample.With(Layers.Quotes,
        [
            new Quote(QuoteKind.Direct, Find(text, "a bullying tactic"), Find(text, "said Thursday"), new QuoteSpeaker(fullName, null, "Peter Simonson"), "2017-08-03"),
            new Quote(QuoteKind.Direct, Find(text, "petty, coercive, and dangerous"), new TextSpan(surname.End + 1, surname.End + 5), new QuoteSpeaker(surname, null, "Peter Simonson")),
        ]);
    }

    public static Document Hostile()
    {
        var text = HostileText;
        var name = Find(text, "Ann <img src=x onerror=\"window.__datelineXss = 2\"> Lee");
        var quote = Find(text, "<b>bold</b> & <script>window.__datelineXss = 3</script> sanctuary");
        var document = new Document(HostileId, text, new DocumentSource("hostile.txt", "text", 0, 1), new DocumentMetadata
        {
            Date = new DateOnly(2020, 1, 6),
            Title = "Markup <script>window.__datelineXss = 4</script> headline",
            Url = "javascript:window.__datelineXss=5",
        });
        return document
            .With(Layers.Mentions, [new Mention(name, EntityLabel.PER, 0.9f)])
            .With(Layers.Entities, [new Entity(0, EntityLabel.PER, name.GetText(text), ImmutableArray<string>.Empty, ["Mayor <i>x</i>"], [0])])
            .With(Layers.Quotes, [new Quote(QuoteKind.Direct, quote, Find(text, "said"), new QuoteSpeaker(name, 0, name.GetText(text)))]);
    }

    /// <summary>Plain articles so that searches and facets have more than one row.</summary>
    public static IEnumerable<Document> Filler(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var text = $"Budget talks {i}\n\nThe city council of Springfield met on budget day {i} to discuss roads and schools.\n";
            yield return new Document($"filler-{i}", text, new DocumentSource("filler.txt", "text", i, 1), new DocumentMetadata
            {
                Date = new DateOnly(2019, 3, 1 + i),
                Title = $"Budget talks {i}",
                Publisher = "Reuters",
            });
        }
    }

    private static TextSpan Find(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"'{value}' is not in the text");
        }

        return new TextSpan(start, start + value.Length);
    }
}
