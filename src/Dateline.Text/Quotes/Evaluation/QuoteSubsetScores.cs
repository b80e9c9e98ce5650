namespace Dateline.Text.Quotes.Evaluation;

/// <summary>Scores of one subset of quotes at the two overlap thresholds.</summary>
public sealed record QuoteSubsetScores(QuoteScore Overlap03, QuoteScore Overlap08);
