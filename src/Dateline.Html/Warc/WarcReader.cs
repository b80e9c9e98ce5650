using System.Globalization;
using System.Text;
using Dateline.Core;
using Dateline.Ingest;

namespace Dateline.Html.Warc;

/// <summary>
/// Reads WARC files (and <c>.warc.gz</c>, decompressed member by member before they reach this reader) record
/// by record, streaming: each <c>response</c> record whose HTTP response is HTML (and each HTML
/// <c>resource</c> record) becomes a document with the article extracted, <c>WARC-Target-URI</c> as its URL
/// and <c>WARC-Date</c> as its date when the page gives none. Records over the size limit are streamed past
/// and reported; a record cut short ends the file with a message, after every complete record before it.
/// </summary>
public sealed class WarcReader : IFormatReader
{
    /// <summary>The default record payload limit: 20 MB.</summary>
    public const int DefaultMaxRecordBytes = 20 * 1024 * 1024;

    private readonly HtmlDocumentFactory _factory;

    public WarcReader(HtmlDocumentFactory? factory = null, int maxRecordBytes = DefaultMaxRecordBytes)
    {
        _factory = factory ?? HtmlDocumentFactory.Default;
        MaxRecordBytes = maxRecordBytes;
    }

    public int MaxRecordBytes { get; }

    public string Format => "warc";

    public IReadOnlyList<string> Extensions { get; } = [".warc"];

    public bool FramesItsRecords => true;


    public bool Sniff(ReadOnlySpan<byte> head) => head.StartsWith("WARC/"u8);

    public IEnumerable<ReadItem> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        var reader = new ByteReader(stream);
        var record = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WarcRecordHeader? header;
            string? error;
            long offset;
            try
            {
                header = ReadHeader(reader, out offset, out error);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                error = $"the stream breaks after byte {reader.Position} ({ex.Message.TrimEnd('.')}); stopped reading";
                header = null;
                offset = reader.Position;
            }

            if (header is null)
            {
                if (error is not null)
                {
                    yield return ReadItem.Failed(path, 0, $"record {record}: {error}", offset);
                }

                yield break;
            }

            var items = new List<ReadItem>(1);
            var stop = false;
            try
            {
                stop = ReadRecord(reader, header, path, record, offset, items);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                items.Add(ReadItem.Failed(path, 0, $"record {record}: the stream breaks inside the record ({ex.Message.TrimEnd('.')}); stopped reading", offset));
                stop = true;
            }

            foreach (var item in items)
            {
                yield return item;
            }

            if (stop)
            {
                yield break;
            }

            record++;
        }
    }

    /// <summary>Reads one record's block and turns it into items; returns <c>true</c> when reading must stop.</summary>
    private bool ReadRecord(ByteReader reader, WarcRecordHeader header, string path, int record, long offset, List<ReadItem> items)
    {
        var wanted = header.Type is "response" or "resource";
        if (!wanted || header.ContentLength > MaxRecordBytes)
        {
            var skipped = reader.Skip(header.ContentLength);
            if (skipped < header.ContentLength)
            {
                items.Add(ReadItem.Failed(path, 0, $"record {record} is cut short: {skipped} of {header.ContentLength} bytes before the end of the file", offset));
                return true;
            }

            if (wanted)
            {
                items.Add(ReadItem.Failed(path, 0, $"record {record} ({header.TargetUri ?? "no URI"}): skipped, its {header.ContentLength:N0} bytes exceed the {MaxRecordBytes:N0}-byte limit", offset));
            }

            return false;
        }

        var block = new byte[header.ContentLength];
        var read = reader.ReadExactly(block);
        if (read < block.Length)
        {
            items.Add(ReadItem.Failed(path, 0, $"record {record} is cut short: {read} of {header.ContentLength} bytes before the end of the file; stopped reading", offset));
            return true;
        }

        var item = ToDocument(header, block, path, record, offset);
        if (item is { } found)
        {
            items.Add(found);
        }

        return false;
    }

    private ReadItem? ToDocument(WarcRecordHeader header, byte[] block, string path, int record, long offset)
    {
        byte[] body;
        string? contentType;
        if (header.Type == "response")
        {
            if (header.ContentType is { } recordType && !recordType.Contains("http", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var message = HttpMessage.Parse(block, MaxRecordBytes, out var problem);
            if (message is null)
            {
                return ReadItem.Failed(path, 0, $"record {record} ({header.TargetUri}): {problem}", offset);
            }

            contentType = message.ContentType;
            body = message.Body;
        }
        else
        {
            contentType = header.ContentType;
            body = block;
        }

        if (!IsHtml(contentType, body))
        {
            return null;
        }

        if (body.Length > 1 && body[0] == 0x1F && body[1] == 0x8B)
        {
            return ReadItem.Failed(path, 0, $"record {record} ({header.TargetUri}): the body is still compressed and cannot be read", offset);
        }

        try
        {
            var html = HtmlDecoding.Decode(body, HtmlDecoding.CharsetOf(contentType));
            var metadata = DocumentMetadata.Empty with
            {
                Url = header.TargetUri,
                Date = header.Date is { } date ? DateOnly.FromDateTime(date.UtcDateTime) : null,
                Published = header.Date,
            };
            var id = header.RecordId ?? DocumentIds.FromContent(html);
            var document = _factory.CreateFromCrawl(id, html, new DocumentSource(path, Format, record, 0), metadata);
            return document is null
                ? ReadItem.Failed(path, 0, $"record {record} ({header.TargetUri}): no article text found", offset)
                : ReadItem.Of(document);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ReadItem.Failed(path, 0, $"record {record} ({header.TargetUri}): cannot extract the page ({ex.Message.TrimEnd('.').ReplaceLineEndings(" ")}); please report this page", offset);
        }
    }

    private static bool IsHtml(string? contentType, byte[] body)
    {
        if (contentType is not null)
        {
            return contentType.Contains("html", StringComparison.OrdinalIgnoreCase);
        }

        var head = body.AsSpan(0, Math.Min(body.Length, 512));
        var text = Encoding.Latin1.GetString(head).TrimStart();
        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads the next record's header; <c>null</c> at the end, with <paramref name="error"/> set when the end is a break.</summary>
    private static WarcRecordHeader? ReadHeader(ByteReader reader, out long offset, out string? error)
    {
        error = null;
        byte[]? line;
        do
        {
            offset = reader.Position;
            line = reader.ReadLine();
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0);

        if (!line.AsSpan().StartsWith("WARC/"u8))
        {
            error = $"expected a WARC record at byte {offset}, found '{Encoding.Latin1.GetString(line.AsSpan(0, Math.Min(line.Length, 40)))}'; stopped reading";
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            line = reader.ReadLine();
            if (line is null)
            {
                error = $"the file ends inside the header of the record at byte {offset}";
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            var text = Encoding.UTF8.GetString(line);
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields.TryAdd(text[..colon].Trim(), text[(colon + 1)..].Trim());
            }
        }

        if (!fields.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            error = $"the record at byte {offset} has no valid Content-Length; stopped reading";
            return null;
        }

        return new WarcRecordHeader(
            fields.GetValueOrDefault("WARC-Type")?.ToLowerInvariant() ?? string.Empty,
            length,
            CleanUri(fields.GetValueOrDefault("WARC-Target-URI")),
            ParseDate(fields.GetValueOrDefault("WARC-Date")),
            CleanId(fields.GetValueOrDefault("WARC-Record-ID")),
            fields.GetValueOrDefault("Content-Type"));
    }

    private static string? CleanUri(string? uri) => uri is null ? null : uri.Trim().TrimStart('<').TrimEnd('>');

    private static string? CleanId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        id = id.Trim().TrimStart('<').TrimEnd('>');
        return id.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase) ? id[9..] : id;
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
