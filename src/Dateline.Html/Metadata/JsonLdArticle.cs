using AngleSharp.Dom;

namespace Dateline.Html.Metadata;

/// <summary>The article facts found in a page's JSON-LD blocks.</summary>
internal sealed class JsonLdArticle
{
    public string? Headline { get; set; }

    public IElement? Element { get; set; }

    public string? DatePublished { get; set; }

    public List<string> Authors { get; } = [];

    public string? Publisher { get; set; }
}
