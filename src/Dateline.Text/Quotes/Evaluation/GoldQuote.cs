using Dateline.Core;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>One gold attribution: its content span, the speaker as a source span and/or a full name, and the cue span when known.</summary>
public sealed record GoldQuote(TextSpan Content, TextSpan? Source, string? Speaker, TextSpan? Cue = null);
