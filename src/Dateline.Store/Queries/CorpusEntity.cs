namespace Dateline.Store.Queries;

/// <summary>
/// A person, organisation, place or other entity across the corpus (docs/entities.md): one entry per linked
/// identity with a stable id, its canonical name (the most frequent full form), the other forms it is written in,
/// and how many articles mention it and quote it.
/// </summary>
public sealed record CorpusEntity(
    long Id,
    string Label,
    string Name,
    IReadOnlyList<string> Aliases,
    int Articles,
    int Mentions,
    int Quotes)
{
    /// <summary>Every form the entity is written in, with its mentions, most used first.</summary>
    public IReadOnlyList<EntityForm> Forms { get; init; } = [];

    /// <summary>A surname several full names share, with none clearly dominating: this entry may mean any of them.</summary>
    public bool Ambiguous { get; init; }

    /// <summary>The first and last article dates mentioning the entity (<c>yyyy-MM-dd</c>), when dated.</summary>
    public string? First { get; init; }

    /// <summary>The last article date mentioning the entity.</summary>
    public string? Last { get; init; }

    /// <summary>The entry key (normalised name) the entity is stored under, unique per label.</summary>
    public string? Key { get; init; }
}
