using BenchmarkDotNet.Attributes;
using Dateline.Html;
using Dateline.Html.Evaluation;

namespace Dateline.Benchmarks;

/// <summary>
/// Parse + article extraction speed on real pages: the first 200 pages of trafilatura's evaluation set when
/// ../shared/data is there (else generated pages). Pages per second = 200 / mean time of one operation.
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private const int PageCount = 200;
    private readonly List<string> _pages = [];

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
