namespace Dateline.Dedup;

/// <summary>
/// Decides whether two signed articles are copies of one story: identical normalised bodies, or the
/// smaller contained in the larger (estimated from MinHash Jaccard and the shingle counts, or counted on
/// shared paragraphs), so a cut or an extended version of a story counts as a copy.
/// </summary>
public sealed class CopyComparer
{
    public CopyComparer(DedupOptions? options = null)
    {
        Options = options ?? DedupOptions.Default;
    }

    public DedupOptions Options { get; }

    public static CopyMatch Compare(CopySignature a, CopySignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.IsEmpty || b.IsEmpty)
        {
            return default;
        }

        var exact = a.ExactHash == b.ExactHash;
        var jaccard = 0.0;
        var containment = 0.0;
        if (a.MinHash.Length == b.MinHash.Length && a.Shingles > 0 && b.Shingles > 0)
        {
            var equal = 0;
            var left = a.MinHash.AsSpan();
            var right = b.MinHash.AsSpan();
            for (var i = 0; i < left.Length; i++)
            {
                if (left[i] == right[i])
                {
                    equal++;
                }
            }

            jaccard = (double)equal / left.Length;

            // |A ∩ B| = J (|A| + |B|) / (1 + J); containment is that over the smaller set.
            var intersection = jaccard * (a.Shingles + b.Shingles) / (1 + jaccard);
            containment = Math.Min(1.0, intersection / Math.Min(a.Shingles, b.Shingles));
        }

        var shared = SharedCount(a.ParagraphHashes, b.ParagraphHashes);
        var fewer = Math.Min(a.ParagraphHashes.Length, b.ParagraphHashes.Length);
        var paragraphContainment = fewer == 0 ? 0.0 : Math.Min(1.0, (double)shared / fewer);
        return new CopyMatch(exact, jaccard, containment, shared, paragraphContainment);
    }

    /// <summary>Whether a comparison makes the two articles copies of one story.</summary>
    public bool IsCopy(CopyMatch match, CopySignature a, CopySignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (match.Exact)
        {
            return true;
        }

        if (Math.Min(a.Shingles, b.Shingles) < Options.MinShingles)
        {
            // Too short for containment to mean anything: only near-identical texts are copies.
            return match.Jaccard >= 0.8;
        }

        return match.Containment >= Options.MinContainment
            || (match.SharedParagraphs >= 2 && match.ParagraphContainment >= Options.MinContainment);
    }

    private static int SharedCount(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        var shared = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var seenBefore = false;
            for (var j = 0; j < i; j++)
            {
                if (a[j] == a[i])
                {
                    seenBefore = true;
                    break;
                }
            }

            if (!seenBefore && b.Contains(a[i]))
            {
                shared++;
            }
        }

        return shared;
    }
}
