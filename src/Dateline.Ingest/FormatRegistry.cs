using Dateline.Ingest.Formats;

namespace Dateline.Ingest;

/// <summary>
/// The readers Dateline knows, in detection order. A format is chosen by <c>--format</c>, else by the file
/// extension (after removing <c>.gz</c>), else by sniffing the first bytes; plain text is the fallback.
/// </summary>
public sealed class FormatRegistry
{
    private readonly IFormatReader[] _readers;

    public FormatRegistry(IEnumerable<IFormatReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = [.. readers];
    }

    /// <summary>The text formats: raw records, JSON (lines, arrays), CSV, plain text.</summary>
    public static FormatRegistry Default { get; } = new([new RecordReader(), new JsonLinesReader(), new CsvReader(), new PlainTextReader()]);

    public IReadOnlyList<IFormatReader> Readers => _readers;

    public IEnumerable<string> FormatNames => _readers.Select(r => r.Format);

    /// <summary>A registry with extra readers tried before the existing ones.</summary>
    public FormatRegistry With(params IFormatReader[] readers)
    {
        var replaced = _readers.Where(r => readers.All(n => n.Format != r.Format));
        return new FormatRegistry([.. readers, .. replaced]);
    }

    public IFormatReader? Find(string format) =>
        _readers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a file found while walking a directory looks like input (by extension).</summary>
    public bool IsKnownExtension(string path)
    {
        var extension = InnerExtension(path);
        return _readers.Any(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    public IFormatReader Detect(string path, ReadOnlySpan<byte> head)
    {
        var extension = InnerExtension(path);
        var byExtension = _readers.FirstOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));

        // A .txt file may be a raw record dump or plain text: sniff the header to tell them apart.
        if (byExtension is not null && byExtension is not PlainTextReader)
        {
            return byExtension;
        }

        foreach (var reader in _readers)
        {
            if (reader is not PlainTextReader && reader.Sniff(head))
            {
                return reader;
            }
        }

        return byExtension ?? _readers.OfType<PlainTextReader>().FirstOrDefault() ?? _readers[^1];
    }

    /// <summary>The extension that names the content: <c>a.jsonl.gz</c> gives <c>.jsonl</c>.</summary>
    public static string InnerExtension(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return Path.GetExtension(name).ToLowerInvariant();
    }
}
