using AngleSharp.Dom;

namespace Dateline.Html.Metadata;

/// <summary>The article facts found in a page's JSON-LD blocks.</summary>
internal sealed class JsonLdArticle
{
    public string? Headline { get; set; }

    public IElement? Element { get; set; }

    public string? DatePublished { get; set; }

    /// <summary><c>datePublished</c> of objects that are not articles (a WebPage).</summary>
    public List<string> OtherPublished { get; } = [];

    /// <summary><c>dateCreated</c> and <c>dateModified</c> of the article.</summary>
    public List<string> OtherDates { get; } = [];

    public List<string> Authors { get; } = [];

    public string? Publisher { get; set; }
}
