namespace Dateline.Store.Queries;

/// <summary>Facet counts over all matching articles (not just the page shown): distinct articles per value.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> People,
    IReadOnlyList<FacetCount> Organizations,
    IReadOnlyList<FacetCount> Places,
    IReadOnlyList<FacetCount> Agencies,
    IReadOnlyList<FacetCount> Months)
{
    public static SearchFacets Empty { get; } = new([], [], [], [], []);
}
