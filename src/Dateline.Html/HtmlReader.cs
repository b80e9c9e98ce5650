using Dateline.Core;
using Dateline.Ingest;

namespace Dateline.Html;

/// <summary>
/// Reads one HTML page per file (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c>, and <c>.gz</c> of each): the article
/// is extracted and becomes the document text, with the page as its original. Pages over the size limit are
/// reported, not loaded.
/// </summary>
public sealed class HtmlReader : IFormatReader
{
    private readonly HtmlDocumentFactory _factory;

    public HtmlReader(HtmlDocumentFactory? factory = null, int maxPageBytes = Warc.WarcReader.DefaultMaxRecordBytes)
    {
        _factory = factory ?? HtmlDocumentFactory.Default;
        MaxPageBytes = maxPageBytes;
    }

    public int MaxPageBytes { get; }

    public string Format => "html";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public bool Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\xEF\xBB\xBF"u8))
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);
        if (head.Length == 0 || head[0] != (byte)'<')
        {
            return false;
        }

        var text = System.Text.Encoding.Latin1.GetString(head[..Math.Min(head.Length, 1024)]);
        return text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase) || text.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<head", StringComparison.OrdinalIgnoreCase) || text.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<ReadItem> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        yield return ReadPage(stream, path);
    }

    private ReadItem ReadPage(Stream stream, string path)
    {
        byte[] bytes;
        try
        {
            using var memory = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > MaxPageBytes)
                {
                    return ReadItem.Failed(path, 0, $"the page is larger than {MaxPageBytes:N0} bytes; skipped");
                }
            }

            bytes = memory.ToArray();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            return ReadItem.Failed(path, 0, $"cannot read the page: {ex.Message}");
        }

        try
        {
            var html = HtmlDecoding.Decode(bytes);
            var document = _factory.Create(DocumentIds.FromContent(html), html, new DocumentSource(path, Format, 0, 0));
            return document is null ? ReadItem.Failed(path, 0, "no article text found in the page") : ReadItem.Of(document);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ReadItem.Failed(path, 0, $"cannot extract the page ({ex.Message.TrimEnd('.').ReplaceLineEndings(" ")}); please report this page");
        }
    }
}
