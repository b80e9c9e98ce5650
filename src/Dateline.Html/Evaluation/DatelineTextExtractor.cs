namespace Dateline.Html.Evaluation;

/// <summary>Dateline's own extractor (<see cref="HtmlArticleExtractor"/>): the full article text, headline included.</summary>
public sealed class DatelineTextExtractor : IArticleTextExtractor
{
    private readonly HtmlArticleExtractor _extractor;

    public DatelineTextExtractor(HtmlArticleExtractor? extractor = null) => _extractor = extractor ?? HtmlArticleExtractor.Default;

    public string Name => "dateline";

    public ExtractionResult Extract(string html, string? url)
    {
        var article = _extractor.Extract(html, url);
        var metadata = article.Metadata;
        var date = metadata.Date ?? (metadata.Published is { } published ? DateOnly.FromDateTime(published.Date) : null);
        return new ExtractionResult(article.Text, metadata.Title, metadata.Authors, date);
    }
}
