using AngleSharp.Dom;

namespace Dateline.Html.Extraction;

/// <summary>What one extraction attempt needs from the parsed page.</summary>
internal sealed record PageParts(string Html, IElement Body, PageMetadata Metadata, IElement? TitleElement, IElement? Headline, HashSet<IElement> Keep, List<IElement> Metas);
