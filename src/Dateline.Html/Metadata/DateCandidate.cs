namespace Dateline.Html.Metadata;

/// <summary>One date the page offers as its publication date, and where it came from.</summary>
internal sealed record DateCandidate(DateSource Source, ParsedDate Date);
