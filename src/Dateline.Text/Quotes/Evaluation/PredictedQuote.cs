using Dateline.Core;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>A system quotation as the scorer sees it: content span, speaker span, and resolved speaker name.</summary>
public sealed record PredictedQuote(TextSpan Content, TextSpan? Speaker, string? SpeakerName);
