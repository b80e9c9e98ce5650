using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace Dateline.Html.Evaluation;

/// <summary>
/// Scores an extractor on a gold folder, detecting its layout: the Zyte article extraction benchmark
/// (<c>html/NAME.html.gz</c> and <c>ground-truth.json</c>) or trafilatura's evaluation set
/// (<c>evaldata.json</c> with <c>eval/</c> and <c>cache/</c> pages).
/// </summary>
public static class HtmlEvaluation
{
    public const string Zyte = "zyte";
    public const string Trafilatura = "trafilatura";

    /// <summary>The layout of a gold folder, or <c>null</c> when it is neither.</summary>
    public static string? DetectLayout(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (File.Exists(Path.Combine(directory, "ground-truth.json")) && Directory.Exists(Path.Combine(directory, "html")))
        {
            return Zyte;
        }

        return File.Exists(Path.Combine(directory, "evaldata.json")) ? Trafilatura : null;
    }

    public static EvaluationReport Run(string directory, IArticleTextExtractor extractor, int limit = 0, string? dump = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return DetectLayout(directory) switch
        {
            Zyte => RunZyte(directory, extractor, limit, dump, cancellationToken),
            Trafilatura => RunTrafilatura(directory, extractor, limit, dump, cancellationToken),
            _ => throw new InvalidDataException($"{directory}: not a gold folder (expected ground-truth.json with html/, or evaldata.json)"),
        };
    }

    /// <summary>Reads a page file (gzip or plain) and decodes it.</summary>
    public static string ReadPage(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        using var memory = new MemoryStream();
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            gzip.CopyTo(memory);
        }
        else
        {
            file.CopyTo(memory);
        }

        return HtmlDecoding.Decode(memory.GetBuffer().AsSpan(0, (int)memory.Length));
    }

    private static EvaluationReport RunZyte(string directory, IArticleTextExtractor extractor, int limit, string? dump, CancellationToken cancellationToken)
    {
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "ground-truth.json")));
        var counts = new List<(string Name, double Tp, double Fp, double Fn)>();
        var failures = 0;
        var watch = Stopwatch.StartNew();
        var timer = new ExtractionTimer();
        foreach (var entry in gold.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (limit > 0 && counts.Count >= limit)
            {
                break;
            }

            var truth = entry.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString()! : string.Empty;
            var url = entry.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            var predicted = string.Empty;
            var path = Path.Combine(directory, "html", entry.Name + ".html.gz");
            if (!File.Exists(path))
            {
                path = Path.Combine(directory, "html", entry.Name + ".html");
            }

            try
            {
                var page = ReadPage(path);
                predicted = timer.Time(() => extractor.Extract(page, url)).Text;
                Dump(dump, entry.Name, predicted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
            }

            var (tp, fp, fn) = ShingleScorer.Match(truth, predicted);
            counts.Add((entry.Name, tp, fp, fn));
        }

        var precisions = counts.Where(c => c.Tp + c.Fp > 0).Select(c => ShingleScorer.Precision(c.Tp, c.Fp, c.Fn)).ToList();
        var recalls = counts.Where(c => c.Tp + c.Fn > 0).Select(c => ShingleScorer.Recall(c.Tp, c.Fp, c.Fn)).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var pageF1 = counts.Select(c => (c.Name, F1: F1(ShingleScorer.Precision(c.Tp, c.Fp, c.Fn), ShingleScorer.Recall(c.Tp, c.Fp, c.Fn)))).ToList();
        return new EvaluationReport
        {
            Layout = Zyte,
            Extractor = extractor.Name,
            Pages = counts.Count,
            Precision = precision,
            Recall = recall,
            F1 = F1(precision, recall),
            Share90 = pageF1.Count == 0 ? 0 : pageF1.Count(p => p.F1 >= 0.9) / (double)pageF1.Count,
            Failures = failures,
            Seconds = watch.Elapsed.TotalSeconds,
            ExtractSeconds = timer.Wall.TotalSeconds,
            ExtractCpuSeconds = timer.Cpu.TotalSeconds,
            Worst = [.. pageF1.OrderBy(p => p.F1).Take(20)],
        };
    }

    private static EvaluationReport RunTrafilatura(string directory, IArticleTextExtractor extractor, int limit, string? dump, CancellationToken cancellationToken)
    {
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "evaldata.json")));
        long tp = 0, fp = 0, fn = 0;
        int pages = 0, failures = 0, good = 0;
        int titles = 0, titlesRight = 0, authors = 0, authorsRight = 0, dates = 0, datesRight = 0;
        var pageF1 = new List<(string, double)>();
        var watch = Stopwatch.StartNew();
        var timer = new ExtractionTimer();
        foreach (var entry in gold.RootElement.EnumerateObject())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (limit > 0 && pages >= limit)
            {
                break;
            }

            var item = entry.Value;
            var file = item.GetProperty("file").GetString()!;
            var path = new[] { "cache", "eval" }.Select(d => Path.Combine(directory, d, file + ".gz")).Concat(new[] { "cache", "eval" }.Select(d => Path.Combine(directory, d, file))).FirstOrDefault(File.Exists);
            ExtractionResult? result = null;
            if (path is not null)
            {
                try
                {
                    var page = ReadPage(path);
                    result = timer.Time(() => extractor.Extract(page, entry.Name));
                    Dump(dump, file, result.Text);
                    DumpMetadata(dump, file, result);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures++;
                }
            }
            else
            {
                failures++;
            }

            pages++;
            var text = result is null ? null : SegmentNormalize(result.Text);
            int pageTp = 0, pageFp = 0, pageFn = 0;
            foreach (var segment in Strings(item, "with"))
            {
                if (text is not null && text.Contains(SegmentNormalize(segment), StringComparison.Ordinal))
                {
                    pageTp++;
                }
                else
                {
                    pageFn++;
                }
            }

            foreach (var segment in Strings(item, "without"))
            {
                if (text is not null && text.Contains(SegmentNormalize(segment), StringComparison.Ordinal))
                {
                    pageFp++;
                }
            }

            tp += pageTp;
            fp += pageFp;
            fn += pageFn;
            var f1 = 2 * pageTp + pageFp + pageFn == 0 ? 1 : 2.0 * pageTp / (2 * pageTp + pageFp + pageFn);
            pageF1.Add((file, f1));
            if (f1 >= 0.9)
            {
                good++;
            }

            if (Gold(item, "title") is { } title)
            {
                titles++;
                titlesRight += result?.Title is { } found && SameTitle(found, title) ? 1 : 0;
            }

            if (Gold(item, "author") is { } author)
            {
                authors++;
                authorsRight += result is not null && SameAuthors(result.Authors, author) ? 1 : 0;
            }

            if (Gold(item, "date") is { } date)
            {
                dates++;
                datesRight += result?.Date is { } day && day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == date[..Math.Min(10, date.Length)] ? 1 : 0;
            }
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return new EvaluationReport
        {
            Layout = Trafilatura,
            Extractor = extractor.Name,
            Pages = pages,
            Precision = precision,
            Recall = recall,
            F1 = 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn),
            Share90 = pages == 0 ? 0 : good / (double)pages,
            TitleAccuracy = titles == 0 ? null : titlesRight / (double)titles,
            AuthorAccuracy = authors == 0 ? null : authorsRight / (double)authors,
            DateAccuracy = dates == 0 ? null : datesRight / (double)dates,
            Failures = failures,
            Seconds = watch.Elapsed.TotalSeconds,
            ExtractSeconds = timer.Wall.TotalSeconds,
            ExtractCpuSeconds = timer.Cpu.TotalSeconds,
            Worst = [.. pageF1.OrderBy(p => p.Item2).Take(30)],
        };
    }

    private static void Dump(string? directory, string name, string text)
    {
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, name + ".txt"), text);
        }
    }

    /// <summary>Writes what the extractor found besides the text (NAME.meta.txt: title, authors, date, one a line).</summary>
    private static void DumpMetadata(string? directory, string name, ExtractionResult result)
    {
        if (directory is not null)
        {
            var date = result.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            File.WriteAllText(Path.Combine(directory, name + ".meta.txt"), $"title: {result.Title}\nauthors: {string.Join(" | ", result.Authors)}\ndate: {date}\n");
        }
    }

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static IEnumerable<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)
            : [];

    private static string? Gold(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;

    /// <summary>White space runs to one space, trimmed (trafilatura's <c>norm</c>).</summary>
    internal static string SegmentNormalize(string text) => Extraction.TextTools.Normalize(text);

    private static bool SameTitle(string found, string gold) =>
        string.Equals(SegmentNormalize(found), SegmentNormalize(gold), StringComparison.OrdinalIgnoreCase);

    private static bool SameAuthors(IReadOnlyList<string> found, string gold)
    {
        static HashSet<string> Words(string text) =>
            [.. Extraction.TextTools.Words(text).Where(w => w is not ("und" or "and"))];
        var goldWords = Words(gold);
        var foundWords = Words(string.Join(' ', found));
        return goldWords.Count > 0 && goldWords.SetEquals(foundWords);
    }
}
