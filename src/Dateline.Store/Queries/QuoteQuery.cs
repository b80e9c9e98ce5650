namespace Dateline.Store.Queries;

/// <summary>Who said what: quotes filtered by speaker (name or alias), by words in the quote (FTS5 syntax) and by date.</summary>
public sealed record QuoteQuery
{
    public string? Speaker { get; init; }

    public string? About { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Limit { get; init; } = 20;

    /// <summary>Only quotes in the articles of this story (docs/stories.md; SQLite store).</summary>
    public long? Story { get; init; }

    /// <summary>List every copy of a story; by default copies collapse to one hit per story (docs/dedup.md).</summary>
    public bool AllCopies { get; init; }
}
