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

    /// <summary>
    /// Whether the element's role, class or id marks it as furniture (and no article word outweighs that).
    /// Without <paramref name="byClass"/> (the retry) only strong furniture words (comments, cookies, sharing ...) count.
    /// </summary>
    public static bool IsNegative(IElement element, bool byClass = true)
    {
        if (byClass)
        {
            var role = element.GetAttribute("role");
            if (role is not null && NegativeRoles.Contains(role.Trim()))
            {
                return true;
            }
        }

        return IsNegativeValue(element.ClassName, byClass) || IsNegativeValue(element.Id, byClass);
    }

    /// <summary>
    /// +25 for an article word, -25 for a furniture word, per attribute (class, id), as Readability does, and +50
    /// for <c>itemprop=articleBody</c>. Without <paramref name="byClass"/> (the retry) only strong furniture words count.
    /// </summary>
    public static int ClassWeight(IElement element, bool byClass = true)
    {
        var weight = WeighValue(element.ClassName, byClass) + WeighValue(element.Id, byClass);
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

    /// <summary>Class and id values repeat across a page and across pages: their verdicts are cached.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Verdict> Verdicts = new(StringComparer.Ordinal);

    private static int s_verdictCount;

    private static Verdict VerdictOf(string value)
    {
        if (Verdicts.TryGetValue(value, out var verdict))
        {
            return verdict;
        }

        var (strong, negative, positive) = Classify(value);
        var plus = positive ? 25 : 0;
        verdict = new Verdict(strong || (negative && !positive), strong, plus - (negative || strong ? 25 : 0), plus - (strong ? 25 : 0));
        if (Interlocked.Increment(ref s_verdictCount) > 100_000)
        {
            Verdicts.Clear();
            Interlocked.Exchange(ref s_verdictCount, 0);
        }

        Verdicts.TryAdd(value, verdict);
        return verdict;
    }

    private static bool IsNegativeValue(string? value, bool byClass) =>
        !string.IsNullOrEmpty(value) && (byClass ? VerdictOf(value).Negative : VerdictOf(value).StrongNegative);

    private static int WeighValue(string? value, bool byClass) =>
        string.IsNullOrEmpty(value) ? 0 : byClass ? VerdictOf(value).Weight : VerdictOf(value).StrongWeight;

    private static readonly PrefixSet Strong = new(StrongPrefixes);
    private static readonly PrefixSet Negative = new(NegativePrefixes);
    private static readonly PrefixSet Positive = new(PositivePrefixes);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativeExact = NegativeTokens.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakExact = WeakTokens.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a class or id value has a strong furniture word, any furniture word, and any article word.</summary>
    private static (bool Strong, bool Negative, bool Positive) Classify(string value)
    {
        Span<char> buffer = stackalloc char[64];
        bool strong = false, negative = false, positive = false;
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var letter = char.IsLetter(c);
            var boundary = !letter || (start >= 0 && char.IsUpper(c) && char.IsLower(value[i - 1]));
            if (boundary && start >= 0)
            {
                var length = Math.Min(i - start, buffer.Length);
                var token = buffer[..length];
                value.AsSpan(start, length).ToLowerInvariant(token);
                strong |= Strong.MatchesPrefixOf(token);
                negative |= NegativeExact.Contains(token) || WeakExact.Contains(token) || Negative.MatchesPrefixOf(token);
                positive |= Positive.MatchesPrefixOf(token);
                start = -1;
            }

            if (letter && start < 0)
            {
                start = i;
            }
        }

        return (strong, negative, positive);
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
