

namespace Dateline.Ingest;

/// <summary>
/// Streams documents from input files: opens each file (decompressing <c>.gz</c>), picks its reader and
/// yields documents one at a time. Problems become <see cref="ReadError"/> items; reading never throws
/// for bad input.
/// </summary>
public sealed class CorpusReader
{
    private readonly FormatRegistry _registry;
    private readonly IFormatReader? _forced;
    private long _bytesRead;

    public CorpusReader(FormatRegistry registry, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        if (format is not null)
        {
            _forced = registry.Find(format)
                ?? throw new ArgumentException($"unknown format '{format}' (known: {string.Join(", ", registry.FormatNames)})", nameof(format));
        }
    }

    /// <summary>Bytes read so far from input files (compressed bytes for <c>.gz</c>), for progress and ETA.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public IEnumerable<ReadItem> Read(InputPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var error in plan.Errors)
        {
            yield return ReadItem.Failed(error);
        }

        foreach (var file in plan.Files)
        {
            foreach (var item in Read(file, cancellationToken))
            {
                yield return item;
            }
        }
    }

    public IEnumerable<ReadItem> Read(InputFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length == 0)
        {
            yield return ReadItem.Failed(file.Path, 0, "the file is empty");
            yield break;
        }

        IFormatReader reader;
        Stream stream;
        string? openError = null;
        try
        {
            reader = _forced ?? _registry.Detect(file.Path, ReadHead(file));
            stream = Open(file, read => Interlocked.Add(ref _bytesRead, read), checkEnd: !reader.FramesItsRecords);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            reader = null!;
            stream = null!;
            openError = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
        }

        if (openError is not null)
        {
            yield return ReadItem.Failed(file.Path, 0, $"cannot read: {openError}");
            yield break;
        }

        var any = false;
        foreach (var item in reader.Read(stream, file.Path, cancellationToken))
        {
            any = true;
            yield return item;
        }

        if (!any)
        {
            yield return ReadItem.Failed(file.Path, 0, "no document found in the file");
        }
    }

    /// <param name="file">The file to open.</param>
    /// <param name="onRead">Called with the number of bytes read from the file, as they are read.</param>
    /// <param name="checkEnd">Whether to check a gzip file's trailer at the end (readers whose format frames
    /// its records with lengths, like WARC, find a cut-short file themselves and say which record it cut).</param>
    private static Stream Open(InputFile file, Action<int>? onRead = null, bool checkEnd = true)
    {
        var fileStream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var stream = onRead is null ? (Stream)fileStream : new CountingStream(fileStream, onRead);
        if (!file.IsGzip)
        {
            return stream;
        }

        return checkEnd ? new GzipEndCheckStream(fileStream, stream) : new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
    }

    private static byte[] ReadHead(InputFile file)
    {
        using var stream = Open(file);
        var buffer = new byte[4096];
        var total = 0;
        try
        {
            while (total < buffer.Length)
            {
                var read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            // A broken stream is reported by the reader, with what could be read before the break.
        }

        return buffer[..total];
    }
}
