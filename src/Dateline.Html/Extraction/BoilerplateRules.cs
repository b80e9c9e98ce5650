using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Dateline.Html.Extraction;

/// <summary>
/// What marks an element as page furniture rather than article text: its tag, its ARIA role, and words in
/// its <c>class</c> and <c>id</c> (split into tokens, so <c>article-comments</c> gives <c>article</c> and
/// <c>comments</c>). Negative tokens are matched as prefixes of a token (<c>comment</c> matches
/// <c>commentlist</c>); short ones such as <c>ad</c> must match a whole token.
/// </summary>
internal static class BoilerplateRules
{
    /// <summary>Tags whose content is never article text.</summary>
    public static readonly FrozenSet<string> JunkTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "map", "button", "select", "input", "textarea", "option", "nav", "aside", "footer", "header", "dialog",
        "menu", "figure", "figcaption", "picture", "img", "link", "meta", "head", "title", "math", "label", "datalist",
        "source", "track", "frameset", "frame", "applet",
    ], StringComparer.Ordinal);

    /// <summary>Tags that start a new block of text.</summary>
    public static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
        "h6", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "address", "hr",
        "br", "center", "details", "summary", "fieldset", "form", "body", "html", "hgroup", "header", "footer",
        "aside", "nav", "figure", "figcaption", "legend", "dir", "listing", "xmp", "plaintext", "noframes",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NegativeRoles = FrozenSet.ToFrozenSet(
        ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist", "tooltip"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] NegativePrefixes =
    [
        "comment", "disqus", "sidebar", "footer", "navbar", "navigation", "nav", "menu", "share", "sharing", "social",
        "related", "promo", "cookie", "consent", "gdpr", "banner", "advert", "sponsor", "newsletter", "subscribe",
        "signup", "breadcrumb", "pagination", "pager", "widget", "popup", "modal", "overlay", "tagcloud", "rss",
        "masthead", "toolbar", "outbrain", "taboola", "recommend", "skip", "screenreader",
        "copyright", "kommentar", "empfehlung", "verwandt", "anzeige", "werbung", "teilen", "respond",
        "replies", "byline", "author", "dateline", "timestamp", "published", "posted", "tags", "tagged",
        "categories", "keywords", "rating", "topbar", "trending",
        "mostread", "popular", "combx", "community", "shoutbox", "skyscraper", "agegate", "paywall",
        "newsticker", "lightbox", "gallery", "slideshow", "carousel", "caption",
    ];

    private static readonly FrozenSet<string> NegativeTokens = FrozenSet.ToFrozenSet(
        ["ad", "ads", "adv", "meta", "date", "time", "foot", "reply", "legal", "login", "share", "sr", "nocontent", "noprint", "credit", "credits", "category", "infobox", "slider"],
        StringComparer.Ordinal);

    /// <summary>Furniture words that an article word in the same attribute outweighs (<c>top-story</c> stays).</summary>
    private static readonly FrozenSet<string> WeakTokens = FrozenSet.ToFrozenSet(
        ["top", "more", "header", "hdr", "hide", "hidden", "aside", "links", "bottom", "extra", "about", "contact", "search", "visually", "info", "mehr", "tool", "tools", "print", "shop", "offer", "jump", "teaser"],
        StringComparer.Ordinal);

    /// <summary>Furniture words no article word outweighs (<c>comment-body</c> is a comment).</summary>
    private static readonly string[] StrongPrefixes =
    [
        "comment", "disqus", "cookie", "consent", "gdpr", "share", "sharing", "social", "newsletter", "breadcrumb",
        "related", "promo", "advert", "sponsor", "outbrain", "taboola", "popup", "modal", "footer", "kommentar",
        "respond", "replies", "paywall", "subscribe",
    ];

    private static readonly string[] PositivePrefixes =
    [
        "article", "body", "content", "entry", "main", "post", "text", "story", "blog", "artikel", "inhalt", "beitrag",
        "hentry", "page", "column", "abstract", "lead", "intro", "detail", "news", "copy",
    ];

    /// <summary>Whether the element's class or id marks it as furniture (and no article word outweighs that).</summary>
    public static bool IsNegative(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is not null && NegativeRoles.Contains(role.Trim()))
        {
            return true;
        }

        return Weigh(element) < 0;
    }

    /// <summary>+25 for an article word, -25 for a furniture word, per attribute (class, id), as Readability does.</summary>
    public static int ClassWeight(IElement element)
    {
        var weight = 0;
        weight += WeighValue(element.ClassName);
        weight += WeighValue(element.Id);
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            weight += 50;
        }

        return weight;
    }

    /// <summary>Whether the element is hidden by an attribute or an inline style.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") is { } ariaHidden && ariaHidden.Equals("true", StringComparison.OrdinalIgnoreCase) && !element.LocalName.Equals("span", StringComparison.Ordinal))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        return Contains(style, "display:none") || Contains(style, "display: none") || Contains(style, "visibility:hidden") || Contains(style, "visibility: hidden");

        static bool Contains(string style, string what) => style.Contains(what, StringComparison.OrdinalIgnoreCase);
    }

    private static int Weigh(IElement element) => IsNegativeValue(element.ClassName) || IsNegativeValue(element.Id) ? -1 : 0;

    private static bool IsNegativeValue(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var negative = false;
        var positive = false;
        foreach (var token in Tokens(value))
        {
            if (IsStrongToken(token))
            {
                return true;
            }

            negative |= IsNegativeToken(token) || WeakTokens.Contains(token);
            positive |= IsPositiveToken(token);
        }

        return negative && !positive;
    }

    private static bool IsStrongToken(string token)
    {
        foreach (var prefix in StrongPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int WeighValue(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var positive = false;
        var negative = false;
        foreach (var token in Tokens(value))
        {
            negative |= IsNegativeToken(token) || WeakTokens.Contains(token);
            positive |= IsPositiveToken(token);
        }

        return (positive ? 25 : 0) - (negative ? 25 : 0);
    }

    private static bool IsNegativeToken(string token)
    {
        if (NegativeTokens.Contains(token))
        {
            return true;
        }

        foreach (var prefix in NegativePrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPositiveToken(string token)
    {
        foreach (var prefix in PositivePrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits <c>articleBody main-content__text</c> into <c>article body main content text</c>, lower case.</summary>
    internal static IEnumerable<string> Tokens(string value)
    {
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var boundary = !char.IsLetter(c) || (i > start && start >= 0 && char.IsUpper(c) && i > 0 && char.IsLower(value[i - 1]));
            if (boundary && start >= 0)
            {
                yield return value[start..i].ToLowerInvariant();
                start = -1;
            }

            if (char.IsLetter(c) && start < 0)
            {
                start = i;
            }
        }
    }
}
