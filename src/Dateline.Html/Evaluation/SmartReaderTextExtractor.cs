using Dateline.Html.Metadata;

namespace Dateline.Html.Evaluation;

/// <summary>SmartReader (a .NET port of Mozilla's Readability), for comparison.</summary>
public sealed class SmartReaderTextExtractor : IArticleTextExtractor
{
    public string Name => "smartreader";

    public ExtractionResult Extract(string html, string? url)
    {
        var reader = new SmartReader.Reader(string.IsNullOrEmpty(url) ? "https://example.org/" : url, html)
        {
            ContinueIfNotReadable = true,
        };
        var article = reader.GetArticle();
        var text = article.TextContent ?? string.Empty;
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            text = article.Title + "\n\n" + text;
        }

        IReadOnlyList<string> authors = string.IsNullOrWhiteSpace(article.Author) ? [] : AuthorNames.Clean([article.Author], [article.SiteName]);
        DateOnly? date = article.PublicationDate is { } published ? DateOnly.FromDateTime(published) : null;
        return new ExtractionResult(text, article.Title, authors, date);
    }
}
