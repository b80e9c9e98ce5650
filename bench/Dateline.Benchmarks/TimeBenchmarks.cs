using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Dateline.Text.Times;
using Dateline.Text.Times.Evaluation;

namespace Dateline.Benchmarks;

/// <summary>
/// The time stage alone over real news: Reuters-21578 bodies with their dates (../shared/data/reuters-21578), else the
/// TempEval-3 training texts, else the sample article. One operation is one article: read the result as articles/s.
/// <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*TimeBenchmarks*'</c>
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public partial class TimeBenchmarks
{
    private const int MaxArticles = 2000;
    private (string Text, DateOnly? Date)[] _articles = [];

    [Params("auto")]
    public string Corpus { get; set; } = "auto";

    [GlobalSetup]
    public void Setup()
    {
        _articles = LoadReuters() ?? LoadTempEval() ?? LoadSample();
        Console.WriteLine($"// time corpus: {_articles.Length} articles, {_articles.Sum(a => a.Text.Length) / Math.Max(1, _articles.Length)} chars each on average");
    }

    [Benchmark(OperationsPerInvoke = MaxArticles)]
    public int FindTimes()
    {
        var found = 0;
        for (var i = 0; i < MaxArticles; i++)
        {
            var (text, date) = _articles[i % _articles.Length];
            found += TimeStage.Find(text, date).Length;
        }

        return found;
    }

    private static string? Shared(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dateline.slnx")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            return null;
        }

        var path = Path.Combine([directory.FullName, "..", "shared", "data", .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
    }

    private static (string, DateOnly?)[]? LoadReuters()
    {
        var folder = Shared("reuters-21578");
        if (folder is null)
        {
            return null;
        }

        var articles = new List<(string, DateOnly?)>();
        foreach (var file in Directory.GetFiles(folder, "reut2-*.sgm.gz").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            var sgml = reader.ReadToEnd();
            foreach (Match story in StoryPattern().Matches(sgml))
            {
                DateOnly? date = DateTime.TryParseExact(story.Groups[1].Value.Trim()[..11], "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? DateOnly.FromDateTime(d)
                    : null;
                var body = story.Groups[2].Value.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
                articles.Add((body, date));
                if (articles.Count == MaxArticles)
                {
                    return [.. articles];
                }
            }
        }

        return articles.Count > 0 ? [.. articles] : null;
    }

    private static (string, DateOnly?)[]? LoadTempEval()
    {
        var folder = Shared("tempeval3", "Training");
        if (folder is null)
        {
            return null;
        }

        return [.. Directory.GetFiles(folder, "*.tml", SearchOption.AllDirectories).Select(TimeMlReader.Read).Select(d => (d.Text, d.CreationDate))];
    }

    private static (string, DateOnly?)[] LoadSample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dateline.slnx")))
        {
            directory = directory.Parent;
        }

        var text = File.ReadAllText(Path.Combine(directory!.FullName, "samples", "aclu-nm-sessions-2017-08-03.txt"));
        return [(text, new DateOnly(2017, 8, 3))];
    }

    [GeneratedRegex("<DATE>([^<]*)</DATE>.*?<BODY>(.*?)</BODY>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex StoryPattern();
}
