namespace Dateline.Store.Queries;

/// <summary>
/// A full-text search with filters. <see cref="Text"/> uses SQLite FTS5 syntax: words, "phrases",
/// AND / OR / NOT, prefixes (<c>sanct*</c>), column filters (<c>headline: budget</c>). With no text the
/// filters alone select articles, newest first.
/// </summary>
public sealed record SearchQuery
{
    public string? Text { get; init; }

    /// <summary>Articles that mention this person (corpus entity name or alias, case-insensitive).</summary>
    public string? Person { get; init; }

    public string? Organization { get; init; }

    /// <summary>Articles about this place: a LOC entity or the dateline place.</summary>
    public string? Place { get; init; }

    /// <summary>Articles quoting this speaker.</summary>
    public string? Speaker { get; init; }

    /// <summary>The agency or publisher ("Associated Press", "Reuters").</summary>
    public string? Agency { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Limit { get; init; } = 20;

    /// <summary>Only articles of this story (docs/stories.md; SQLite store).</summary>
    public long? Story { get; init; }

    public int Offset { get; init; }

    /// <summary>How many values to return per facet (months: all of them, in order).</summary>
    public int FacetLimit { get; init; } = 10;

    /// <summary>List every copy of a story; by default copies collapse to one hit per story (docs/dedup.md).</summary>
    public bool AllCopies { get; init; }

    /// <summary>Whether to compute facet counts over all matches.</summary>
    public bool Facets { get; init; } = true;
}
