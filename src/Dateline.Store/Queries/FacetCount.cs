namespace Dateline.Store.Queries;

/// <summary>A facet value and the number of matching articles that have it.</summary>
public sealed record FacetCount(string Value, int Count);
