using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dateline.Html.Extraction;

namespace Dateline.Html.Metadata;

/// <summary>
/// Reads what a page says about its article: JSON-LD (NewsArticle, Article, BlogPosting ...: headline, author
/// as string, object or array, datePublished, publisher), OpenGraph and other meta tags (og:title,
/// article:published_time, author, byline, citation_*, Dublin Core), <c>&lt;time datetime&gt;</c>, and
/// visible bylines (<c>rel=author</c>, <c>itemprop=author</c>, "By ..." lines).
/// </summary>
internal static partial class PageMetadataReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64, AllowMultipleValues = true };

    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "Report", "SocialMediaPosting", "DiscussionForumPosting", "Posting"];

    private static readonly string[] DateKeys = ["article:published_time", "og:published_time", "og:article:published_time", "datepublished", "citation_publication_date", "citation_date", "citation_online_date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dc.date", "date", "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "cxenseparse:recs:publishtime", "og:updated_time", "article:modified_time", "last-modified"];

    private static readonly HashSet<string> ModifiedKeys = ["og:updated_time", "article:modified_time", "last-modified"];

    private static readonly string[] AuthorKeys = ["author", "article:author", "byl", "byline", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "twitter:creator", "og:article:author"];

    public static PageMetadata Read(PageScan scan, string source, out IElement? titleElement, out MarkupDates dates)
    {
        titleElement = null;
        var metas = new Dictionary<string, (string Content, IElement Element)>(StringComparer.Ordinal);
        var citationAuthors = new List<string>();
        foreach (var meta in scan.Metas)
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

        var ld = ReadJsonLd(scan, source);

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

        if (title is null && scan.Title is { } titleTag && !string.IsNullOrWhiteSpace(titleTag.TextContent))
        {
            title = CleanTitle(titleTag.TextContent);
            titleElement = titleTag;
        }

        // Publisher and site.
        var siteName = Get(metas, "og:site_name") ?? Get(metas, "application-name") ?? Get(metas, "twitter:site");
        var publisher = ld.Publisher ?? Get(metas, "citation_publisher") ?? Get(metas, "dc.publisher") ?? siteName;

        title = StripSiteName(title, siteName, publisher);

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
            authors = VisibleBylines(scan, sites);
        }

        var language = scan.Language ?? Get(metas, "og:locale") ?? Get(metas, "content-language");
        dates = new MarkupDates(DateCandidates(ld, metas, PageLocale.Of(language, Get(metas, "og:url")).Order), language);
        var best = dates.Candidates.Count == 0 ? null : dates.Candidates.MinBy(d => d.Source);

        var url = Get(metas, "og:url");
        return new PageMetadata
        {
            Title = title is null ? null : TextTools.Normalize(title),
            Authors = authors,
            Published = best?.Date.Moment,
            Date = best?.Date.Day,
            Publisher = publisher is null ? null : TextTools.Normalize(publisher),
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            Description = Get(metas, "og:description") ?? Get(metas, "description"),
        };
    }

    /// <summary>Reads an ISO or common date form: a full time gives <c>Published</c>, a bare day only the day.</summary>
    internal static (DateTimeOffset? Published, DateOnly? Day) ParseDate(string? text) =>
        DateText.Parse(text) is { } parsed ? (parsed.Moment, parsed.Day) : (null, null);

    /// <summary>The dates the markup offers: JSON-LD, then meta tags (publication before modification), each read in the page's order.</summary>
    private static List<DateCandidate> DateCandidates(JsonLdArticle ld, Dictionary<string, (string Content, IElement Element)> metas, DateOrder order)
    {
        var dates = new List<DateCandidate>();
        Add(ld.DatePublished, DateSource.JsonLd);
        foreach (var other in ld.OtherPublished)
        {
            Add(other, DateSource.Meta);
        }

        foreach (var key in DateKeys)
        {
            if (metas.TryGetValue(key, out var found))
            {
                Add(found.Content, ModifiedKeys.Contains(key) ? DateSource.Other : DateSource.Meta);
            }
        }

        foreach (var other in ld.OtherDates)
        {
            Add(other, DateSource.Other);
        }

        return dates;

        void Add(string? text, DateSource source)
        {
            if (DateText.Parse(text, order) is { } parsed)
            {
                dates.Add(new DateCandidate(source, parsed));
            }
        }
    }

    private static string? Get(Dictionary<string, (string Content, IElement Element)> metas, string key) =>
        metas.TryGetValue(key, out var found) ? found.Content : null;

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · "];

    /// <summary>"Headline | Site", "Headline - Site" and "Site | Headline": the part that names the site goes.</summary>
    internal static string? StripSiteName(string? title, params string?[] sites)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var site in sites)
        {
            var name = site?.Trim().TrimStart('@');
            if (string.IsNullOrEmpty(name) || name.Length < 3)
            {
                continue;
            }

            foreach (var separator in TitleSeparators)
            {
                var last = title.LastIndexOf(separator, StringComparison.Ordinal);
                if (last > 0 && title.Length - last - separator.Length < last && IsSite(title[(last + separator.Length)..], name))
                {
                    return title[..last].TrimEnd();
                }

                var first = title.IndexOf(separator, StringComparison.Ordinal);
                if (first > 0 && first < title.Length - first - separator.Length && IsSite(title[..first], name))
                {
                    return title[(first + separator.Length)..].TrimStart();
                }
            }
        }

        return title;

        static bool IsSite(string part, string site)
        {
            part = part.Trim();
            return part.Length >= 3 && (part.Equals(site, StringComparison.OrdinalIgnoreCase)
                || site.Contains(part, StringComparison.OrdinalIgnoreCase) || part.Contains(site, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>"Headline | Site" and "Headline - Site": keep the longest part.</summary>
    private static string CleanTitle(string title)
    {
        var parts = title.Split([" | ", " - ", " – ", " — ", " :: ", " » "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length <= 1 ? title.Trim() : parts.MaxBy(p => p.Length)!;
    }

    /// <summary>
    /// Names from the first visible byline that gives any (and from bylines next to it: two author spans in one
    /// line), else from a short "By ..." line. In a byline, a name marked <c>itemprop=name</c>, else the text of its
    /// links, else its whole text is read (so the label in "Author: <a>Jane Doe</a>" is not glued to the name).
    /// </summary>
    private static IReadOnlyList<string> VisibleBylines(PageScan scan, IEnumerable<string?> sites)
    {
        IElement? first = null;
        var names = new List<string>();
        foreach (var element in scan.Bylines)
        {
            if (first is not null && !SameLine(first, element))
            {
                break;
            }

            if (element.TextContent.Length > 300)
            {
                // A container whose class happens to say "author" (a body class, an author page's list).
                continue;
            }

            var found = AuthorNames.Clean(BylineTexts(element), sites);
            if (found.Count > 0)
            {
                first ??= element;
                names.AddRange(found.Where(name => !names.Contains(name, StringComparer.OrdinalIgnoreCase)));
            }
        }

        if (names.Count > 0)
        {
            return names;
        }

        // A short paragraph or line that starts with "By ".
        foreach (var element in scan.ByLines)
        {
            var trimmed = TextTools.Normalize(element.TextContent);
            if (trimmed.Length is >= 6 and <= 80 && AuthorNames.Clean([trimmed], sites) is { Count: > 0 } byLine)
            {
                return byLine;
            }
        }

        return [];
    }

    /// <summary>Whether a later byline candidate sits in the same line as the first (shares its parent or grandparent).</summary>
    private static bool SameLine(IElement first, IElement other)
    {
        var parent = first.ParentElement;
        var grandparent = parent?.ParentElement;
        return (parent is not null && parent.Contains(other)) || (grandparent is not null && grandparent.Contains(other) && !first.Contains(other) && other.ParentElement?.ParentElement == grandparent);
    }

    private static List<string> BylineTexts(IElement element)
    {
        var texts = new List<string>();
        if (element.GetAttribute("content") is { Length: > 0 } content && element.LocalName == "meta")
        {
            texts.Add(content);
            return texts;
        }

        foreach (var named in element.QuerySelectorAll("[itemprop=name]"))
        {
            Add(texts, named.TextContent);
        }

        if (texts.Count == 0 && element.LocalName != "a")
        {
            // Links marked rel=author, else the links of a short byline (at most three).
            var links = element.GetElementsByTagName("a");
            foreach (var link in links)
            {
                if (string.Equals(link.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase))
                {
                    Add(texts, link.TextContent);
                }
            }

            if (texts.Count == 0 && links.Length <= 3)
            {
                foreach (var link in links)
                {
                    Add(texts, link.TextContent);
                }
            }
        }

        if (texts.Count == 0)
        {
            Add(texts, element.GetAttribute("content") ?? element.TextContent);
        }

        return texts;

        static void Add(List<string> texts, string text)
        {
            var name = TextTools.Normalize(text);
            if (name.Length is > 1 and < 80)
            {
                texts.Add(name);
            }
        }
    }

    /// <summary>
    /// Reads the JSON-LD blocks. The parser skips script text (for speed), so their text is taken from the
    /// source: from the end of each <c>script</c> start tag to the next <c>&lt;/script</c>.
    /// </summary>
    private static JsonLdArticle ReadJsonLd(PageScan scan, string source)
    {
        var result = new JsonLdArticle();
        foreach (var script in scan.JsonLd.Concat(scan.UntypedScripts))
        {
            var text = ScriptText(script, source);
            if (string.IsNullOrWhiteSpace(text) || text.Length > 2_000_000 || (script.HasAttribute("type") is false && !LooksLikeJsonLd(text)))
            {
                continue;
            }

            if (!VisitAll(text, result, script) && result.DatePublished is null && DatePublishedPattern().Match(text) is { Success: true } found)
            {
                // Broken JSON-LD is common: its publication date is still read.
                result.DatePublished = found.Groups[1].Value;
            }

            if (result.Headline is not null && result.DatePublished is not null && result.Authors.Count > 0)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>Visits every JSON value of a block (some pages put two objects back to back); false when the JSON is broken.</summary>
    private static bool VisitAll(string text, JsonLdArticle result, IElement script)
    {
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text.Trim()), ReaderOptions);
            while (reader.Read())
            {
                using var json = JsonDocument.ParseValue(ref reader);
                Visit(json.RootElement, result, script, depth: 0);
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A script without a type whose text is a schema.org object (<c>{"@context": "https://schema.org", ...</c>).</summary>
    private static bool LooksLikeJsonLd(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[' && trimmed[..Math.Min(200, trimmed.Length)].IndexOf("\"@context\"", StringComparison.Ordinal) >= 0;
    }

    private static string? ScriptText(IElement script, string source)
    {
        if (!string.IsNullOrEmpty(script.TextContent))
        {
            return script.TextContent;
        }

        if (script.SourceReference is not { } reference)
        {
            return null;
        }

        var start = source.IndexOf('>', reference.Position.Index);
        if (start < 0)
        {
            return null;
        }

        var end = source.IndexOf("</script", start + 1, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? null : source[(start + 1)..end];
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
            if (String(element, "datePublished") is { } published)
            {
                result.OtherPublished.Add(published);
            }

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

        result.DatePublished ??= String(element, "datePublished");
        foreach (var key in (string[])["dateCreated", "dateModified"])
        {
            if (String(element, key) is { } other)
            {
                result.OtherDates.Add(other);
            }
        }
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

    [GeneratedRegex(@"""datePublished""\s*:\s*""([^""]{6,60})""", RegexOptions.CultureInvariant)]
    private static partial Regex DatePublishedPattern();
}
