using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Dateline.Html.Extraction;

namespace Dateline.Html.Metadata;

/// <summary>
/// Reads what a page says about its article: JSON-LD (NewsArticle, Article, BlogPosting ...: headline, author
/// as string, object or array, datePublished, publisher), OpenGraph and other meta tags (og:title,
/// article:published_time, author, byline, citation_*, Dublin Core), <c>&lt;time datetime&gt;</c>, and
/// visible bylines (<c>rel=author</c>, <c>itemprop=author</c>, "By ..." lines).
/// </summary>
internal static class PageMetadataReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "DiscussionForumPosting", "Posting"];

    private static readonly string[] DateKeys = ["article:published_time", "og:published_time", "og:article:published_time", "datepublished", "citation_publication_date", "citation_date", "citation_online_date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dc.date", "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "cxenseparse:recs:publishtime", "og:updated_time", "article:modified_time", "last-modified"];

    private static readonly string[] AuthorKeys = ["author", "article:author", "byl", "byline", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "twitter:creator", "og:article:author"];

    public static PageMetadata Read(IDocument document, out IElement? titleElement)
    {
        titleElement = null;
        var metas = new Dictionary<string, (string Content, IElement Element)>(StringComparer.Ordinal);
        var citationAuthors = new List<string>();
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            key = key.Trim().ToLowerInvariant();
            if (key is "citation_author" or "dc.contributor")
            {
                citationAuthors.Add(content.Trim());
            }

            metas.TryAdd(key, (content.Trim(), meta));
        }

        var ld = ReadJsonLd(document);

        // Title.
        string? title = null;
        if (ld.Headline is { } headline)
        {
            title = headline;
            titleElement = ld.Element;
        }
        else
        {
            foreach (var key in (string[])["og:title", "twitter:title", "citation_title", "dc.title", "headline", "title"])
            {
                if (metas.TryGetValue(key, out var found))
                {
                    title = found.Content;
                    titleElement = found.Element;
                    break;
                }
            }
        }

        if (title is null && document.QuerySelector("head > title, title") is { } titleTag && !string.IsNullOrWhiteSpace(titleTag.TextContent))
        {
            title = CleanTitle(titleTag.TextContent);
            titleElement = titleTag;
        }

        // Publisher and site.
        var siteName = Get(metas, "og:site_name") ?? Get(metas, "application-name") ?? Get(metas, "twitter:site");
        var publisher = ld.Publisher ?? Get(metas, "citation_publisher") ?? Get(metas, "dc.publisher") ?? siteName;

        // Authors: JSON-LD, then meta tags, then visible bylines.
        var sites = new[] { publisher, siteName, siteName?.TrimStart('@') };
        IReadOnlyList<string> authors = AuthorNames.Clean(ld.Authors, sites);
        if (authors.Count == 0 && citationAuthors.Count > 0)
        {
            authors = AuthorNames.Clean(citationAuthors, sites, lastNameFirst: true);
        }

        if (authors.Count == 0)
        {
            foreach (var key in AuthorKeys)
            {
                if (metas.TryGetValue(key, out var found) && (authors = AuthorNames.Clean([found.Content], sites)).Count > 0)
                {
                    break;
                }
            }
        }

        if (authors.Count == 0)
        {
            authors = AuthorNames.Clean(VisibleBylines(document), sites);
        }

        // Date.
        var dateText = ld.DatePublished;
        if (dateText is null)
        {
            foreach (var key in DateKeys)
            {
                if (metas.TryGetValue(key, out var found))
                {
                    dateText = found.Content;
                    break;
                }
            }
        }

        dateText ??= TimeElementDate(document);
        var (published, day) = ParseDate(dateText);

        var url = Get(metas, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return new PageMetadata
        {
            Title = title is null ? null : TextTools.Normalize(title),
            Authors = authors,
            Published = published,
            Date = day,
            Publisher = publisher is null ? null : TextTools.Normalize(publisher),
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            Description = Get(metas, "og:description") ?? Get(metas, "description"),
        };
    }

    /// <summary>Reads an ISO or common date form: a full time gives <c>Published</c>, a bare day only the day.</summary>
    internal static (DateTimeOffset? Published, DateOnly? Day) ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        text = text.Trim();
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (text.Length > 10 && DateTimeOffset.TryParse(text.Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var full))
            {
                return (full, day);
            }

            return (null, day);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment) && moment.Year is > 1990 and < 2100)
        {
            return (moment, DateOnly.FromDateTime(moment.Date));
        }

        if (DateOnly.TryParseExact(text, ["dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var german))
        {
            return (null, german);
        }

        return (null, null);
    }

    private static string? Get(Dictionary<string, (string Content, IElement Element)> metas, string key) =>
        metas.TryGetValue(key, out var found) ? found.Content : null;

    /// <summary>"Headline | Site" and "Headline - Site": keep the longest part.</summary>
    private static string CleanTitle(string title)
    {
        var parts = title.Split([" | ", " - ", " – ", " — ", " :: ", " » "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length <= 1 ? title.Trim() : parts.MaxBy(p => p.Length)!;
    }

    private static string? TimeElementDate(IDocument document)
    {
        var time = document.QuerySelector("time[pubdate][datetime], [itemprop=datePublished][datetime], [itemprop=datePublished][content], time[datetime]");
        return time?.GetAttribute("datetime") ?? time?.GetAttribute("content");
    }

    private static IEnumerable<string> VisibleBylines(IDocument document)
    {
        var found = new List<string>();
        foreach (var element in document.QuerySelectorAll("[rel=author], [itemprop~=author], .byline, .author, .byline-name, .author-name, .autor, [class*=byline]"))
        {
            if (found.Count >= 4)
            {
                break;
            }

            var name = element.QuerySelector("[itemprop=name]")?.TextContent ?? element.GetAttribute("content") ?? element.TextContent;
            name = TextTools.Normalize(name);
            if (name.Length is > 1 and < 80)
            {
                found.Add(name);
            }
        }

        if (found.Count > 0)
        {
            return found;
        }

        // A short paragraph or line that starts with "By ".
        foreach (var element in document.QuerySelectorAll("p, span, div"))
        {
            if (element.ChildElementCount > 3)
            {
                continue;
            }

            var text = element.TextContent;
            if (text.Length is < 6 or > 80)
            {
                continue;
            }

            var trimmed = TextTools.Normalize(text);
            if (trimmed.StartsWith("By ", StringComparison.Ordinal) || trimmed.StartsWith("Von ", StringComparison.Ordinal))
            {
                return [trimmed];
            }
        }

        return [];
    }

    private static JsonLdArticle ReadJsonLd(IDocument document)
    {
        var result = new JsonLdArticle();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var text = script.TextContent;
            if (string.IsNullOrWhiteSpace(text) || text.Length > 2_000_000)
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(text.Trim(), JsonOptions);
                Visit(json.RootElement, result, script, depth: 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources still count.
            }

            if (result.Headline is not null && result.DatePublished is not null && result.Authors.Count > 0)
            {
                break;
            }
        }

        return result;
    }

    private static void Visit(JsonElement element, JsonLdArticle result, IElement script, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, result, script, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, result, script, depth + 1);
        }

        if (!IsArticle(element))
        {
            if (element.TryGetProperty("mainEntity", out var main))
            {
                Visit(main, result, script, depth + 1);
            }

            return;
        }

        if (result.Headline is null && (String(element, "headline") ?? String(element, "name")) is { Length: > 0 } headline)
        {
            result.Headline = headline;
            result.Element = script;
        }

        result.DatePublished ??= String(element, "datePublished") ?? String(element, "dateCreated");
        if (result.Authors.Count == 0 && element.TryGetProperty("author", out var author))
        {
            AddNames(author, result.Authors);
        }

        if (result.Publisher is null && element.TryGetProperty("publisher", out var publisher))
        {
            result.Publisher = publisher.ValueKind == JsonValueKind.String ? publisher.GetString()
                : publisher.ValueKind == JsonValueKind.Object ? String(publisher, "name")
                : publisher.ValueKind == JsonValueKind.Array && publisher.GetArrayLength() > 0 && publisher[0].ValueKind == JsonValueKind.Object ? String(publisher[0], "name")
                : null;
        }
    }

    private static void AddNames(JsonElement author, List<string> names)
    {
        switch (author.ValueKind)
        {
            case JsonValueKind.String when author.GetString() is { Length: > 0 } name:
                names.Add(name);
                break;
            case JsonValueKind.Object:
                if (author.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is "Organization" or "NewsMediaOrganization")
                {
                    break;
                }

                if (String(author, "name") is { Length: > 0 } objectName)
                {
                    names.Add(objectName);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    AddNames(item, names);
                }

                break;
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return ArticleTypes.Contains(type.GetString(), StringComparer.OrdinalIgnoreCase);
        }

        return type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString(), StringComparer.OrdinalIgnoreCase));
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
