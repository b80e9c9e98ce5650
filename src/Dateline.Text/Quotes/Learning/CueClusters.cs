using System.Globalization;
using System.IO.Compression;
using Dateline.Text.Ner;

namespace Dateline.Text.Quotes.Learning;

/// <summary>
/// Word clusters for the cue features (packed ids at three granularities, 10 bits each, +1 so that 0 means none),
/// keyed by the lower-cased word hash. Read from the cluster file (<c>word TAB id1 TAB id2 TAB id3</c>) at training time
/// and stored inside the cue model, so that "decried" and "bemoaned" share what was learned for "lamented".
/// </summary>
internal sealed class CueClusters
{
    private readonly Dictionary<ulong, int> _packed;

    private CueClusters(Dictionary<ulong, int> packed) => _packed = packed;

    public static CueClusters Empty { get; } = new([]);

    public int Count => _packed.Count;

    /// <summary>The packed cluster ids of a word hash from <see cref="FeatureHash.OfLower"/>, or 0.</summary>
    public int Of(ulong lowerHash) => _packed.TryGetValue(lowerHash, out var packed) ? packed : 0;

    /// <summary>Reads a cluster file (gzip when it ends in .gz); the first line of a word wins over later spellings.</summary>
    public static CueClusters Read(string path)
    {
        var packed = new Dictionary<ulong, int>();
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            var parts = line.Split('\t');
            if (parts.Length < 4)
            {
                continue;
            }

            var value = 0;
            for (var g = 0; g < 3; g++)
            {
                if (!int.TryParse(parts[g + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    throw new InvalidDataException($"{path}:{number}: bad cluster id '{parts[g + 1]}'");
                }

                value |= ((id + 1) & 0x3FF) << (g * 10);
            }

            packed.TryAdd(FeatureHash.OfLower(parts[0]), value);
        }

        return new CueClusters(packed);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_packed.Count);
        foreach (var (key, value) in _packed.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static CueClusters ReadFrom(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > 10_000_000)
        {
            throw new InvalidDataException($"bad cluster count {count}");
        }

        var packed = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            packed[reader.ReadUInt64()] = reader.ReadInt32();
        }

        return new CueClusters(packed);
    }
}
