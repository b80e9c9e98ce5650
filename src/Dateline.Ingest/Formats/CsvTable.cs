using System.Globalization;
using System.Text;

namespace Dateline.Ingest.Formats;

/// <summary>
/// Reads a CSV file (or <c>.csv.gz</c>) with a header row as rows of named fields, for evaluation sets that are
/// tables rather than articles (RFC 4180 quoting as <see cref="CsvReader"/>). Problems are thrown as
/// <see cref="InvalidDataException"/> naming the file and line.
/// </summary>
public static class CsvTable
{
    /// <summary>The rows of <paramref name="path"/>, each with the line it starts on; fields are looked up by header name (case-insensitive).</summary>
    public static IEnumerable<(int Line, IReadOnlyDictionary<string, string> Fields)> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GzipEndCheckStream(file, file) : file;
        using var reader = new Utf8LineReader(stream);
        var record = new StringBuilder();
        var fields = new List<string>();
        string[]? header = null;
        var separator = ',';
        var open = false;
        var startLine = 0;
        while (true)
        {
            var status = reader.Read(out var line, out var error);
            if (status is LineStatus.Broken or LineStatus.BadLine)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}:{reader.LineNumber}: {error ?? "unreadable line"}"));
            }

            if (status == LineStatus.End)
            {
                if (open)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}:{startLine}: a quoted field is never closed"));
                }

                yield break;
            }

            if (!open)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                startLine = reader.LineNumber;
                record.Clear();
            }

            record.Append(line);
            open = CsvFields.IsOpen(line, open);
            if (open)
            {
                continue;
            }

            var text = record.ToString();
            if (header is null)
            {
                text = text.TrimStart('\uFEFF');
                separator = CsvFields.DetectSeparator(text);
                CsvFields.Split(text, separator, fields);
                header = [.. fields.Select(f => f.Trim())];
                continue;
            }

            CsvFields.Split(text, separator, fields);
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length && i < fields.Count; i++)
            {
                row.TryAdd(header[i], fields[i]);
            }

            yield return (startLine, row);
        }
    }
}
