namespace Dateline.Core.Annotations;

/// <summary>A block of text that repeats an earlier block (<see cref="Of"/>), as scrapers often do with captions.</summary>
public readonly record struct DuplicateBlock(TextSpan Span, TextSpan Of);
