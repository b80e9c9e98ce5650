namespace Dateline.Store.Queries;

/// <summary>What a store holds.</summary>
public sealed record CorpusStats(
    string Location,
    int SchemaVersion,
    long SizeBytes,
    long Articles,
    long Mentions,
    long Entities,
    IReadOnlyList<FacetCount> EntitiesByLabel,
    long Quotes,
    long AttributedQuotes,
    long Times,
    string? FirstDate,
    string? LastDate,
    IReadOnlyList<FacetCount> Agencies);
