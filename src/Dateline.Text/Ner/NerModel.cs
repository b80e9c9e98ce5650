using System.Text;

namespace Dateline.Text.Ner;

/// <summary>
/// A trained NER model: feature weights per BILOU tag (rows found by 64-bit feature keys), tag transition weights,
/// and the lexicon (clusters, gazetteer) its features were trained with. Immutable, so one instance serves all threads.
/// File format: "DLNER" magic, version, then the tables; weights are stored as 16-bit integers with one scale.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "DLNER";
    private const int Version = 1;

    private readonly HashIndex _index;

    public NerModel(ulong[] keys, float[] weights, float[] transitions, NerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (weights.Length != keys.Length * BilouTags.Count || transitions.Length != (BilouTags.Count + 1) * BilouTags.Count)
        {
            throw new ArgumentException("Weight tables do not match the number of features and tags.");
        }

        Keys = keys;
        Weights = weights;
        Transitions = transitions;
        Lexicon = lexicon;
        _index = new HashIndex(keys);
    }

    public NerLexicon Lexicon { get; }

    public int FeatureCount => Keys.Length;

    internal ulong[] Keys { get; }

    internal float[] Weights { get; }

    internal float[] Transitions { get; }

    /// <summary>Adds the weights of the features <paramref name="keys"/> to <paramref name="scores"/> (one per tag).</summary>
    internal void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        const int T = BilouTags.Count;
        var weights = Weights.AsSpan();
        foreach (var key in keys)
        {
            var row = _index.Find(key);
            if (row < 0)
            {
                continue;
            }

            var w = weights.Slice(row * T, T);
            for (var t = 0; t < T; t++)
            {
                scores[t] += w[t];
            }
        }
    }

    public static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static NerModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a Dateline NER model (bad magic).");
        }

        var version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"Unsupported NER model version {version} (expected {Version}).");
        }

        var tags = reader.ReadInt32();
        if (tags != BilouTags.Count)
        {
            throw new InvalidDataException($"NER model has {tags} tags, expected {BilouTags.Count}.");
        }

        var transitions = ReadFloats(reader);
        var keys = ReadULongs(reader);
        var scale = reader.ReadSingle();
        var quantised = ReadShorts(reader);
        if (quantised.Length != keys.Length * tags)
        {
            throw new InvalidDataException("NER model weight table is truncated.");
        }

        var weights = new float[quantised.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = quantised[i] * scale;
        }

        var clusterKeys = ReadULongs(reader);
        var clusterValues = ReadInts(reader);
        var gazetteerKeys = ReadULongs(reader);
        var gazetteerValues = ReadShorts(reader);
        var maxLength = reader.ReadInt32();
        var lexicon = new NerLexicon(clusterKeys, clusterValues, gazetteerKeys, Array.ConvertAll(gazetteerValues, v => (ushort)v), maxLength);
        return new NerModel(keys, weights, transitions, lexicon);
    }

    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = File.Create(path);
        Save(stream);
    }

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(BilouTags.Count);
        WriteFloats(writer, Transitions);
        WriteULongs(writer, Keys);
        var max = 0f;
        foreach (var w in Weights)
        {
            max = Math.Max(max, Math.Abs(w));
        }

        var scale = max > 0 ? max / short.MaxValue : 1f;
        writer.Write(scale);
        writer.Write(Weights.Length);
        foreach (var w in Weights)
        {
            writer.Write((short)Math.Clamp(MathF.Round(w / scale), short.MinValue, short.MaxValue));
        }

        WriteULongs(writer, Lexicon.ClusterKeys);
        writer.Write(Lexicon.ClusterValues.Length);
        foreach (var v in Lexicon.ClusterValues)
        {
            writer.Write(v);
        }

        WriteULongs(writer, Lexicon.GazetteerKeys);
        writer.Write(Lexicon.GazetteerValues.Length);
        foreach (var v in Lexicon.GazetteerValues)
        {
            writer.Write((short)v);
        }

        writer.Write(Lexicon.MaxGazetteerLength);
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static void WriteULongs(BinaryWriter writer, ulong[] values)
    {
        writer.Write(values.Length);
        foreach (var v in values)
        {
            writer.Write(v);
        }
    }

    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > 200_000_000)
        {
            throw new InvalidDataException($"NER model has a bad table size {count}.");
        }

        return count;
    }

    private static float[] ReadFloats(BinaryReader reader)
    {
        var values = new float[ReadCount(reader)];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static ulong[] ReadULongs(BinaryReader reader)
    {
        var values = new ulong[ReadCount(reader)];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static int[] ReadInts(BinaryReader reader)
    {
        var values = new int[ReadCount(reader)];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private static short[] ReadShorts(BinaryReader reader)
    {
        var values = new short[ReadCount(reader)];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
