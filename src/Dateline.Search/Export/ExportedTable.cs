namespace Dateline.Search.Export;

/// <summary>One exported table: its name, file and number of rows.</summary>
public sealed record ExportedTable(string Table, string Path, long Rows);
