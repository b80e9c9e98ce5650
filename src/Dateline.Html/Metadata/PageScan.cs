using AngleSharp.Dom;

namespace Dateline.Html.Metadata;

/// <summary>
/// One walk over the page that collects every element metadata and headline detection need (meta tags,
/// the title, JSON-LD scripts, time elements, h1s, article-body markers, byline candidates), instead of
/// one selector query per need.
/// </summary>
internal sealed class PageScan
{
    private PageScan()
    {
    }

    public List<IElement> Metas { get; } = [];

    public IElement? Title { get; private set; }

    public List<IElement> JsonLd { get; } = [];

    /// <summary>Scripts without a type (some pages put their JSON-LD in a plain <c>&lt;script&gt;</c>), at most 40.</summary>
    public List<IElement> UntypedScripts { get; } = [];

    /// <summary>Elements that carry a date: <c>time[datetime]</c> and <c>itemprop=datePublished</c> (with datetime or content), in document order, at most 60.</summary>
    public List<IElement> Times { get; } = [];

    /// <summary>The page's language tag (<c>&lt;html lang&gt;</c>), or <c>null</c>.</summary>
    public string? Language { get; private set; }

    public List<IElement> Headings { get; } = [];

    public List<IElement> ArticleBodies { get; } = [];

    public List<IElement> Bylines { get; } = [];

    /// <summary>Short p or span elements whose text starts with "By " or "Von ".</summary>
    public List<IElement> ByLines { get; } = [];

    public static PageScan Of(IDocument document)
    {
        var scan = new PageScan();
        if (document.DocumentElement is { } root)
        {
            scan.Language = root.GetAttribute("lang");
            scan.Walk(root);
        }

        return scan;
    }

    private void Walk(IElement element)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            Visit(child);
            Walk(child);
        }
    }

    private void Visit(IElement element)
    {
        switch (element.LocalName)
        {
            case "meta":
                Metas.Add(element);
                return;
            case "title":
                Title ??= element;
                return;
            case "script":
                if ((element.GetAttribute("type") ?? string.Empty).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    JsonLd.Add(element);
                }
                else if (!element.HasAttribute("type") && UntypedScripts.Count < 40)
                {
                    UntypedScripts.Add(element);
                }

                return;
            case "time":
                if (element.HasAttribute("datetime") && Times.Count < 60)
                {
                    Times.Add(element);
                }

                break;
            case "h1" when Headings.Count < 20:
                Headings.Add(element);
                break;
            case "p" or "span" when element.FirstChild is IText first && element.ChildElementCount <= 3 && ByLines.Count < 4:
                var start = first.Data.AsSpan().TrimStart();
                if (start.StartsWith("By ", StringComparison.Ordinal) || start.StartsWith("Von ", StringComparison.Ordinal))
                {
                    ByLines.Add(element);
                }

                break;
        }

        if (element.Attributes.Length == 0)
        {
            // Most elements carry none of the attributes the parser keeps: nothing more to look at.
            return;
        }

        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null)
        {
            if (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
            {
                ArticleBodies.Add(element);
            }
            else if (itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase) && element.LocalName != "time" && element.HasAttribute("content") && Times.Count < 60)
            {
                Times.Add(element);
            }
            else if (itemprop.Contains("author", StringComparison.OrdinalIgnoreCase) && Bylines.Count < 4)
            {
                Bylines.Add(element);
                return;
            }
        }

        if (Bylines.Count < 4 && (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase) || IsBylineClass(element.ClassName)))
        {
            Bylines.Add(element);
        }
    }

    /// <summary>Words in byline class names that mark something else: avatars, bio boxes, comment and teaser authors.</summary>
    private static readonly string[] NotBylines = ["comment", "avatar", "image", "img", "photo", "bio", "description", "about", "box", "sidebar", "list", "card", "related", "teaser", "widget", "gallery", "social", "follow"];

    /// <summary>A class token that names a byline or an author (<c>byline</c>, <c>author</c>, <c>entry-author</c>, <c>author-name</c>).</summary>
    internal static bool IsBylineClass(string? value)
    {
        if (string.IsNullOrEmpty(value) || (value.IndexOf("author", StringComparison.OrdinalIgnoreCase) < 0 && value.IndexOf("byline", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return false;
        }

        foreach (var token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if ((token.Contains("author", StringComparison.OrdinalIgnoreCase) || token.Contains("byline", StringComparison.OrdinalIgnoreCase))
                && !NotBylines.Any(word => token.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
