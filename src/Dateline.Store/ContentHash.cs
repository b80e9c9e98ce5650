using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dateline.Store;

/// <summary>The content hash that makes a document unique in a store: XxHash128 of its text (UTF-16 code units).</summary>
public readonly record struct ContentHash(UInt128 Value)
{
    public static ContentHash Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ContentHash(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.AsSpan())));
    }

    /// <summary>The 16 bytes stored in the database (big-endian).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, Value);
        return bytes;
    }

    public override string ToString() => Value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
