using System.Buffers;
using System.Text;

namespace Dateline.Ingest;

/// <summary>
/// Reads a byte stream line by line, decoding strict UTF-8. Each line keeps its terminator
/// (<c>\n</c> or <c>\r\n</c>), so concatenated lines reproduce the text exactly. Invalid UTF-8 and
/// broken streams are reported with the line number and byte offset instead of throwing.
/// </summary>
public sealed class Utf8LineReader : IDisposable
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private long _consumed;

    public Utf8LineReader(Stream stream, int maxLineBytes = 64 * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    }

    /// <summary>One-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Byte offset where the line last returned starts.</summary>
    public long LineByteOffset { get; private set; }

    /// <summary>Reads the next line. On <see cref="LineStatus.BadLine"/> and <see cref="LineStatus.Broken"/>, <paramref name="error"/> says why.</summary>
    public LineStatus Read(out string line, out string? error)
    {
        line = string.Empty;
        error = null;
        var skipping = false;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline < 0 && !_eof)
            {
                if (_end - _start >= _maxLineBytes)
                {
                    // Drop what we have of an oversized line and keep scanning for its end.
                    skipping = true;
                    _consumed += _end - _start;
                    _start = _end;
                }

                try
                {
                    Fill();
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException)
                {
                    LineNumber++;
                    LineByteOffset = _consumed;
                    error = $"the stream is broken after byte {_consumed + (_end - _start)} ({ex.Message.TrimEnd('.')})";
                    _eof = true;
                    _start = _end;
                    return LineStatus.Broken;
                }

                continue;
            }

            var lineEnd = newline < 0 ? _end : newline + 1;
            if (lineEnd == _start)
            {
                return LineStatus.End;
            }

            LineNumber++;
            LineByteOffset = _consumed;
            var bytes = _buffer.AsSpan(_start, lineEnd - _start);
            _consumed += bytes.Length;
            _start = lineEnd;
            if (skipping)
            {
                error = $"line longer than {_maxLineBytes} bytes, skipped";
                return LineStatus.BadLine;
            }

            if (LineNumber == 1 && bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            try
            {
                line = Strict.GetString(bytes);
                return LineStatus.Line;
            }
            catch (DecoderFallbackException ex)
            {
                var at = ex.Index >= 0 ? LineByteOffset + ex.Index : LineByteOffset;
                error = $"invalid UTF-8 at byte {at}";
                return LineStatus.BadLine;
            }
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _stream.Dispose();
    }
}
