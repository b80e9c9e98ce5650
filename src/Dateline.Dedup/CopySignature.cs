using System.Buffers.Binary;

namespace Dateline.Dedup;

/// <summary>
/// What copy detection keeps of an article: an exact hash of its normalised body, a one-permutation
/// MinHash of its word shingles, the hashes of its paragraphs (in order) and a hash of its headline.
/// </summary>
public sealed class CopySignature
{
    private const byte Version = 1;

    public CopySignature(ulong exactHash, uint[] minHash, int shingles, int words, ulong[] paragraphHashes, ulong titleHash)
    {
        ArgumentNullException.ThrowIfNull(minHash);
        ArgumentNullException.ThrowIfNull(paragraphHashes);
        ExactHash = exactHash;
        MinHash = minHash;
        Shingles = shingles;
        Words = words;
        ParagraphHashes = paragraphHashes;
        TitleHash = titleHash;
    }

    /// <summary>A hash of the normalised body words (boilerplate and dateline left out); 0 for an empty body.</summary>
    public ulong ExactHash { get; }

    /// <summary>One-permutation MinHash bins (densified), one per hash.</summary>
    public uint[] MinHash { get; }

    /// <summary>The number of word shingles of the body.</summary>
    public int Shingles { get; }

    /// <summary>The number of words of the body.</summary>
    public int Words { get; }

    /// <summary>Hashes of the body paragraphs long enough to count, in order.</summary>
    public ulong[] ParagraphHashes { get; }

    /// <summary>A hash of the normalised headline, or 0 when there is none.</summary>
    public ulong TitleHash { get; }

    public bool IsEmpty => Words == 0;

    /// <summary>A compact binary form (for a store).</summary>
    public byte[] ToBytes()
    {
        var size = 1 + 8 + 8 + 4 + 4 + 4 + (MinHash.Length * 4) + 4 + (ParagraphHashes.Length * 8);
        var bytes = new byte[size];
        var span = bytes.AsSpan();
        span[0] = Version;
        var at = 1;
        BinaryPrimitives.WriteUInt64LittleEndian(span[at..], ExactHash);
        at += 8;
        BinaryPrimitives.WriteUInt64LittleEndian(span[at..], TitleHash);
        at += 8;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], Shingles);
        at += 4;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], Words);
        at += 4;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], MinHash.Length);
        at += 4;
        foreach (var value in MinHash)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[at..], value);
            at += 4;
        }

        BinaryPrimitives.WriteInt32LittleEndian(span[at..], ParagraphHashes.Length);
        at += 4;
        foreach (var value in ParagraphHashes)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span[at..], value);
            at += 8;
        }

        return bytes;
    }

    /// <summary>Reads the form written by <see cref="ToBytes"/>.</summary>
    public static CopySignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 33 || bytes[0] != Version)
        {
            throw new FormatException("not a copy signature (wrong version or too short)");
        }

        var at = 1;
        var exact = BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);
        at += 8;
        var title = BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);
        at += 8;
        var shingles = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        at += 4;
        var words = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        at += 4;
        var hashCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        at += 4;
        if (hashCount < 0 || bytes.Length < at + (hashCount * 4) + 4)
        {
            throw new FormatException("copy signature is truncated");
        }

        var minHash = new uint[hashCount];
        for (var i = 0; i < hashCount; i++, at += 4)
        {
            minHash[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);
        }

        var paragraphCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]);
        at += 4;
        if (paragraphCount < 0 || bytes.Length < at + (paragraphCount * 8))
        {
            throw new FormatException("copy signature is truncated");
        }

        var paragraphs = new ulong[paragraphCount];
        for (var i = 0; i < paragraphCount; i++, at += 8)
        {
            paragraphs[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);
        }

        return new CopySignature(exact, minHash, shingles, words, paragraphs, title);
    }
}
