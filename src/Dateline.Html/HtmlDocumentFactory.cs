using Dateline.Core;

namespace Dateline.Html;

/// <summary>
/// Makes a <see cref="Document"/> from a page: the extracted article is the text (headline line, then
/// paragraphs separated by blank lines), the page source is the original, with the offset map between them.
/// Page metadata (title, authors, publication time, publisher) wins over what the container gives, except
/// the URL, which the container (crawl record, JSON field) knows best.
/// </summary>
public sealed class HtmlDocumentFactory
{
    public HtmlDocumentFactory(HtmlArticleExtractor? extractor = null) => Extractor = extractor ?? HtmlArticleExtractor.Default;

    public static HtmlDocumentFactory Default { get; } = new();

    public HtmlArticleExtractor Extractor { get; }

    /// <summary>The document, or <c>null</c> when the page holds no article text.</summary>
    public Document? Create(string id, string html, DocumentSource source, DocumentMetadata? container = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(source);
        var article = Extractor.Extract(html, container?.Url);
        if (article.Paragraphs.Count == 0 || string.IsNullOrWhiteSpace(article.Text))
        {
            return null;
        }

        return new Document(id, article.Text, html, article.TextToSource, source, Merge(article.Metadata, container ?? DocumentMetadata.Empty));
    }

    /// <summary>
    /// As <see cref="Create"/>, for a page from a crawl: the container's date is the crawl time, so it is kept
    /// only when the page gives no date of its own.
    /// </summary>
    public Document? CreateFromCrawl(string id, string html, DocumentSource source, DocumentMetadata crawl) => Create(id, html, source, crawl);

    public static DocumentMetadata Merge(PageMetadata page, DocumentMetadata container)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(container);
        var date = page.Date ?? (page.Published is { } published ? DateOnly.FromDateTime(published.Date) : container.Date);
        return container with
        {
            Date = date,
            Published = page.Published ?? (page.Date is null ? container.Published : null),
            Url = container.Url ?? page.Url,
            Title = page.Title ?? container.Title,
            Authors = page.Authors.Count > 0 ? page.Authors : container.Authors,
            Publisher = page.Publisher ?? container.Publisher,
        };
    }
}
