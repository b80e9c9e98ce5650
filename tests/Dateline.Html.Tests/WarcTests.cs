using System.IO.Compression;
using System.Text;
using Dateline.Html.Warc;
using Dateline.Ingest;

namespace Dateline.Html.Tests;

public sealed class WarcTests
{
    internal static string Page(int n) => $"""
        <html><head><title>Story {n}</title></head><body><nav><a href="/">Home</a></nav>
        <article><h1>Story number {n}</h1><p>This is the first paragraph of story {n}, which tells of things that happened in the town.</p>
        <p>A second paragraph follows with more detail about story {n} and the people involved in it.</p></article></body></html>
        """;

    internal static byte[] Record(string type, string uri, string date, byte[] block, string contentType = "application/http; msgtype=response")
    {
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    internal static byte[] HttpResponse(string html, string contentType = "text/html; charset=utf-8", string? extraHeaders = null, byte[]? body = null)
    {
        body ??= Encoding.UTF8.GetBytes(html);
        var head = $"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n{extraHeaders}Content-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    internal static byte[] Response(int n) => Record("response", $"https://news.example/story/{n}", "2020-05-06T07:08:09Z", HttpResponse(Page(n)));

    private static List<ReadItem> ReadAll(byte[] warc, WarcReader? reader = null) =>
        [.. (reader ?? new WarcReader()).Read(new MemoryStream(warc), "crawl.warc", CancellationToken.None)];

    [Fact]
    public void Html_response_records_become_documents_with_crawl_url_and_date()
    {
        var warc = Response(1);

        var item = Assert.Single(ReadAll(warc));

        var document = item.Document!;
        Assert.StartsWith("Story number 1\n\nThis is the first paragraph of story 1", document.Text);
        Assert.Equal("https://news.example/story/1", document.Metadata.Url);
        Assert.Equal(new DateOnly(2020, 5, 6), document.Metadata.Date);
        Assert.Equal("warc", document.Source.Format);
        Assert.Contains("<article>", document.Original);
    }

    [Fact]
    public void Request_metadata_and_non_html_records_are_passed_over_silently()
    {
        var request = Record("request", "https://news.example/", "2020-05-06T07:08:09Z", "GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"u8.ToArray(), "application/http; msgtype=request");
        var metadata = Record("metadata", "https://news.example/", "2020-05-06T07:08:09Z", "fetchTimeMs: 12\r\n"u8.ToArray(), "application/warc-fields");
        var image = Record("response", "https://news.example/a.png", "2020-05-06T07:08:09Z", HttpResponse("", "image/png", body: [0x89, 0x50, 0x4E, 0x47]));
        var warc = (byte[])[.. request, .. metadata, .. image, .. Response(2)];

        var items = ReadAll(warc);

        var item = Assert.Single(items);
        Assert.Equal(3, item.Document!.Source.Record);
    }

    [Fact]
    public void Chunked_transfer_encoding_is_undone()
    {
        var html = Encoding.UTF8.GetBytes(Page(7));
        var chunked = new MemoryStream();
        for (var i = 0; i < html.Length; i += 100)
        {
            var size = Math.Min(100, html.Length - i);
            chunked.Write(Encoding.ASCII.GetBytes($"{size:x};ext=1\r\n"));
            chunked.Write(html, i, size);
            chunked.Write("\r\n"u8);
        }

        chunked.Write("0\r\n\r\n"u8);
        var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"u8.ToArray();
        var warc = Record("response", "https://news.example/7", "2020-05-06T07:08:09Z", [.. head, .. chunked.ToArray()]);

        var document = Assert.Single(ReadAll(warc)).Document!;

        Assert.Contains("A second paragraph follows with more detail about story 7", document.Text);
        Assert.DoesNotContain("ext=1", document.Original);
    }

    [Fact]
    public void Dechunking_a_body_cut_inside_a_chunk_keeps_what_arrived()
    {
        var body = "5\r\nHello\r\n10\r\nWorld"u8.ToArray();

        var result = HttpMessage.Dechunk(body, out var problem);

        Assert.Equal("HelloWorld", Encoding.ASCII.GetString(result!));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Gzip_content_encoding_is_decompressed()
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Page(3)));
        }

        var warc = Record("response", "https://news.example/3", "2020-05-06T07:08:09Z", HttpResponse("", "text/html", "Content-Encoding: gzip\r\n", compressed.ToArray()));

        var document = Assert.Single(ReadAll(warc)).Document!;

        Assert.Contains("first paragraph of story 3", document.Text);
    }

    [Fact]
    public void Latin1_pages_are_decoded_with_the_charset_of_the_http_header()
    {
        var bytes = Encoding.Latin1.GetBytes(Page(4).Replace("things", "Grüße", StringComparison.Ordinal));
        var warc = Record("response", "https://news.example/4", "2020-05-06T07:08:09Z", HttpResponse("", "text/html; charset=ISO-8859-1", body: bytes));

        var document = Assert.Single(ReadAll(warc)).Document!;

        Assert.Contains("tells of Grüße that happened", document.Text);
    }

    [Fact]
    public void A_record_over_the_size_limit_is_skipped_with_a_message_and_reading_goes_on()
    {
        var big = Record("response", "https://news.example/big", "2020-05-06T07:08:09Z", HttpResponse(Page(5) + new string(' ', 5000)));
        var warc = (byte[])[.. big, .. Response(6)];

        var items = ReadAll(warc, new WarcReader(maxRecordBytes: 4000));

        Assert.Equal(2, items.Count);
        Assert.Contains("exceed the 4,000-byte limit", items[0].Error!.Message);
        Assert.Equal(0, items[0].Error!.ByteOffset);
        Assert.Contains("story 6", items[1].Document!.Text);
    }

    [Fact]
    public void Gzip_members_per_record_are_read_one_after_another()
    {
        var file = new MemoryStream();
        for (var n = 0; n < 3; n++)
        {
            using var member = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            member.Write(Response(n));
        }

        using var gzip = new GZipStream(new MemoryStream(file.ToArray()), CompressionMode.Decompress);
        var items = new WarcReader().Read(gzip, "crawl.warc.gz", CancellationToken.None).ToList();

        Assert.Equal(3, items.Count(i => i.Document is not null));
    }

    [Fact]
    public void A_truncated_warc_gz_yields_every_complete_record_and_then_reports_the_break()
    {
        var file = new MemoryStream();
        var ends = new List<long>();
        for (var n = 0; n < 4; n++)
        {
            using (var member = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
            {
                member.Write(Response(n));
            }

            ends.Add(file.Length);
        }

        // Cut the file in the middle of the last member.
        var cut = file.ToArray()[..(int)((ends[2] + ends[3]) / 2)];
        var path = Path.Combine(Path.GetTempPath(), $"dateline-trunc-{Guid.NewGuid():N}.warc.gz");
        File.WriteAllBytes(path, cut);
        try
        {
            var registry = FormatRegistry.Default.With(new WarcReader());
            var items = new CorpusReader(registry).Read(InputExpander.Expand([path], registry)).ToList();

            Assert.Equal(3, items.Count(i => i.Document is not null));
            var error = Assert.Single(items, i => i.Error is not null).Error!;
            Assert.Same(items[^1].Error, error);
            Assert.Contains("record 3", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_record_cut_short_in_a_plain_warc_is_reported_after_the_complete_ones()
    {
        var warc = (byte[])[.. Response(1), .. Response(2)];
        var cut = warc[..(warc.Length - 200)];

        var items = ReadAll(cut);

        Assert.NotNull(items[0].Document);
        Assert.Contains("record 1 is cut short", items[1].Error!.Message);
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Garbage_instead_of_a_record_is_reported_with_its_byte_offset()
    {
        var warc = (byte[])[.. Response(1), .. "this is not a warc record\r\n"u8];

        var items = ReadAll(warc);

        Assert.NotNull(items[0].Document);
        Assert.Equal(Response(1).Length, items[1].Error!.ByteOffset);
    }

    [Fact]
    public void A_crawl_of_thousands_of_records_streams_from_a_non_seekable_stream()
    {
        const int records = 3000;
        using var stream = new GeneratedWarcStream(records);
        var reader = new WarcReader();

        var count = 0;
        long maxAhead = 0;
        foreach (var item in reader.Read(stream, "generated.warc", CancellationToken.None))
        {
            Assert.NotNull(item.Document);
            count++;

            // The reader never runs ahead of the record it hands out by more than its buffer and one record.
            maxAhead = Math.Max(maxAhead, stream.BytesServed - stream.EndOfRecord(count - 1));
        }

        Assert.Equal(records, count);
        Assert.True(maxAhead < (1 << 16) + 4096, $"read {maxAhead} bytes ahead");
        Assert.False(stream.CanSeek);
    }

    /// <summary>A forward-only stream that makes WARC records as it is read, so nothing is held whole.</summary>
    private sealed class GeneratedWarcStream(int records) : Stream
    {
        private readonly List<long> _ends = [];
        private byte[] _current = [];
        private int _offset;
        private int _next;

        public long BytesServed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public long EndOfRecord(int index) => _ends[index];

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _current.Length)
            {
                if (_next == records)
                {
                    return 0;
                }

                _current = Response(_next++);
                _offset = 0;
                _ends.Add((_ends.Count == 0 ? 0 : _ends[^1]) + _current.Length);
            }

            var n = Math.Min(count, _current.Length - _offset);
            Array.Copy(_current, _offset, buffer, offset, n);
            _offset += n;
            BytesServed += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
