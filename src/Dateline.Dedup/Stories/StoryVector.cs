using System.Buffers.Binary;

namespace Dateline.Dedup.Stories;

/// <summary>
/// A sparse unit vector over term keys (sorted ascending), the weighted content terms of an article or the
/// centroid of a story. <see cref="Similarity"/> is the story similarity the clusterer joins on and
/// <c>dateline eval stories</c> measures.
/// </summary>
public sealed class StoryVector
{
    private StoryVector(ulong[] terms, float[] weights)
    {
        Terms = terms;
        Weights = weights;
    }

    /// <summary>The empty vector (no content term): similar to nothing.</summary>
    public static StoryVector Empty { get; } = new([], []);

    /// <summary>Term keys, ascending.</summary>
    public ulong[] Terms { get; }

    /// <summary>Weights of <see cref="Terms"/>, unit length (or empty).</summary>
    public float[] Weights { get; }

    public int Count => Terms.Length;

    /// <summary>
    /// The story similarity of two vectors: the square root of their cosine, in [0, 1]. The square root
    /// straightens the cosine's bend (two reports of one event rarely pass a cosine of 0.5), so it tracks
    /// human judgements linearly (docs/stories.md).
    /// </summary>
    public static double Similarity(StoryVector a, StoryVector b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Math.Sqrt(Math.Clamp(Dot(a, b), 0, 1));
    }

    /// <summary>The dot product (the cosine, both being unit vectors).</summary>
    public static double Dot(StoryVector a, StoryVector b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double sum = 0;
        int i = 0, j = 0;
        while (i < a.Terms.Length && j < b.Terms.Length)
        {
            var x = a.Terms[i];
            var y = b.Terms[j];
            if (x == y)
            {
                sum += a.Weights[i++] * (double)b.Weights[j++];
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>The <paramref name="maxTerms"/> heaviest entries of <paramref name="weights"/> as a unit vector.</summary>
    public static StoryVector From(IEnumerable<KeyValuePair<ulong, double>> weights, int maxTerms)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var top = weights.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(maxTerms).OrderBy(p => p.Key).ToArray();
        var norm = Math.Sqrt(top.Sum(p => p.Value * p.Value));
        if (top.Length == 0 || norm <= 0)
        {
            return Empty;
        }

        return new StoryVector(top.Select(p => p.Key).ToArray(), top.Select(p => (float)(p.Value / norm)).ToArray());
    }

    /// <summary>The <paramref name="count"/> heaviest term keys.</summary>
    public IEnumerable<ulong> Top(int count) =>
        Enumerable.Range(0, Terms.Length).OrderByDescending(i => Weights[i]).ThenBy(i => Terms[i]).Take(count).Select(i => Terms[i]);

    /// <summary>12 bytes per term: key, then weight, little-endian.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Terms.Length * 12];
        for (var i = 0; i < Terms.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * 12), Terms[i]);
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 12 + 8), Weights[i]);
        }

        return bytes;
    }

    /// <summary>Reads <see cref="ToBytes"/>.</summary>
    /// <exception cref="InvalidDataException">The length is not a multiple of 12.</exception>
    public static StoryVector FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 12 != 0)
        {
            throw new InvalidDataException("a story vector has 12 bytes per term");
        }

        var count = bytes.Length / 12;
        var terms = new ulong[count];
        var weights = new float[count];
        for (var i = 0; i < count; i++)
        {
            terms[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * 12)..]);
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 12 + 8)..]);
        }

        return new StoryVector(terms, weights);
    }
}
