namespace Dateline.Store.Stories;

/// <summary>One story: headline (its first article's), date span, outlets, size, and who is in it.</summary>
public sealed record StorySummary(
    long Id,
    string? Headline,
    string? FirstDate,
    string? LastDate,
    int Articles,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<NamedCount> People,
    IReadOnlyList<NamedCount> Organizations,
    IReadOnlyList<NamedCount> Places,
    IReadOnlyList<NamedCount> Speakers);
