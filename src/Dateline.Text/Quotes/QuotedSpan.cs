namespace Dateline.Text.Quotes;

/// <summary>A stretch of text between quotation marks, marks included; <see cref="Closed"/> is false when bounded at a paragraph end.</summary>
internal readonly record struct QuotedSpan(int Start, int End, bool Closed, bool Double);
