namespace Dateline.Store.Queries;

/// <summary>One page of search hits, the total number of matches, and facet counts over all matches.</summary>
public sealed record SearchResults(string? Query, int Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);
