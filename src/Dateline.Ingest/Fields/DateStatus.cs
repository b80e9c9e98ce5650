namespace Dateline.Ingest.Fields;

/// <summary>What became of a date field's value.</summary>
public enum DateStatus
{
    /// <summary>The record gives no date (or an empty one).</summary>
    Missing,

    /// <summary>A date was read.</summary>
    Read,

    /// <summary>The value is not a date in any form recognised.</summary>
    Unreadable,

    /// <summary>A date was read but cannot be a publication date: before 1800 or more than two days in the future.</summary>
    Implausible,
}
