using System.Text.Json;
using Dateline.Core;
using Dateline.Ingest.Fields;

namespace Dateline.Ingest.Formats;

/// <summary>
/// Reads news as JSON: JSON Lines (one object per line), a JSON array of objects, or objects one after another
/// over several lines (a pretty-printed news-please file). The fields are found by <see cref="Fields"/>: by default
/// the names common dumps use (<c>text</c>, <c>maintext</c>, <c>content_original</c>, <c>body</c> ...;
/// <c>date_publish</c>, <c>date</c> ...; <c>title</c>, <c>authors</c>, <c>url</c>, <c>source_domain</c>, <c>id</c>).
/// A line that is not a JSON object is reported with its number and skipped; records without text are reported
/// once per file with the fields they had; dates that cannot be read or cannot be right are reported once per
/// file and not stored. Objects whose page is in an <c>html</c> field are handed to <see cref="HtmlHandler"/>
/// when one is set.
/// </summary>
public sealed class JsonLinesReader : IFormatReader
{
    private const int HeadBytes = 64 * 1024;

    /// <summary>Turns a JSON record's <c>html</c> field into a document (set by the HTML stage, issue 8).</summary>
    public Func<string, string, DocumentSource, DocumentMetadata, Document?>? HtmlHandler { get; init; }

    /// <summary>Which fields hold the text, date, title and so on (<see cref="FieldMap.Default"/>: detection).</summary>
    public FieldMap Fields { get; init; } = FieldMap.Default;

    /// <summary>The clock that dates in the future are judged by.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public string Format => "jsonl";

    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson", ".json"];

    public bool Sniff(ReadOnlySpan<byte> head)
    {
        var trimmed = SkipBlank(head);
        return trimmed.Length > 0 && trimmed[0] is (byte)'{' or (byte)'[';
    }

    public IEnumerable<ReadItem> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        var head = new byte[HeadBytes];
        int length;
        try
        {
            length = PrefixedStream.ReadHead(stream, head);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            stream.Dispose();
            return [ReadItem.Failed(path, 0, $"the stream is broken: {ex.Message}")];
        }

        var assembler = new RecordAssembler(path, Format, Fields, Clock.GetUtcNow(), HtmlHandler);
        var replay = new PrefixedStream(head, length, stream);
        var layout = Layout(head.AsSpan(0, length), length < HeadBytes);
        return layout switch
        {
            JsonLayout.Lines => ReadLines(replay, path, assembler, cancellationToken),
            _ => ReadValues(replay, path, assembler, cancellationToken),
        };
    }

    /// <summary>Tells JSON Lines from an array and from objects spread over several lines by the first bytes.</summary>
    internal static JsonLayout Layout(ReadOnlySpan<byte> head, bool whole)
    {
        var start = head.Length - SkipBlank(head).Length;
        if (start >= head.Length)
        {
            return JsonLayout.Lines;
        }

        if (head[start] == (byte)'[')
        {
            return StraySquareBracket(head[start..]) ? JsonLayout.Lines : JsonLayout.Array;
        }

        if (head[start] != (byte)'{')
        {
            return JsonLayout.Lines;
        }

        var newline = head[start..].IndexOf((byte)'\n');
        if (newline < 0 && !whole)
        {
            return JsonLayout.Lines;
        }

        var line = newline < 0 ? head[start..] : head.Slice(start, newline);
        var reader = new Utf8JsonReader(line, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.EndObject)
                {
                    return JsonLayout.Lines;
                }
            }
        }
        catch (JsonException)
        {
            return JsonLayout.Lines;
        }

        // The first object does not end on its line: objects spread over lines, unless the next line starts an
        // object (JSON Lines whose first line is cut short or damaged: only that line is lost).
        return newline >= 0 && SkipBlank(head[(start + newline + 1)..]).StartsWith("{"u8) ? JsonLayout.Lines : JsonLayout.Values;
    }

    /// <summary>
    /// Whether a file starting with '[' is JSON Lines whose first line is damaged: the next line starts an object, and
    /// the first line is '[' followed by something other than an object, or by one whole object with nothing after it
    /// (an array's first line ends with ',' or ']', or leaves its object open). Read as lines, only the damaged line
    /// is lost, not every record after it.
    /// </summary>
    private static bool StraySquareBracket(ReadOnlySpan<byte> head)
    {
        var newline = head.IndexOf((byte)'\n');
        if (newline < 0 || !SkipBlank(head[(newline + 1)..]).StartsWith("{"u8))
        {
            return false;
        }

        var line = head[1..newline].Trim(" \t\r"u8);
        if (line.IsEmpty || line[0] == (byte)']')
        {
            return false;
        }

        if (line[0] != (byte)'{')
        {
            // Not an array of objects, and the next line is an object: a damaged first line of JSON Lines.
            return true;
        }

        var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType == JsonTokenType.EndObject)
                {
                    return reader.BytesConsumed == line.Length;
                }
            }
        }
        catch (JsonException)
        {
        }

        return false;
    }

    private static ReadOnlySpan<byte> SkipBlank(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        return head.TrimStart(" \t\r\n"u8);
    }

    private IEnumerable<ReadItem> ReadLines(Stream stream, string path, RecordAssembler assembler, CancellationToken cancellationToken)
    {
        using var reader = new Utf8LineReader(stream);
        var record = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var status = reader.Read(out var line, out var error);
            if (status == LineStatus.End)
            {
                break;
            }

            if (status == LineStatus.Broken)
            {
                yield return ReadItem.Failed(path, reader.LineNumber, error ?? "the stream is broken");
                break;
            }

            if (status == LineStatus.BadLine)
            {
                yield return ReadItem.Failed(path, reader.LineNumber, error ?? "unreadable line");
                record++;
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (ParseLine(line, path, reader.LineNumber, record, assembler) is { } item)
            {
                yield return item;
            }

            record++;
        }

        foreach (var item in assembler.Finish())
        {
            yield return item;
        }
    }

    private static ReadItem? ParseLine(string line, string path, int lineNumber, int record, RecordAssembler assembler)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line.AsMemory().TrimEnd("\r\n"));
        }
        catch (JsonException ex)
        {
            return ReadItem.Failed(path, lineNumber, $"not JSON: {Describe(ex)}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadItem.Failed(path, lineNumber, $"expected a JSON object, found {Kind(root)}");
            }

            return Build(root, path, lineNumber, record, assembler);
        }
    }

    private static IEnumerable<ReadItem> ReadValues(Stream stream, string path, RecordAssembler assembler, CancellationToken cancellationToken)
    {
        using var values = new JsonValueStream(stream);
        var record = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadItem? item;
            bool more;
            try
            {
                more = values.TryNext(out var bytes, out var line);
                item = more ? ParseValue(bytes, path, line, record, assembler) : null;
            }
            catch (JsonException ex)
            {
                more = false;
                item = ReadItem.Failed(path, ex.LineNumber is { } at ? (int)at + 1 : 0, $"not JSON after record {record}: {Describe(ex)}; stopped reading the file");
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                more = false;
                item = ReadItem.Failed(path, 0, $"the stream breaks after record {record}: {ex.Message}");
            }

            if (item is { } result)
            {
                yield return result;
            }

            if (!more)
            {
                break;
            }

            record++;
        }

        foreach (var item in assembler.Finish())
        {
            yield return item;
        }
    }

    private static ReadItem? ParseValue(ReadOnlyMemory<byte> bytes, string path, int line, int record, RecordAssembler assembler)
    {
        using var json = JsonDocument.Parse(bytes);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ReadItem.Failed(path, line, $"expected a JSON object, found {Kind(root)}");
        }

        return Build(root, path, line, record, assembler);
    }

    /// <summary>
    /// The record's document. A string holding an unpaired surrogate escape (<c>"\ud800"</c>) or invalid UTF-8 passes
    /// the JSON parser but cannot become a .NET string: the record is reported and skipped, not the whole file.
    /// </summary>
    private static ReadItem? Build(JsonElement root, string path, int line, int record, RecordAssembler assembler)
    {
        try
        {
            return assembler.Build(JsonRecordFields.Read(root, assembler.Fields), record, line, () => JsonRecordFields.Names(root));
        }
        catch (InvalidOperationException)
        {
            return ReadItem.Failed(path, line, "a string is not valid text (invalid UTF-8, or an unpaired surrogate escape \\uD800-\\uDFFF); the record is skipped");
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();

    private static string Describe(JsonException ex) =>
        ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.').ReplaceLineEndings(" ");
}
