namespace Dateline.Ingest;

/// <summary>Reads one input format from a stream, lazily, one document at a time.</summary>
public interface IFormatReader
{
    /// <summary>The name users give to <c>--format</c> (<c>record</c>, <c>jsonl</c>, <c>text</c>, ...).</summary>
    string Format { get; }

    /// <summary>File extensions (lower case, with the dot, without <c>.gz</c>) this reader claims.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Whether the first bytes of a file of unknown extension look like this format.</summary>
    bool Sniff(ReadOnlySpan<byte> head);

    /// <summary>
    /// Whether the format frames each record with its length (as WARC does), so the reader itself detects a
    /// file cut short and names the record; otherwise a gzip file's end is checked for truncation.
    /// </summary>
    bool FramesItsRecords => false;

    IEnumerable<ReadItem> Read(Stream stream, string path, CancellationToken cancellationToken);
}
