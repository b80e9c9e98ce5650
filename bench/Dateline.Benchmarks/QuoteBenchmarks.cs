using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dateline.Core;
using Dateline.Core.Pipeline;
using Dateline.Text.Quotes;
using Dateline.Text.Resolution;

namespace Dateline.Benchmarks;

/// <summary>
/// What entity resolution and quotation finding add to the NER pipeline: the same articles through structure, tokens,
/// sentences, NER and times (<see cref="NerPipeline"/>) and then through resolution and quotes only
/// (<see cref="ResolutionAndQuotes"/>), and each of the two
/// alone (<see cref="ResolutionOnly"/>, <see cref="QuotesOnly"/> on resolved documents). Articles: the sample plus up to 40 PolNeAR dev texts when ../shared is there.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class QuoteBenchmarks
{
    /// <summary>
    /// In-process (no separate build, which times out on a busy shared machine), 3 warm-up and 10 iterations. Methods run
    /// one after another, so load from other processes that changes between them skews the ratios: on a shared
    /// machine prefer the interleaved CPU-time harness (<see cref="QuoteSpeedBench"/>, <c>-- quote-speed</c>).
    /// </summary>
    private sealed class InProcessShortConfig : ManualConfig
    {
        public InProcessShortConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10));
    }

    private DocumentPipeline _ner = null!;
    private readonly EntityResolutionStage _resolution = new();
    private readonly QuoteStage _quoteStage = new();
    private Document[] _raw = [];
    private Document[] _analyzed = [];
    private Document[] _resolved = [];

    [GlobalSetup]
    public void Setup()
    {
        _raw = QuoteBenchCorpus.Load();
        _ner = QuoteBenchCorpus.NerPipeline();
        _analyzed = _raw.Select(d => _ner.Process(d)).ToArray();
        _resolved = _analyzed.Select(d => _resolution.Process(d, CancellationToken.None)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int NerPipeline()
    {
        var n = 0;
        foreach (var document in _raw)
        {
            n += _ner.Process(document).Text.Length;
        }

        return n;
    }

    [Benchmark]
    public int ResolutionAndQuotes()
    {
        var n = 0;
        foreach (var document in _analyzed)
        {
            n += _quoteStage.Process(_resolution.Process(document, CancellationToken.None), CancellationToken.None).Text.Length;
        }

        return n;
    }

    [Benchmark]
    public int ResolutionOnly()
    {
        var n = 0;
        foreach (var document in _analyzed)
        {
            n += _resolution.Process(document, CancellationToken.None).Text.Length;
        }

        return n;
    }

    [Benchmark]
    public int QuotesOnly()
    {
        var n = 0;
        foreach (var document in _resolved)
        {
            n += _quoteStage.Process(document, CancellationToken.None).Text.Length;
        }

        return n;
    }
}
