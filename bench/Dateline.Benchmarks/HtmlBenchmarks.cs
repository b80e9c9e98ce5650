using BenchmarkDotNet.Attributes;
using Dateline.Html;
using Dateline.Html.Evaluation;

namespace Dateline.Benchmarks;

/// <summary>
/// Parse + article extraction speed on real pages: the first 200 pages of trafilatura's evaluation set when
/// ../shared/data is there (else generated pages). Pages per second = 200 / mean time of one operation.
/// On a shared machine wall-clock time depends on the load, so each iteration's processor time on the
/// benchmark thread (Linux: /proc/thread-self/schedstat) is recorded too, and the median per page is printed
/// at the end. On slow machines run in process: <c>-- --filter '*HtmlBenchmarks*' --inProcess</c>.
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private const int PageCount = 200;
    private const string ThreadClock = "/proc/thread-self/schedstat";
    private readonly List<string> _pages = [];
    private readonly List<double> _extractCpu = [];
    private readonly List<double> _parseCpu = [];
    private long _iterationStart;

    [GlobalSetup]
    public void Setup()
    {
        var folder = FindShared("trafilatura-eval");
        if (folder is not null)
        {
            var files = Directory.EnumerateFiles(Path.Combine(folder, "eval"), "*.gz").Order(StringComparer.Ordinal).Take(PageCount);
            _pages.AddRange(files.Select(HtmlEvaluation.ReadPage));
        }

        for (var i = _pages.Count; i < PageCount; i++)
        {
            _pages.Add(GeneratedPage(i));
        }

        Console.WriteLine($"// {_pages.Count} pages, {_pages.Sum(p => (long)p.Length) / _pages.Count / 1024} KiB on average");
    }

    [IterationSetup]
    public void StartClock() => _iterationStart = ThreadNanoseconds();

    [IterationCleanup(Target = nameof(ParseAndExtract))]
    public void StopExtractClock() => Record(_extractCpu);

    [IterationCleanup(Target = nameof(ParseOnly))]
    public void StopParseClock() => Record(_parseCpu);

    [GlobalCleanup]
    public void Report()
    {
        foreach (var (name, list) in new[] { ("parse + extract", _extractCpu), ("parse only", _parseCpu) })
        {
            if (list.Count > 0)
            {
                list.Sort();
                var median = list[list.Count / 2];
                Console.WriteLine($"// {name}: processor time on the benchmark thread {median * 1000:F2} ms per page (median of {list.Count} iterations), {1 / median:F0} pages per processor second");
            }
        }
    }

    [Benchmark(Description = "parse + extract 200 pages")]
    public int ParseAndExtract()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            total += HtmlArticleExtractor.Default.Extract(page).Text.Length;
        }

        return total;
    }

    [Benchmark(Description = "parse only 200 pages")]
    public int ParseOnly()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            using var document = HtmlArticleExtractor.Parse(page);
            total += document.All.Length;
        }

        return total;
    }

    private void Record(List<double> list)
    {
        var elapsed = ThreadNanoseconds() - _iterationStart;
        if (_iterationStart > 0 && elapsed > 0)
        {
            list.Add(elapsed / 1e9 / _pages.Count);
        }
    }

    private static long ThreadNanoseconds()
    {
        if (!File.Exists(ThreadClock))
        {
            return 0;
        }

        var text = File.ReadAllText(ThreadClock);
        var end = text.IndexOf(' ', StringComparison.Ordinal);
        return long.TryParse(end < 0 ? text : text[..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    private static string GeneratedPage(int n)
    {
        var paragraphs = string.Concat(Enumerable.Range(0, 12).Select(i => $"<p>Paragraph {i} of story {n}, with some words, commas, and a <a href='/x'>link</a> in it for good measure.</p>"));
        return $"<html><head><title>Story {n}</title></head><body><nav><ul><li><a href='/'>Home</a></li></ul></nav><article><h1>Story {n}</h1>{paragraphs}</article><footer>Footer</footer></body></html>";
    }

    private static string? FindShared(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
