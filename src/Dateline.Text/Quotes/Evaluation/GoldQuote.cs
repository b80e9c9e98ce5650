using Dateline.Core;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>One gold attribution: its content span, and the speaker as a source span and/or a full name.</summary>
public sealed record GoldQuote(TextSpan Content, TextSpan? Source, string? Speaker);
