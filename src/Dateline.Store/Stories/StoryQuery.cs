namespace Dateline.Store.Stories;

/// <summary>Which stories to list (<c>dateline stories</c>, <c>/api/stories</c>): newest first.</summary>
public sealed record StoryQuery
{
    /// <summary>Stories whose span ends on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Stories whose span starts on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Stories with an article mentioning this person (or any entity the name chooses).</summary>
    public string? Person { get; init; }

    /// <summary>Stories covered by at least this many outlets.</summary>
    public int MinOutlets { get; init; } = 1;

    /// <summary>Stories with at least this many articles.</summary>
    public int MinArticles { get; init; } = 1;

    public int Limit { get; init; } = 20;
}
