using System.Text.Json.Serialization;

namespace Dateline.Store.Queries;

/// <summary>
/// One article of a <see cref="DuplicateStory"/> and how it differs from the story's canonical article.
/// The JSON names of the last three members are snake_case, as <c>dateline dupes --json</c> has always written them.
/// </summary>
/// <param name="Id">The article's store id.</param>
/// <param name="Date">Its date (<c>YYYY-MM-DD</c>), if known.</param>
/// <param name="Outlet">Its agency or publisher.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Words">Its number of words.</param>
/// <param name="Canonical">This is the story's canonical article.</param>
/// <param name="Exact">Its normalised body is identical to the canonical article's.</param>
/// <param name="HeadlineChanged">Both have a headline and they differ.</param>
/// <param name="ParagraphsCut">Indices of the canonical article's paragraphs this copy lacks.</param>
/// <param name="ParagraphsAdded">Indices of this copy's paragraphs the canonical article lacks.</param>
public sealed record DuplicateCopy(
    string Id,
    string? Date,
    string? Outlet,
    string? Headline,
    int Words,
    bool Canonical,
    bool Exact,
    [property: JsonPropertyName("headline_changed")] bool HeadlineChanged,
    [property: JsonPropertyName("paragraphs_cut")] IReadOnlyList<int> ParagraphsCut,
    [property: JsonPropertyName("paragraphs_added")] IReadOnlyList<int> ParagraphsAdded);
