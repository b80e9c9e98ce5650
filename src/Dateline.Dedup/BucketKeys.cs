using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dateline.Dedup;

/// <summary>
/// The candidate buckets of a signature: one LSH band key per band (XxHash3 of the band's rows, seeded by
/// the band number) and one key per paragraph hash, tagged so the two kinds never collide.
/// </summary>
public static class BucketKeys
{
    private const ulong ParagraphTag = 0xA0761D6478BD642FUL;
    private const long BandSeed = 0x1B873593;

    /// <summary>The number of keys <see cref="Write"/> writes at most.</summary>
    public static int MaxCount(DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Bands + options.MaxIndexedParagraphs;
    }

    /// <summary>Writes the bucket keys of <paramref name="signature"/> into <paramref name="destination"/> and returns how many.</summary>
    public static int Write(CopySignature signature, DedupOptions options, Span<ulong> destination)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(options);
        var count = 0;
        if (signature.Shingles > 0 && signature.MinHash.Length == options.Hashes)
        {
            var rows = options.Rows;
            var minHash = signature.MinHash.AsSpan();
            for (var band = 0; band < options.Bands; band++)
            {
                var bytes = MemoryMarshal.AsBytes(minHash.Slice(band * rows, rows));
                destination[count++] = XxHash3.HashToUInt64(bytes, BandSeed + band);
            }
        }

        var paragraphs = Math.Min(signature.ParagraphHashes.Length, options.MaxIndexedParagraphs);
        for (var i = 0; i < paragraphs; i++)
        {
            destination[count++] = HashMix.Finish(signature.ParagraphHashes[i] ^ ParagraphTag);
        }

        return count;
    }
}
