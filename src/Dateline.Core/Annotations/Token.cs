namespace Dateline.Core.Annotations;

/// <summary>A token: its span in the text and its coarse kind.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind);
