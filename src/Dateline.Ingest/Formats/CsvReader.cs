using System.Globalization;
using System.Text;
using Dateline.Core;
using Dateline.Ingest.Fields;

namespace Dateline.Ingest.Formats;

/// <summary>
/// Reads news from CSV with a header row (RFC 4180: quoted fields may hold separators, doubled quotes and line
/// breaks; a header with more semicolons or tabs than commas sets that separator). The header's names are matched
/// like JSON fields (<see cref="Fields"/>): <c>text</c>, <c>body</c>, <c>content_original</c> ...; <c>--field</c>
/// names a column. Each row is one article; a row's line is the line it starts on.
/// </summary>
public sealed class CsvReader : IFormatReader
{
    /// <summary>The most lines one record may span before its open quote is taken for a mistake.</summary>
    private const int MaxRecordLines = 100_000;

    private const int MaxRecordChars = 64 * 1024 * 1024;

    /// <summary>Which columns hold the text, date, title and so on (<see cref="FieldMap.Default"/>: detection).</summary>
    public FieldMap Fields { get; init; } = FieldMap.Default;

    /// <summary>The clock that dates in the future are judged by.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public string Format => "csv";

    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    /// <summary>CSV is chosen by its extension (or <c>--format csv</c>), never by content.</summary>
    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public IEnumerable<ReadItem> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        using var reader = new Utf8LineReader(stream);
        var assembler = new RecordAssembler(path, Format, Fields, Clock.GetUtcNow());
        var record = new StringBuilder();
        var fields = new List<string>();
        string[]? header = null;
        int[][] columns = [];
        var separator = ',';
        var open = false;
        var startLine = 0;
        var lines = 0;
        string? badLine = null;
        var row = 0;
        var stop = false;
        while (!stop)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var status = reader.Read(out var line, out var error);
            switch (status)
            {
                case LineStatus.Broken:
                    yield return ReadItem.Failed(path, reader.LineNumber, error ?? "the stream is broken");
                    stop = true;
                    continue;
                case LineStatus.End:
                    if (open)
                    {
                        yield return ReadItem.Failed(path, startLine, "a quoted field is never closed; the record is skipped");
                    }

                    stop = true;
                    continue;
                case LineStatus.BadLine:
                    badLine ??= error ?? "unreadable line";
                    line = "\n";
                    break;
            }

            if (!open)
            {
                if (string.IsNullOrWhiteSpace(line) && badLine is null)
                {
                    continue;
                }

                startLine = reader.LineNumber;
                lines = 0;
                record.Clear();
            }

            record.Append(line);
            lines++;
            open = CsvFields.IsOpen(line, open);
            if (open && (lines >= MaxRecordLines || record.Length > MaxRecordChars))
            {
                yield return ReadItem.Failed(path, startLine, string.Create(CultureInfo.InvariantCulture, $"a quoted field runs over {lines:N0} lines without closing; the record is skipped"));
                open = false;
                badLine = null;
                continue;
            }

            if (open)
            {
                continue;
            }

            if (badLine is not null)
            {
                yield return ReadItem.Failed(path, startLine, header is null ? $"the header row is unreadable: {badLine}" : $"row skipped: {badLine}");
                badLine = null;
                if (header is null)
                {
                    stop = true;
                }

                continue;
            }

            var text = record.ToString();
            if (header is null)
            {
                if (text.Length > 0 && text[0] == '\uFEFF')
                {
                    text = text[1..];
                }

                separator = CsvFields.DetectSeparator(text);
                CsvFields.Split(text, separator, fields);
                header = [.. fields.Select(f => f.Trim())];
                columns = Columns(header, Fields);
                continue;
            }

            CsvFields.Split(text, separator, fields);
            if (assembler.Build(Values(fields, columns), row, startLine, () => header) is { } item)
            {
                yield return item;
            }

            row++;
        }

        foreach (var item in assembler.Finish())
        {
            yield return item;
        }
    }

    /// <summary>For each <see cref="RecordField"/>, the columns that may hold it, best first.</summary>
    private static int[][] Columns(string[] header, FieldMap map)
    {
        var result = new int[Enum.GetValues<RecordField>().Length][];
        foreach (var field in Enum.GetValues<RecordField>())
        {
            var names = map.NamesFor(field);
            var found = new List<int>();
            foreach (var name in names)
            {
                var index = Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
                if (index >= 0 && !found.Contains(index))
                {
                    found.Add(index);
                }
            }

            result[(int)field] = [.. found];
        }

        return result;
    }

    private static RecordValues Values(List<string> fields, int[][] columns)
    {
        var values = new RecordValues();
        for (var field = 0; field < columns.Length; field++)
        {
            foreach (var column in columns[field])
            {
                if (column < fields.Count && !string.IsNullOrWhiteSpace(fields[column]))
                {
                    values.Set((RecordField)field, fields[column]);
                    break;
                }
            }
        }

        return values;
    }
}
