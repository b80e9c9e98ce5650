using System.Buffers.Binary;
using System.IO.Compression;

namespace Dateline.Text.Quotes.Learning;

/// <summary>
/// A logistic-regression model over hashed features that says whether a word outside quotation marks heads an
/// attribution cue (a reporting verb the hand-written lexicon does not list: "conceded", "lamented", "came out
/// against"). Trained by <see cref="CueTrainer"/>; stored as a gzip file of half-precision weights.
/// </summary>
public sealed class CueModel
{
    private const uint Magic = 0x32455543; // "CUE2"

    private static readonly Lazy<CueModel?> ShippedModel = new(() => TryLoad(CueModelLocator.Find()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _weights;
    private readonly int _mask;

    internal CueModel(float[] weights, float threshold, CueClusters clusters)
    {
        if (weights.Length == 0 || (weights.Length & (weights.Length - 1)) != 0)
        {
            throw new ArgumentException("the weight count must be a power of two", nameof(weights));
        }

        _weights = weights;
        _mask = weights.Length - 1;
        Threshold = threshold;
        Clusters = clusters;
    }

    /// <summary>The word clusters the features use (empty when trained without).</summary>
    internal CueClusters Clusters { get; }

    /// <summary>The shipped model (<see cref="CueModelLocator"/>), or <c>null</c> when it is missing or unreadable (rules only).</summary>
    public static CueModel? Shipped => ShippedModel.Value;

    /// <summary>The probability from which a word counts as a cue.</summary>
    public float Threshold { get; }

    /// <summary>The number of hashed weights.</summary>
    public int Size => _weights.Length;

    /// <summary>The number of weights that are not zero.</summary>
    public int NonZero => _weights.Count(w => w != 0f);

    /// <summary>The same weights with another threshold.</summary>
    public CueModel WithThreshold(float threshold) => new(_weights, threshold, Clusters);

    /// <summary>The model at <paramref name="path"/>, or <c>null</c> when there is no path or the file cannot be read.</summary>
    public static CueModel? TryLoad(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            return Load(path);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads a model file; throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static CueModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        try
        {
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException($"{path}: not a cue model file");
            }

            var bits = reader.ReadInt32();
            if (bits is < 8 or > 26)
            {
                throw new InvalidDataException($"{path}: bad weight count 2^{bits}");
            }

            var threshold = reader.ReadSingle();
            var weights = new float[1 << bits];
            var buffer = reader.ReadBytes(weights.Length * 2);
            if (buffer.Length != weights.Length * 2)
            {
                throw new InvalidDataException($"{path}: truncated model file");
            }

            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = (float)BitConverter.UInt16BitsToHalf(BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(i * 2)));
            }

            return new CueModel(weights, threshold, CueClusters.ReadFrom(reader));
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"{path}: truncated model file", ex);
        }
    }

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(System.Numerics.BitOperations.Log2((uint)_weights.Length));
        writer.Write(Threshold);
        var buffer = new byte[_weights.Length * 2];
        for (var i = 0; i < _weights.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(i * 2), BitConverter.HalfToUInt16Bits((Half)_weights[i]));
        }

        writer.Write(buffer);
        Clusters.Write(writer);
    }

    /// <summary>The probability that word <paramref name="w"/> heads a cue.</summary>
    internal float Probability(CueContext context, int w)
    {
        Span<ulong> keys = stackalloc ulong[CueFeatures.MaxFeatures];
        var n = CueFeatures.Extract(context, w, keys);
        var sum = 0f;
        for (var i = 0; i < n; i++)
        {
            sum += _weights[(int)(keys[i] & (ulong)_mask)];
        }

        return 1f / (1f + MathF.Exp(-sum));
    }

    /// <summary>Index of a feature key in a table of <paramref name="size"/> (a power of two).</summary>
    internal static int IndexOf(ulong key, int size) => (int)(key & (ulong)(size - 1));
}
