namespace Dateline.Html.Metadata;

/// <summary>
/// A date read from a page: the day as the page wrote it (its own local day), and the moment when a time was
/// given. <see cref="Zone"/> says whether the time carried an offset and whether that offset is UTC.
/// <see cref="Alternative"/> is the other reading of a numeric day that could be read either way
/// (<c>11/01/2023</c>: 11 January or 1 November).
/// </summary>
internal sealed record ParsedDate(DateOnly Day, DateTimeOffset? Moment, DateZone Zone, DateOnly? Alternative = null);
