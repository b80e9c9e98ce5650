namespace Dateline.Search;

/// <summary>The period a timeline counts by.</summary>
public enum TimelineBucket
{
    Day,
    Week,
    Month,
}
