using System.Text.Json;
using Dateline.Store.Queries;
using Parquet;
using Parquet.Serialization;

namespace Dateline.Search.Export;

/// <summary>
/// Writes the corpus as tables for DuckDB, pandas or Spark: <c>articles</c>, <c>entities</c>,
/// <c>quotes</c> and <c>times</c>, one file per table in the output folder, streamed in chunks so memory
/// stays flat. Files are written under a temporary name and renamed when complete.
/// </summary>
public static class CorpusExporter
{
    /// <summary>Rows per Parquet row group (and per chunk held in memory).</summary>
    public const int ChunkSize = 20_000;

    public static IReadOnlyList<ExportedTable> Export(ICorpusQueries queries, ExportFormat format, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        return
        [
            Write(folder, "articles", format, queries.ExportArticles(cancellationToken), cancellationToken),
            Write(folder, "entities", format, queries.ExportEntities(cancellationToken).Select(EntityRow.From), cancellationToken),
            Write(folder, "quotes", format, queries.ExportQuotes(cancellationToken), cancellationToken),
            Write(folder, "times", format, queries.ExportTimes(cancellationToken), cancellationToken),
        ];
    }

    private static ExportedTable Write<T>(string folder, string table, ExportFormat format, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, table + (format == ExportFormat.Parquet ? ".parquet" : ".jsonl"));
        var temporary = path + ".partial";
        long count;
        try
        {
            count = format == ExportFormat.Parquet ? WriteParquet(temporary, rows, cancellationToken) : WriteJsonl(temporary, rows);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        File.Move(temporary, path, overwrite: true);
        return new ExportedTable(table, path, count);
    }

    private static long WriteJsonl<T>(string path, IEnumerable<T> rows)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = QueryJson.Options.Encoder });
        long count = 0;
        foreach (var row in rows)
        {
            JsonSerializer.Serialize(writer, row, QueryJson.Options);
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
            count++;
        }

        return count;
    }

    private static long WriteParquet<T>(string path, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        long count = 0;
        var chunk = new List<T>(ChunkSize);
        var first = true;
        void Flush()
        {
            var options = new ParquetOptions { Append = !first, RowGroupSize = ChunkSize };
            ParquetSerializer.SerializeAsync(chunk, stream, options, null, cancellationToken).GetAwaiter().GetResult();
            first = false;
            count += chunk.Count;
            chunk.Clear();
        }

        foreach (var row in rows)
        {
            chunk.Add(row);
            if (chunk.Count >= ChunkSize)
            {
                Flush();
            }
        }

        if (chunk.Count > 0 || first)
        {
            Flush();
        }

        return count;
    }
}
