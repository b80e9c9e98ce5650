namespace Dateline.Html.Metadata;

/// <summary>Where a publication date candidate came from, strongest first: the order of precedence.</summary>
internal enum DateSource
{
    /// <summary><c>datePublished</c> of the page's JSON-LD article.</summary>
    JsonLd,

    /// <summary>A publication meta tag (<c>article:published_time</c>, <c>dc.date</c>, <c>pubdate</c> ...) or another JSON-LD object's <c>datePublished</c>.</summary>
    Meta,

    /// <summary>A full day in the page's URL (<c>/2019/10/22/</c>).</summary>
    Url,

    /// <summary>A <c>&lt;time&gt;</c> or <c>itemprop=datePublished</c> element of the article (not of a sidebar or a teaser).</summary>
    ArticleTime,

    /// <summary>A date written near the headline.</summary>
    Visible,

    /// <summary>Weaker evidence: modification dates, <c>dateCreated</c>, a time element anywhere, a date at the start of the body.</summary>
    Other,
}
