using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dateline.Dedup.Stories;

/// <summary>Counts in how many background documents each content term occurs and writes the <see cref="TermWeights"/> model.</summary>
public sealed class TermWeightsBuilder
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Documents added so far.</summary>
    public long Documents { get; private set; }

    /// <summary>Adds one background document.</summary>
    public void Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _seen.Clear();
        foreach (var stem in StoryTerms.Stems(text))
        {
            if (_seen.Add(stem))
            {
                _documentFrequency[stem] = _documentFrequency.GetValueOrDefault(stem) + 1;
            }
        }

        Documents++;
    }

    /// <summary>Writes the model, keeping terms seen in at least <paramref name="minimumDocuments"/> documents (rarer ones weigh as unseen).</summary>
    /// <returns>The number of terms written.</returns>
    public int Write(string path, int minimumDocuments)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"#documents\t{Documents}\n"));
        var written = 0;
        foreach (var (stem, df) in _documentFrequency.Where(p => p.Value >= minimumDocuments).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{stem}\t{df}\n"));
            written++;
        }

        return written;
    }
}
