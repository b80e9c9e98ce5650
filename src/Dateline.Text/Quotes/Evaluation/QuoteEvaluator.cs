using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>Runs an analysis over gold articles and scores the quotations it finds.</summary>
public static class QuoteEvaluator
{
    public static QuoteEvaluation Evaluate(IEnumerable<GoldArticle> articles, Func<Document, Document> analyze, CancellationToken cancellationToken = default) =>
        Evaluate(articles, analyze, recordErrors: false, cancellationToken);

    /// <summary>Scores the analysis; with <paramref name="recordErrors"/> the result lists every error at overlap 0.3.</summary>
    public static QuoteEvaluation Evaluate(IEnumerable<GoldArticle> articles, Func<Document, Document> analyze, bool recordErrors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(analyze);
        var scorer = new QuoteScorer(recordErrors);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var metadata = article.Date is { } date ? new DocumentMetadata { Date = date } : null;
            var document = new Document(article.Id, article.Text, new DocumentSource(article.Id, "gold", 0, 1), metadata);
            var analyzed = analyze(document);
            var predicted = analyzed.Get(Layers.Quotes)
                .Select(q => new PredictedQuote(q.Content, q.Speaker?.Span, q.Speaker?.Name, q.Cue))
                .ToList();
            scorer.Add(article, predicted);
        }

        return scorer.Result();
    }

    /// <summary>Reads a gold set: a brat folder (text/ and attributions/) or a JSON Lines file.</summary>
    public static IEnumerable<GoldArticle> ReadGold(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            if (!BratAttributionReader.IsBratFolder(path))
            {
                throw new GoldFormatException($"{path}: a gold folder needs text/ and attributions/ subfolders");
            }

            return BratAttributionReader.Read(path);
        }

        if (!File.Exists(path))
        {
            throw new GoldFormatException($"{path}: no such file or folder");
        }

        return JsonLinesGoldReader.Read(path);
    }
}
