namespace Dateline.Store.Queries;

/// <summary>
/// A person, organisation, place or other entity across the corpus: one per canonical name and label, with
/// the aliases article-level entity resolution merged into it, and how many articles mention it and quote it.
/// </summary>
public sealed record CorpusEntity(
    long Id,
    string Label,
    string Name,
    IReadOnlyList<string> Aliases,
    int Articles,
    int Mentions,
    int Quotes);
