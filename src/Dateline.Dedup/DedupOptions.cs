namespace Dateline.Dedup;

/// <summary>
/// Parameters of copy detection. The defaults were chosen by measurement on the syndication dev set
/// (docs/dedup.md): word 5-shingles, 128 one-permutation MinHash bins, 32 bands of 4 rows.
/// </summary>
public sealed record DedupOptions
{
    public static DedupOptions Default { get; } = new();

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>MinHash bins (a power of two, 16..1024).</summary>
    public int Hashes { get; init; } = 128;

    /// <summary>LSH bands; <see cref="Hashes"/> must be a multiple of it (rows = hashes / bands).</summary>
    public int Bands { get; init; } = 32;

    /// <summary>Paragraphs with fewer words are left out of paragraph hashes (too generic to mean a copy).</summary>
    public int MinParagraphWords { get; init; } = 8;

    /// <summary>The most paragraph hashes an article puts into the candidate index.</summary>
    public int MaxIndexedParagraphs { get; init; } = 40;

    /// <summary>A pair is a copy when the smaller article is contained in the larger at least this much.</summary>
    public double MinContainment { get; init; } = 0.5;

    /// <summary>The fewest shingles the smaller article needs before containment alone can make a copy.</summary>
    public int MinShingles { get; init; } = 12;

    /// <summary>The most candidates verified per lookup (those sharing the most buckets first).</summary>
    public int MaxCandidates { get; init; } = 64;

    public int Rows => Hashes / Bands;

    /// <summary>Throws when the parameters are inconsistent.</summary>
    public void Validate()
    {
        if (ShingleSize is < 1 or > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(ShingleSize), ShingleSize, "shingle size must be 1..16");
        }

        if (Hashes is < 16 or > 1024 || (Hashes & (Hashes - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Hashes), Hashes, "hashes must be a power of two in 16..1024");
        }

        if (Bands < 1 || Hashes % Bands != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Bands), Bands, "bands must divide the number of hashes");
        }
    }
}
