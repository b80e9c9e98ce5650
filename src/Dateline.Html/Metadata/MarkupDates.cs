namespace Dateline.Html.Metadata;

/// <summary>The dates a page's markup offers (JSON-LD, meta tags) and its language tag, for <see cref="PublicationDate"/>.</summary>
internal sealed record MarkupDates(List<DateCandidate> Candidates, string? LanguageTag);
