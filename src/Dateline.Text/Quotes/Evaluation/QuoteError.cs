using Dateline.Core;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>
/// One scoring error at overlap 0.3: the document, the kind, the content span and text (gold for missed and
/// wrong-speaker errors, predicted for false ones), the cue text, and the gold and predicted speaker texts where known.
/// </summary>
public sealed record QuoteError(string DocumentId, QuoteErrorKind Kind, TextSpan Content, string Text, string? Cue, string? GoldSpeaker, string? PredictedSpeaker);
