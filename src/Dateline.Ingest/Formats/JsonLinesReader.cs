using System.Globalization;
using System.Text.Json;
using Dateline.Core;

namespace Dateline.Ingest.Formats;

/// <summary>
/// Reads JSON Lines: one object per line with the article in <c>text</c> (or <c>body</c>, <c>content</c>,
/// <c>article</c>, the names common news dumps use) and optional <c>id</c>, <c>date</c>, <c>url</c>,
/// <c>title</c>, <c>authors</c> and <c>publisher</c>. A line that is not a JSON object, or has no text,
/// is reported and skipped. Objects whose page is in an <c>html</c> field are handed to
/// <see cref="HtmlHandler"/> when one is set.
/// </summary>
public sealed class JsonLinesReader : IFormatReader
{
    private static readonly string[] TextFields = ["text", "body", "content", "article", "maintext"];

    /// <summary>Turns a JSON line's <c>html</c> field into a document (set by the HTML stage, issue 8).</summary>
    public Func<string, string, DocumentSource, DocumentMetadata, Document?>? HtmlHandler { get; init; }

    public string Format => "jsonl";

    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson", ".json"];

    public bool Sniff(ReadOnlySpan<byte> head)
    {
        var trimmed = head.TrimStart(" \t\r\n"u8);
        return trimmed.Length > 0 && trimmed[0] == (byte)'{';
    }

    public IEnumerable<ReadItem> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        using var reader = new Utf8LineReader(stream);
        var record = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var status = reader.Read(out var line, out var error);
            switch (status)
            {
                case LineStatus.End:
                    yield break;
                case LineStatus.Broken:
                    yield return ReadItem.Failed(path, reader.LineNumber, error ?? "the stream is broken");
                    yield break;
                case LineStatus.BadLine:
                    yield return ReadItem.Failed(path, reader.LineNumber, error ?? "unreadable line");
                    record++;
                    continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line, path, reader.LineNumber, record);
            record++;
        }
    }

    private ReadItem ParseLine(string line, string path, int lineNumber, int record)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return ReadItem.Failed(path, lineNumber, $"not JSON: {ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.')}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadItem.Failed(path, lineNumber, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var source = new DocumentSource(path, Format, record, lineNumber);
            var metadata = ReadMetadata(root);
            var id = GetString(root, "id");

            if (GetString(root, "html") is { Length: > 0 } html && HtmlHandler is not null)
            {
                var fromHtml = HtmlHandler(id ?? DocumentIds.FromContent(html), html, source with { Format = "jsonl+html" }, metadata);
                return fromHtml is null
                    ? ReadItem.Failed(path, lineNumber, "no article text could be extracted from the html field")
                    : ReadItem.Of(fromHtml);
            }

            string? text = null;
            foreach (var field in TextFields)
            {
                text = GetString(root, field);
                if (text is not null)
                {
                    break;
                }
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return ReadItem.Failed(path, lineNumber, "record has no text (expected a non-empty \"text\" field)");
            }

            return ReadItem.Of(new Document(id ?? DocumentIds.FromContent(text), text, source, metadata));
        }
    }

    private static DocumentMetadata ReadMetadata(JsonElement root)
    {
        var metadata = DocumentMetadata.Empty;
        if ((GetString(root, "date") ?? GetString(root, "published") ?? GetString(root, "date_publish")) is { } date)
        {
            metadata = ApplyDate(metadata, date);
        }

        var authors = new List<string>();
        if (root.TryGetProperty("authors", out var list) || root.TryGetProperty("author", out list))
        {
            if (list.ValueKind == JsonValueKind.Array)
            {
                authors.AddRange(list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!.Trim()).Where(a => a.Length > 0));
            }
            else if (list.ValueKind == JsonValueKind.String && list.GetString() is { Length: > 0 } one)
            {
                authors.AddRange(one.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return metadata with
        {
            Url = GetString(root, "url"),
            Title = GetString(root, "title") ?? GetString(root, "headline"),
            Authors = authors,
            Publisher = GetString(root, "publisher") ?? GetString(root, "source") ?? GetString(root, "outlet"),
        };
    }

    /// <summary>Reads a date given as <c>YYYY-MM-DD</c>, an ISO date-time, or another invariant date form.</summary>
    internal static DocumentMetadata ApplyDate(DocumentMetadata metadata, string value)
    {
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return metadata with { Date = day };
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment))
        {
            return metadata with { Date = DateOnly.FromDateTime(moment.Date), Published = value.Length > 10 ? moment : null };
        }

        return metadata;
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
