using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dateline.Dedup.Stories;

/// <summary>
/// Inverse document frequencies of content terms, learnt from a background news corpus
/// (<c>dateline train story-terms</c>, <c>models/story-terms-en.tsv.gz</c>): idf = ln((N + 1) / (df + 1)), so a
/// term the background never saw weighs most. The file is gzipped text: a first line <c>#documents N</c>, then
/// <c>stem TAB df</c> per line.
/// </summary>
public sealed class TermWeights
{
    /// <summary>The model's path relative to the application folder.</summary>
    public const string RelativePath = "models/story-terms-en.tsv.gz";

    /// <summary>The environment variable that names another model file.</summary>
    public const string EnvironmentVariable = "DATELINE_STORY_MODEL";

    private static readonly Lazy<TermWeights> Shipped = new(LoadShipped);
    private readonly Dictionary<ulong, float> _idf;
    private readonly float _unseen;

    private TermWeights(Dictionary<ulong, float> idf, long documents)
    {
        _idf = idf;
        Documents = documents;
        _unseen = documents > 0 ? (float)Math.Log(documents + 1.0) : 1f;
    }

    /// <summary>The number of background documents (0 for <see cref="Uniform"/>).</summary>
    public long Documents { get; }

    /// <summary>The number of terms with a weight.</summary>
    public int Count => _idf.Count;

    /// <summary>Every term weighs 1 (no background corpus).</summary>
    public static TermWeights Uniform { get; } = new([], 0);

    /// <summary>The shipped model (beside the application, or where <see cref="EnvironmentVariable"/> says); <see cref="Uniform"/> when it is missing.</summary>
    public static TermWeights Default => Shipped.Value;

    /// <summary>The weight of a term key.</summary>
    public float Idf(ulong term) => _idf.TryGetValue(term, out var idf) ? idf : _unseen;

    /// <summary>Reads a model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a term weight model (the message names the line).</exception>
    public static TermWeights Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("#documents\t", StringComparison.Ordinal)
            || !long.TryParse(header.AsSpan(11), NumberStyles.Integer, CultureInfo.InvariantCulture, out var documents) || documents <= 0)
        {
            throw new InvalidDataException($"{path}:1: not a story term model (expected '#documents<TAB>N')");
        }

        var idf = new Dictionary<ulong, float>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !long.TryParse(line.AsSpan(tab + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var df) || df < 0)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: expected 'term<TAB>count'"));
            }

            idf[StoryTerms.Key(line.AsSpan(0, tab))] = (float)Math.Log((documents + 1.0) / (df + 1.0));
        }

        return new TermWeights(idf, documents);
    }

    private static TermWeights LoadShipped()
    {
        var explicitPath = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = !string.IsNullOrEmpty(explicitPath) ? explicitPath : Path.Combine(AppContext.BaseDirectory, RelativePath);
        if (!File.Exists(path))
        {
            var beside = Path.GetDirectoryName(typeof(TermWeights).Assembly.Location);
            path = string.IsNullOrEmpty(beside) || !string.IsNullOrEmpty(explicitPath) ? path : Path.Combine(beside, RelativePath);
        }

        return File.Exists(path) ? Load(path) : Uniform;
    }
}
