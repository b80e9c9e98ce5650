namespace Dateline.Store.Linking;

/// <summary>
/// When a surname alone links to a full name in the corpus (docs/entities.md): the period around the
/// article, how clearly one full name must dominate that surname there, and how much evidence it needs.
/// </summary>
public sealed record LinkOptions
{
    /// <summary>The default parameters (6 months either side, 80% share, 10 mentions).</summary>
    public static LinkOptions Default { get; } = new();

    /// <summary>Months either side of the article's month that count as its period.</summary>
    public int PeriodMonths { get; init; } = 6;

    /// <summary>The share of the surname's full-name mentions in the period the leading full name must hold.</summary>
    public double MinShare { get; init; } = 0.8;

    /// <summary>The mentions in the period the leading full name must have.</summary>
    public int MinMentions { get; init; } = 10;

    /// <summary>The mentions in the period a full name needs when it is the only one with that surname there.</summary>
    public int MinSoleMentions { get; init; } = 2;

    /// <summary>
    /// A single name written alone at least this many times as often as the full names ending with it is its own
    /// entry rather than an ambiguous one ("God" beside a few "Thank God").
    /// </summary>
    public double AloneRatio { get; init; } = 5;
}
