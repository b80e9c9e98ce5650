namespace Dateline.Store.Queries;

/// <summary>
/// A backend's full-text and facet search: the SQL parts (full-text matches, facet and speaker lookups, the page's
/// rows) run here, the filtering, ordering and facet counts in the snapshot Dateline.Search holds for the store.
/// </summary>
internal interface ISnapshotSearch
{
    /// <summary>Whether the store keeps each article's facet ids as one array (PostgreSQL's <c>article_facet_sets</c>).</summary>
    bool FacetArrays { get; }

    SearchResults Search(SearchQuery query, ISearchSnapshots snapshots, CancellationToken cancellationToken = default);
}
