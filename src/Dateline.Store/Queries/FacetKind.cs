namespace Dateline.Store.Queries;

/// <summary>The kinds of precomputed per-article facet values.</summary>
public enum FacetKind : byte
{
    Person = 1,
    Organization = 2,
    Place = 3,
    Agency = 4,
    Month = 5,
}
