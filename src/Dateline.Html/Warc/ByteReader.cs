namespace Dateline.Html.Warc;

/// <summary>
/// A forward-only buffered reader over a (possibly non-seekable) stream: lines, exact byte counts, and skips,
/// with the count of bytes consumed so far. Never holds more than its buffer plus what the caller asks for.
/// </summary>
internal sealed class ByteReader
{
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public ByteReader(Stream stream) => _stream = stream;

    /// <summary>Bytes consumed from the stream so far.</summary>
    public long Position { get; private set; }

    /// <summary>Reads one line (without CR LF) of at most <paramref name="max"/> bytes; <c>null</c> at the end of the stream.</summary>
    public byte[]? ReadLine(int max = 1 << 16)
    {
        List<byte>? longLine = null;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                if (longLine is { Count: > 0 })
                {
                    return [.. longLine];
                }

                return null;
            }

            var span = _buffer.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var take = newline >= 0 ? newline : span.Length;
            var part = span[..take];
            if ((longLine?.Count ?? 0) + part.Length > max)
            {
                throw new InvalidDataException($"line longer than {max} bytes");
            }

            if (newline >= 0 && longLine is null)
            {
                var line = TrimCr(part).ToArray();
                Consume(newline + 1);
                return line;
            }

            longLine ??= [];
            longLine.AddRange(part);
            Consume(take + (newline >= 0 ? 1 : 0));
            if (newline >= 0)
            {
                if (longLine.Count > 0 && longLine[^1] == (byte)'\r')
                {
                    longLine.RemoveAt(longLine.Count - 1);
                }

                return [.. longLine];
            }
        }
    }

    /// <summary>Reads exactly as many bytes as <paramref name="target"/> holds into it; returns how many were there.</summary>
    public int ReadExactly(Span<byte> target)
    {
        var done = 0;
        while (done < target.Length)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            var n = Math.Min(target.Length - done, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(target[done..]);
            Consume(n);
            done += n;
        }

        return done;
    }

    /// <summary>Skips <paramref name="count"/> bytes, streaming; returns how many were there.</summary>
    public long Skip(long count)
    {
        long done = 0;
        while (done < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }

            var n = (int)Math.Min(count - done, _end - _start);
            Consume(n);
            done += n;
        }

        return done;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    private void Consume(int n)
    {
        _start += n;
        Position += n;
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }

        _start = 0;
        _end = 0;
        var read = _stream.Read(_buffer, 0, _buffer.Length);
        if (read <= 0)
        {
            _eof = true;
            return false;
        }

        _end = read;
        return true;
    }
}
