using Dateline.Core;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>A system quotation as the scorer sees it: content span, speaker span, resolved speaker name, and cue span.</summary>
public sealed record PredictedQuote(TextSpan Content, TextSpan? Speaker, string? SpeakerName, TextSpan? Cue = null);
