namespace Dateline.Html.Metadata;

/// <summary>How a page writes a numeric day such as <c>06/11/2023</c>.</summary>
internal enum DateOrder
{
    /// <summary>Not known: only a reading where one number is over 12 (or both are equal) is taken.</summary>
    Unknown,

    /// <summary>Day first: 6 November (Europe, Latin America, most of the world).</summary>
    DayFirst,

    /// <summary>Month first: June 11 (United States).</summary>
    MonthFirst,
}
