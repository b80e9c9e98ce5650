using System.Collections.Immutable;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>
/// The result of scoring quotations: all attributions, and the subset whose content holds a quotation mark; with the
/// errors at overlap 0.3 in document order when the scorer recorded them.
/// </summary>
public sealed record QuoteEvaluation(int Documents, QuoteSubsetScores All, QuoteSubsetScores Quoted)
{
    public ImmutableArray<QuoteError> Errors { get; init; } = [];
}
