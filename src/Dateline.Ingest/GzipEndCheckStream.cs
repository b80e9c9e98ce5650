using System.Buffers.Binary;
using System.IO.Compression;

namespace Dateline.Ingest;

/// <summary>
/// Decompresses a gzip file and, at the end, checks the decompressed length against the size recorded in
/// the gzip trailer, so that a truncated file is reported as broken instead of silently ending early
/// (.NET's <see cref="GZipStream"/> returns end-of-stream on truncated input).
/// </summary>
internal sealed class GzipEndCheckStream : Stream
{
    private readonly FileStream _file;
    private readonly GZipStream _gzip;
    private long _total;
    private bool _checked;

    /// <param name="file">The gzip file, read again at the end for its trailer.</param>
    /// <param name="compressed">The stream of compressed bytes (the file itself, or a wrapper that counts them).</param>
    public GzipEndCheckStream(FileStream file, Stream compressed)
    {
        _file = file;
        _gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: false);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _total;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _gzip.Read(buffer);
        _total += read;
        if (read == 0 && buffer.Length > 0 && !_checked)
        {
            _checked = true;
            CheckTrailer();
        }

        return read;
    }

    private void CheckTrailer()
    {
        if (_file.Length < 18)
        {
            throw new InvalidDataException("the gzip file is truncated");
        }

        Span<byte> trailer = stackalloc byte[4];
        _file.Seek(-4, SeekOrigin.End);
        _file.ReadExactly(trailer);
        var recorded = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var total = (uint)(_total & 0xFFFFFFFF);
        if (recorded == total || (_total <= uint.MaxValue && recorded < total && HasSecondMember()))
        {
            // The trailer of a file of several gzip members records only the last member's size.
            return;
        }

        throw new InvalidDataException($"the gzip data ends early after {_total} decompressed bytes (truncated file?)");
    }

    /// <summary>Whether a gzip member header (1F 8B 08) starts anywhere after the first byte of the file.</summary>
    private bool HasSecondMember()
    {
        _file.Seek(1, SeekOrigin.Begin);
        var buffer = new byte[1 << 16];
        var carry = 0;
        int read;
        while ((read = _file.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var length = carry + read;
            if (buffer.AsSpan(0, length).IndexOf((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08]) >= 0)
            {
                return true;
            }

            carry = Math.Min(2, length);
            buffer.AsSpan(length - carry, carry).CopyTo(buffer);
        }

        return false;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
            _file.Dispose();
        }

        base.Dispose(disposing);
    }
}
