namespace Dateline.Html.Metadata;

/// <summary>What a date string said about its time zone.</summary>
internal enum DateZone
{
    /// <summary>No time, or a time without any zone.</summary>
    None,

    /// <summary>An offset other than zero (<c>+01:00</c>, <c>EDT</c>, <c>CET</c>): the day written is the publisher's local day.</summary>
    Local,

    /// <summary><c>Z</c>, <c>+00:00</c>, <c>GMT</c>, <c>UTC</c>: the day may be a day after (or before) the publisher's local day.</summary>
    Utc,
}
