namespace Dateline.Store.Queries;

/// <summary>
/// What a backend's search asks of the in-memory search snapshot (built in Dateline.Search from the store's rows):
/// the matches of the filters, a page of them newest first, their facet counts, and, for a server store that
/// catches up, the snapshot with articles added since.
/// </summary>
internal interface ISearchSnapshot
{
    SearchSnapshotVersion Version { get; }

    /// <summary>The largest article id the snapshot holds.</summary>
    int MaxArticle { get; }

    /// <summary>Whether the snapshot holds facet value <paramref name="id"/>.</summary>
    bool KnowsValue(long id);

    /// <summary>The articles kept by the filters, ascending, copies collapsed unless <paramref name="allCopies"/>.</summary>
    List<int> Matches(List<int>? textMatches, List<int[]> facetFilters, HashSet<int>? speakerArticles, DateOnly? from, DateOnly? to, bool allCopies);

    /// <summary>A page of <paramref name="articles"/>, newest first.</summary>
    List<int> NewestFirst(List<int> articles, int offset, int limit);

    /// <summary>The most frequent facet values of <paramref name="articles"/>, at most <paramref name="limit"/> per kind.</summary>
    SearchFacets CountFacets(List<int> articles, int limit);

    /// <summary>This snapshot plus the rows added up to <paramref name="version"/> (see the implementation).</summary>
    ISearchSnapshot With(
        SearchSnapshotVersion version,
        IReadOnlyList<(long Id, string? Date)> articles,
        IReadOnlyList<(long Article, long[] Facets)> facets,
        IReadOnlyList<(long Story, long Article)> stories,
        IReadOnlyList<(long Id, FacetKind Kind, string Value)> values);
}
