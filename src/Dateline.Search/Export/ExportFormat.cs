namespace Dateline.Search.Export;

public enum ExportFormat
{
    /// <summary>One JSON object per line (the query JSON shape).</summary>
    Jsonl,

    /// <summary>Apache Parquet, one file per table.</summary>
    Parquet,
}
