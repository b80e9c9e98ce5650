using System.Text;
using Dateline.Core;

namespace Dateline.Ingest.Formats;

/// <summary>
/// Reads the raw record format of scraped news dumps. A record starts at every line whose first
/// non-blank characters are a <see cref="RecordHeader"/> (<c>date YYYY-MM-DD</c>) and runs to the next
/// such line or the end of the file; a file may hold one record or many. The document text is the record
/// exactly as read, header included, so offsets point into the file's own characters. Text before the
/// first header, if any, is read as a record without a date.
/// </summary>
public sealed class RecordReader : IFormatReader
{
    public string Format => "record";

    public IReadOnlyList<string> Extensions { get; } = [".rec", ".record"];

    public bool Sniff(ReadOnlySpan<byte> head) => RecordHeader.Sniff(head);

    public IEnumerable<ReadItem> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        using var reader = new Utf8LineReader(stream);
        var text = new StringBuilder();
        var recordLine = 1;
        var record = 0;
        string? badReason = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var status = reader.Read(out var line, out var error);
            if (status == LineStatus.Line && RecordHeader.TryMatch(line, out _, out _, out _) && text.Length > 0)
            {
                var item = Finish(path, text, record, recordLine, badReason);
                if (item is { } ready)
                {
                    yield return ready;
                    record++;
                }

                text.Clear();
                badReason = null;
                recordLine = reader.LineNumber;
            }

            switch (status)
            {
                case LineStatus.Line:
                    if (text.Length == 0)
                    {
                        recordLine = reader.LineNumber;
                    }

                    text.Append(line);
                    break;
                case LineStatus.BadLine:
                    badReason ??= $"line {reader.LineNumber}: {error}";
                    text.Append('\uFFFD');
                    break;
                case LineStatus.Broken:
                    if (text.Length > 0)
                    {
                        yield return ReadItem.Failed(path, recordLine, $"record {record + 1} is incomplete: {error}");
                    }
                    else
                    {
                        yield return ReadItem.Failed(path, reader.LineNumber, error ?? "the stream is broken");
                    }

                    yield break;
                case LineStatus.End:
                    if (Finish(path, text, record, recordLine, badReason) is { } last)
                    {
                        yield return last;
                    }

                    yield break;
            }
        }
    }

    private ReadItem? Finish(string path, StringBuilder builder, int record, int line, string? badReason)
    {
        if (builder.Length == 0)
        {
            return null;
        }

        if (badReason is not null)
        {
            return ReadItem.Failed(path, line, $"record {record + 1} skipped: {badReason}");
        }

        var text = builder.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstLineEnd < 0 ? text.AsSpan() : text.AsSpan(0, firstLineEnd);
        var metadata = DocumentMetadata.Empty;
        var bodyStart = 0;
        if (RecordHeader.TryMatch(firstLine, out var start, out var end, out var date))
        {
            metadata = metadata with { Date = date, Header = new TextSpan(start, end) };
            bodyStart = end;
        }

        if (text.AsSpan(bodyStart).IsWhiteSpace())
        {
            return ReadItem.Failed(path, line, $"record {record + 1} has no text after its header");
        }

        var source = new DocumentSource(path, Format, record, line);
        return ReadItem.Of(new Document(DocumentIds.FromContent(text), text, source, metadata));
    }
}
