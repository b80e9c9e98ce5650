namespace Dateline.Store.Queries;

/// <summary>A half-open range <c>[Start, End)</c> of a snippet that matched the query.</summary>
public readonly record struct HighlightRange(int Start, int End);
