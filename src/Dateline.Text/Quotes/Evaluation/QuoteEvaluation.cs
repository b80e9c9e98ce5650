namespace Dateline.Text.Quotes.Evaluation;

/// <summary>The result of scoring quotations: all attributions, and the subset whose content holds a quotation mark.</summary>
public sealed record QuoteEvaluation(int Documents, QuoteSubsetScores All, QuoteSubsetScores Quoted);
