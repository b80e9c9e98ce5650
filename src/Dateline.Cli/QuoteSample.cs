using Dateline.Store.Queries;

namespace Dateline.Cli;

/// <summary>
/// A seeded random sample of stored quotes with the text around each, for judging by hand (docs/quotes.md, the
/// audit): every stored quote has the same chance (reservoir sampling over one pass of the store's quotes).
/// </summary>
internal static class QuoteSample
{
    /// <summary>One sampled quote and the article text around it.</summary>
    internal sealed record Item(int Number, QuoteHit Quote, string? Context);

    public static List<Item> Draw(Dateline.Store.ICorpusStore corpus, int size, int seed, int contextChars = 400)
    {
        var random = new Random(seed);
        var reservoir = new List<QuoteHit>(size);
        var seen = 0;
        foreach (var quote in corpus.Queries.ExportQuotes())
        {
            seen++;
            if (reservoir.Count < size)
            {
                reservoir.Add(quote);
            }
            else if (random.Next(seen) is var slot && slot < size)
            {
                reservoir[slot] = quote;
            }
        }

        var items = new List<Item>(reservoir.Count);
        for (var i = 0; i < reservoir.Count; i++)
        {
            var quote = reservoir[i];
            items.Add(new Item(i + 1, quote, Context(corpus, quote, contextChars)));
        }

        return items;
    }

    private static string? Context(Dateline.Store.ICorpusStore corpus, QuoteHit quote, int chars)
    {
        var text = corpus.Queries.Article(quote.DocId)?.Document.Text;
        if (text is null)
        {
            return null;
        }

        var at = text.IndexOf(quote.Text, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = Math.Max(0, at - chars);
        var end = Math.Min(text.Length, at + quote.Text.Length + chars / 2);
        return text[start..at] + "[[" + quote.Text + "]]" + text[(at + quote.Text.Length)..end];
    }
}
