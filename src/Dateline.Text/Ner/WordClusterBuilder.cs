using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.InteropServices;
using Dateline.Core.Annotations;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Ner;

/// <summary>
/// Learns word clusters from unlabelled text, cheaply: each frequent word is described by its left and right
/// neighbours among the most frequent words (positive PMI), the vectors are reduced by a fixed random projection,
/// and k-means groups them at three granularities. Deterministic for a given input order and seed.
/// </summary>
public sealed class WordClusterBuilder
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _words = [];
    private readonly List<int> _frequency = [];
    private readonly List<int> _sequence = [];

    public WordClusterBuilder()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public long TokenCount { get; private set; }

    /// <summary>Words kept (most frequent first).</summary>
    public int VocabularySize { get; init; } = 60_000;

    public int MinCount { get; init; } = 5;

    public int ContextWords { get; init; } = 600;

    public int Dimensions { get; init; } = 128;

    public int[] ClusterCounts { get; init; } = [64, 256, 1000];

    public int Iterations { get; init; } = 12;

    public int Seed { get; init; } = 1996;

    /// <summary>Adds one text (tokenized with the news tokenizer; words only).</summary>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = NewsTokenizer.Tokenize(text);
        foreach (var token in tokens)
        {
            var word = token.Span.Slice(text);
            if (token.Kind is TokenKind.Url or TokenKind.Email || word.Length > 40)
            {
                _sequence.Add(-1);
                continue;
            }

            if (!_lookup.TryGetValue(word, out var id))
            {
                id = _words.Count;
                var s = word.ToString();
                _lookup[word] = id;
                _words.Add(s);
                _frequency.Add(0);
            }

            _frequency[id]++;
            _sequence.Add(id);
            TokenCount++;
        }

        _sequence.Add(-1);
    }

    /// <summary>Computes the clusters and writes <c>word TAB id1 TAB id2 TAB id3</c> lines (gzip when the path ends in .gz).</summary>
    public void Write(string path, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var clusters = Compute(log, out var vocabulary);
        Stream stream = File.Create(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionLevel.SmallestSize);
        }

        using var writer = new StreamWriter(stream) { NewLine = "\n" };
        for (var v = 0; v < vocabulary.Length; v++)
        {
            writer.Write(_words[vocabulary[v]]);
            foreach (var assignment in clusters)
            {
                writer.Write('\t');
                writer.Write(assignment[v].ToString(CultureInfo.InvariantCulture));
            }

            writer.Write('\n');
        }
    }

    private List<int[]> Compute(Action<string>? log, out int[] vocabulary)
    {
        var byFrequency = Enumerable.Range(0, _words.Count).OrderByDescending(i => _frequency[i]).ThenBy(i => _words[i], StringComparer.Ordinal).ToArray();
        vocabulary = byFrequency.Where(i => _frequency[i] >= MinCount).Take(VocabularySize).ToArray();
        var rowOf = new int[_words.Count];
        Array.Fill(rowOf, -1);
        for (var v = 0; v < vocabulary.Length; v++)
        {
            rowOf[vocabulary[v]] = v;
        }

        var contextOf = new int[_words.Count];
        Array.Fill(contextOf, -1);
        var contexts = Math.Min(ContextWords, byFrequency.Length);
        for (var c = 0; c < contexts; c++)
        {
            contextOf[byFrequency[c]] = c;
        }

        // Left and right neighbour counts.
        var width = 2 * contexts;
        var counts = new float[vocabulary.Length * width];
        var sequence = CollectionsMarshal.AsSpan(_sequence);
        for (var k = 0; k < sequence.Length; k++)
        {
            var w = sequence[k];
            if (w < 0 || rowOf[w] < 0)
            {
                continue;
            }

            var row = rowOf[w] * width;
            if (k > 0 && sequence[k - 1] >= 0 && contextOf[sequence[k - 1]] >= 0)
            {
                counts[row + contextOf[sequence[k - 1]]]++;
            }

            if (k + 1 < sequence.Length && sequence[k + 1] >= 0 && contextOf[sequence[k + 1]] >= 0)
            {
                counts[row + contexts + contextOf[sequence[k + 1]]]++;
            }
        }

        log?.Invoke($"{TokenCount:N0} tokens, {_words.Count:N0} distinct words, {vocabulary.Length:N0} clustered");

        // Positive PMI, then a fixed random projection to a few dimensions, then unit length.
        var columnTotals = new double[width];
        var rowTotals = new double[vocabulary.Length];
        double total = 0;
        for (var v = 0; v < vocabulary.Length; v++)
        {
            for (var c = 0; c < width; c++)
            {
                var x = counts[(v * width) + c];
                columnTotals[c] += x;
                rowTotals[v] += x;
                total += x;
            }
        }

        var random = new Random(Seed);
        var projection = new float[width * Dimensions];
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = random.Next(2) == 0 ? -1f : 1f;
        }

        var dims = Dimensions;
        var vectors = new float[vocabulary.Length * dims];
        for (var v = 0; v < vocabulary.Length; v++)
        {
            var target = vectors.AsSpan(v * dims, dims);
            for (var c = 0; c < width; c++)
            {
                var x = counts[(v * width) + c];
                if (x <= 0 || rowTotals[v] <= 0)
                {
                    continue;
                }

                var pmi = (float)Math.Log(x * total / (rowTotals[v] * columnTotals[c]));
                if (pmi <= 0)
                {
                    continue;
                }

                var p = projection.AsSpan(c * dims, dims);
                for (var d = 0; d < dims; d++)
                {
                    target[d] += pmi * p[d];
                }
            }

            Normalize(target);
        }

        var result = new List<int[]>();
        foreach (var k in ClusterCounts)
        {
            result.Add(KMeans(vectors, vocabulary.Length, dims, Math.Min(k, vocabulary.Length), random, log));
        }

        return result;
    }

    private int[] KMeans(float[] vectors, int count, int dims, int k, Random random, Action<string>? log)
    {
        var centroids = new float[k * dims];
        var chosen = new HashSet<int>();
        for (var c = 0; c < k; c++)
        {
            int pick;
            do
            {
                pick = random.Next(count);
            }
            while (!chosen.Add(pick));
            vectors.AsSpan(pick * dims, dims).CopyTo(centroids.AsSpan(c * dims, dims));
        }

        var assignment = new int[count];
        var sizes = new int[k];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var changed = 0;
            for (var v = 0; v < count; v++)
            {
                var x = vectors.AsSpan(v * dims, dims);
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var score = Dot(x, centroids.AsSpan(c * dims, dims));
                    if (score > bestScore)
                    {
                        bestScore = score;
                        best = c;
                    }
                }

                if (assignment[v] != best || iteration == 0)
                {
                    changed++;
                }

                assignment[v] = best;
            }

            Array.Clear(centroids);
            Array.Clear(sizes);
            for (var v = 0; v < count; v++)
            {
                var target = centroids.AsSpan(assignment[v] * dims, dims);
                var x = vectors.AsSpan(v * dims, dims);
                for (var d = 0; d < dims; d++)
                {
                    target[d] += x[d];
                }

                sizes[assignment[v]]++;
            }

            for (var c = 0; c < k; c++)
            {
                var centroid = centroids.AsSpan(c * dims, dims);
                if (sizes[c] == 0)
                {
                    vectors.AsSpan(random.Next(count) * dims, dims).CopyTo(centroid);
                }

                Normalize(centroid);
            }

            log?.Invoke($"k-means k={k} iteration {iteration + 1}: {changed:N0} words moved");
            if (changed == 0)
            {
                break;
            }
        }

        return assignment;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var result = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }

    private static void Normalize(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm <= 0)
        {
            return;
        }

        foreach (ref var x in vector)
        {
            x /= norm;
        }
    }
}
