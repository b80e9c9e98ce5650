namespace Dateline.Core.Annotations;

/// <summary>A sentence: its span and its range of tokens <c>[FirstToken, FirstToken + TokenCount)</c> in the tokens layer.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount);
