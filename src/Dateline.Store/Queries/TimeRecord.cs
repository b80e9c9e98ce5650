namespace Dateline.Store.Queries;

/// <summary>A temporal expression as a flat row for export.</summary>
public sealed record TimeRecord(long ArticleId, int Index, int Start, int End, string Type, string Value, string Text);
