using System.Globalization;
using System.IO.Compression;

namespace Dateline.Text.Ner;

/// <summary>
/// Word clusters and gazetteers used by the NER features, keyed by 64-bit hashes so lookups never build strings.
/// Clusters: exact word form -> packed ids at three granularities. Gazetteer: lower-cased token sequence -> category bits.
/// </summary>
public sealed class NerLexicon
{
    /// <summary>Gazetteer categories (bit numbers).</summary>
    public static readonly string[] Categories = ["LOC", "FIRST", "ORG", "MISC", "PER", "LAST"];

    private readonly HashIndex _clusterIndex;
    private readonly HashIndex _gazetteerIndex;

    public NerLexicon(ulong[] clusterKeys, int[] clusterValues, ulong[] gazetteerKeys, ushort[] gazetteerValues, int maxGazetteerLength)
    {
        ClusterKeys = clusterKeys;
        ClusterValues = clusterValues;
        GazetteerKeys = gazetteerKeys;
        GazetteerValues = gazetteerValues;
        MaxGazetteerLength = maxGazetteerLength;
        _clusterIndex = new HashIndex(clusterKeys);
        _gazetteerIndex = new HashIndex(gazetteerKeys);
    }

    public static NerLexicon Empty { get; } = new([], [], [], [], 0);

    internal ulong[] ClusterKeys { get; }

    internal int[] ClusterValues { get; }

    internal ulong[] GazetteerKeys { get; }

    internal ushort[] GazetteerValues { get; }

    public int MaxGazetteerLength { get; }

    public int ClusterCount => ClusterKeys.Length;

    public int GazetteerCount => GazetteerKeys.Length;

    /// <summary>Packed cluster ids (three 10-bit fields, +1 so that 0 means none) of a word hash, or 0.</summary>
    internal int Cluster(ulong exactHash)
    {
        var row = _clusterIndex.Find(exactHash | 1UL);
        return row < 0 ? 0 : ClusterValues[row];
    }

    internal ushort Gazetteer(ulong sequenceHash)
    {
        var row = _gazetteerIndex.Find(sequenceHash | 1UL);
        return row < 0 ? (ushort)0 : GazetteerValues[row];
    }

    /// <summary>The hash of a lower-cased token sequence, extended by one token.</summary>
    internal static ulong ExtendSequence(ulong sequence, ulong lowerTokenHash) => FeatureHash.Combine(sequence, lowerTokenHash);

    internal const ulong SequenceSeed = 0x51ED270B27F4A3C1UL;

    /// <summary>
    /// Builds a lexicon from a cluster file (<c>word TAB id1 TAB id2 TAB id3</c>, optionally .gz) and a gazetteer file
    /// (<c>CATEGORY TAB name</c>); either path may be null. Names are tokenized with the news tokenizer.
    /// </summary>
    public static NerLexicon Build(string? clusterPath, string? gazetteerPath)
    {
        var clusters = new Dictionary<ulong, int>();
        if (clusterPath is not null)
        {
            using var reader = OpenText(clusterPath);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var parts = line.Split('\t');
                if (parts.Length < 4)
                {
                    continue;
                }

                var packed = 0;
                for (var g = 0; g < 3; g++)
                {
                    var id = int.Parse(parts[g + 1], CultureInfo.InvariantCulture) + 1;
                    packed |= (id & 0x3FF) << (g * 10);
                }

                clusters[FeatureHash.Of(parts[0]) | 1UL] = packed;
            }
        }

        var gazetteer = new Dictionary<ulong, ushort>();
        var maxLength = 0;
        if (gazetteerPath is not null)
        {
            using var reader = OpenText(gazetteerPath);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var category = Array.IndexOf(Categories, line[..tab]);
                if (category < 0)
                {
                    continue;
                }

                var name = line[(tab + 1)..].Trim();
                var tokens = Tokenization.NewsTokenizer.Tokenize(name);
                if (tokens.Length is 0 or > 6)
                {
                    continue;
                }

                var hash = SequenceSeed;
                foreach (var token in tokens)
                {
                    hash = ExtendSequence(hash, FeatureHash.OfLower(token.Span.Slice(name)));
                }

                hash |= 1UL;
                gazetteer[hash] = (ushort)((gazetteer.TryGetValue(hash, out var bits) ? bits : 0) | (1 << category));
                maxLength = Math.Max(maxLength, tokens.Length);
            }
        }

        return new NerLexicon([.. clusters.Keys], [.. clusters.Values], [.. gazetteer.Keys], [.. gazetteer.Values], maxLength);
    }

    private static StreamReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream);
    }
}
