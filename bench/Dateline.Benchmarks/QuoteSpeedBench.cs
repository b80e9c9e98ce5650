using System.Diagnostics;
using System.Globalization;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;
using Dateline.Text.Quotes;
using Dateline.Text.Resolution;

namespace Dateline.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- quote-speed [ROUNDS]</c>: a noise-robust companion
/// of <see cref="QuoteBenchmarks"/> for a shared machine. The same articles go through the NER pipeline, resolution +
/// quotes, resolution alone and quotes alone, interleaved (the order rotates every round) for ROUNDS rounds (default
/// 15) after 3 warm-up rounds. Each pass is timed by wall clock and by the process CPU time
/// (<see cref="Environment.CpuUsage"/>, microseconds, includes the GC), and counts the bytes it allocates. Reported:
/// the median of each, and the median over rounds of the per-round ratio resolution + quotes / NER pipeline, which
/// cancels most of the load that other processes put on the machine during a round. <c>--parts</c> also times the quote
/// stage's parts (word scan, paragraphs, sentences, quotation marks, the finder as a whole, the entity directory).
/// </summary>
internal static class QuoteSpeedBench
{
    private const int Warmup = 3;

    public static void Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var parts = args.Contains("--parts");
        var raw = QuoteBenchCorpus.Load();
        var ner = QuoteBenchCorpus.NerPipeline();
        var resolution = new EntityResolutionStage();
        var quoteStage = new QuoteStage();
        var analyzed = raw.Select(d => ner.Process(d)).ToArray();
        var resolved = analyzed.Select(d => resolution.Process(d, CancellationToken.None)).ToArray();
        Console.WriteLine($"// quote-speed: {raw.Length} articles, {raw.Sum(d => d.Text.Length):N0} characters, {rounds} rounds after {Warmup} warm-up rounds");

        var methods = new (string Name, Func<int> Pass)[]
        {
            ("NerPipeline", () => Sum(raw, d => ner.Process(d))),
            ("ResolutionAndQuotes", () => Sum(analyzed, d => quoteStage.Process(resolution.Process(d, CancellationToken.None), CancellationToken.None))),
            ("ResolutionOnly", () => Sum(analyzed, d => resolution.Process(d, CancellationToken.None))),
            ("QuotesOnly", () => Sum(resolved, d => quoteStage.Process(d, CancellationToken.None))),
        };
        if (parts)
        {
            // The quote stage's parts, each over the resolved documents: the shared helpers, the finder, the speakers.
            var words = new List<Word>();
            var paragraphs = new List<TextSpan>();
            var sentences = new List<TextSpan>();
            var quoted = new List<QuotedSpan>();
            methods =
            [
                .. methods,
                ("  WordScanner.Scan", () => Count(resolved, d => WordScanner.Scan(d.Text, words))),
                ("  TextLayout.Paragraphs", () => Count(resolved, d => TextLayout.Paragraphs(d, paragraphs))),
                ("  TextLayout.Sentences", () => Count(resolved, d =>
                {
                    WordScanner.Scan(d.Text, words);
                    TextLayout.Paragraphs(d, paragraphs);
                    TextLayout.Sentences(d, words, paragraphs, sentences);
                })),
                ("  QuotationScanner.Scan", () => Count(resolved, d =>
                {
                    TextLayout.Paragraphs(d, paragraphs);
                    QuotationScanner.Scan(d.Text, paragraphs, quoted);
                })),
                ("  QuoteFinder.Find", () => Count(resolved, d => QuoteFinder.Find(d))),
                ("  EntityDirectory", () => Count(resolved, d => new EntityDirectory(d))),
            ];
        }


        var wall = methods.Select(_ => new List<double>()).ToArray();
        var cpu = methods.Select(_ => new List<double>()).ToArray();
        var bytes = methods.Select(_ => new List<double>()).ToArray();
        var gcs = methods.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < Warmup + rounds; round++)
        {
            for (var k = 0; k < methods.Length; k++)
            {
                var m = (k + round) % methods.Length;
                var pass = methods[m].Pass;

                // Cheap stages run several times per sample, so each sample lasts long enough for the CPU clock.
                var repeat = m == 0 ? 1 : m < 4 ? 4 : 8;
                var gc0 = GC.CollectionCount(0);
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var cpuStart = Environment.CpuUsage.TotalTime;
                var clock = Stopwatch.StartNew();
                for (var r = 0; r < repeat; r++)
                {
                    pass();
                }

                var elapsed = clock.Elapsed.TotalMilliseconds / repeat;
                var cpuUsed = (Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds / repeat;
                if (round >= Warmup)
                {
                    wall[m].Add(elapsed);
                    cpu[m].Add(cpuUsed);
                    bytes[m].Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)repeat);
                    gcs[m].Add((GC.CollectionCount(0) - gc0) / (double)repeat);
                }
            }
        }

        Console.WriteLine("| Method | wall median (ms) | CPU median (ms) | CPU min (ms) | allocated per pass | per article | gen0 GCs per pass |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        for (var m = 0; m < methods.Length; m++)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {methods[m].Name} | {Median(wall[m]):F1} | {Median(cpu[m]):F1} | {cpu[m].Min():F1} | {Median(bytes[m]) / 1048576:F2} MB | {Median(bytes[m]) / raw.Length / 1024:F1} KB | {Median(gcs[m]):F2} |"));
        }

        var wallRatios = wall[1].Zip(wall[0], (a, b) => a / b).ToList();
        var cpuRatios = cpu[1].Zip(cpu[0], (a, b) => a / b).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// ResolutionAndQuotes / NerPipeline: median per-round ratio CPU {Median(cpuRatios):P1}, wall {Median(wallRatios):P1}; ratio of CPU medians {Median(cpu[1]) / Median(cpu[0]):P1}"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// ResolutionOnly + QuotesOnly CPU medians = {Median(cpu[2]) + Median(cpu[3]):F1} ms vs ResolutionAndQuotes {Median(cpu[1]):F1} ms"));
    }

    private static int Sum(Document[] documents, Func<Document, Document> process)
    {
        var n = 0;
        foreach (var document in documents)
        {
            n += process(document).Text.Length;
        }

        return n;
    }

    private static int Count(Document[] documents, Action<Document> process)
    {
        foreach (var document in documents)
        {
            process(document);
        }

        return documents.Length;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
