namespace Dateline.Html.Metadata;

/// <summary>
/// A date read from a page: the day as the page wrote it (its own local day), and the moment when a time was
/// given. <see cref="Zone"/> says whether the time carried an offset and whether that offset is UTC.
/// </summary>
internal sealed record ParsedDate(DateOnly Day, DateTimeOffset? Moment, DateZone Zone);
