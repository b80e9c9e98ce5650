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
    public static readonly string[] Categories = ["LOC", "FIRST", "ORG", "MISC", "PER", "LAST", "TRAIN-PER", "TRAIN-ORG", "TRAIN-LOC", "TRAIN-MISC"];

    /// <summary>Category number of names taken from labelled training data (plus the label number).</summary>
    public const int TrainingCategory = 6;

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

    /// <summary>Whether the single word is in the gazetteer's first names.</summary>
    internal bool IsFirstName(ReadOnlySpan<char> word) =>
        (Gazetteer(ExtendSequence(SequenceSeed, FeatureHash.OfLower(word))) & (1 << Array.IndexOf(Categories, "FIRST"))) != 0;

    /// <summary>The hash of a lower-cased token sequence, extended by one token.</summary>
    internal static ulong ExtendSequence(ulong sequence, ulong lowerTokenHash) => FeatureHash.Combine(sequence, lowerTokenHash);

    internal const ulong SequenceSeed = 0x51ED270B27F4A3C1UL;

    /// <summary>Gazetteer value bit: some longer entry starts with this sequence.</summary>
    internal const ushort PrefixBit = 0x8000;

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

                var words = new string[tokens.Length];
                for (var k = 0; k < tokens.Length; k++)
                {
                    words[k] = tokens[k].Span.GetText(name);
                }

                AddName(gazetteer, words, category);
                maxLength = Math.Max(maxLength, tokens.Length);
            }
        }

        return new NerLexicon([.. clusters.Keys], [.. clusters.Values], [.. gazetteer.Keys], [.. gazetteer.Values], maxLength);
    }

    /// <summary>
    /// A copy of this lexicon with names from labelled training data added under the TRAIN-* categories
    /// (names longer than six tokens are left out).
    /// </summary>
    public NerLexicon WithNames(IEnumerable<(IReadOnlyList<string> Tokens, Dateline.Core.Annotations.EntityLabel Label)> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var gazetteer = new Dictionary<ulong, ushort>(GazetteerKeys.Length);
        for (var i = 0; i < GazetteerKeys.Length; i++)
        {
            gazetteer[GazetteerKeys[i]] = GazetteerValues[i];
        }

        var maxLength = MaxGazetteerLength;
        foreach (var (tokens, label) in names)
        {
            if (tokens.Count is 0 or > 6)
            {
                continue;
            }

            AddName(gazetteer, tokens, TrainingCategory + (int)label);
            maxLength = Math.Max(maxLength, tokens.Count);
        }

        return new NerLexicon(ClusterKeys, ClusterValues, [.. gazetteer.Keys], [.. gazetteer.Values], maxLength);
    }

    private static void AddName(Dictionary<ulong, ushort> gazetteer, IReadOnlyList<string> tokens, int category)
    {
        var hash = SequenceSeed;
        for (var k = 0; k < tokens.Count; k++)
        {
            hash = ExtendSequence(hash, FeatureHash.OfLower(tokens[k]));
            if (k + 1 < tokens.Count)
            {
                // Mark proper prefixes, so matching stops as soon as no entry can continue.
                var prefix = hash | 1UL;
                gazetteer[prefix] = (ushort)((gazetteer.TryGetValue(prefix, out var old) ? old : 0) | PrefixBit);
            }
        }

        hash |= 1UL;
        gazetteer[hash] = (ushort)((gazetteer.TryGetValue(hash, out var bits) ? bits : 0) | (1 << category));
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
