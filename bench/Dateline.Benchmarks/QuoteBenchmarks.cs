using BenchmarkDotNet.Attributes;
using Dateline.Core;
using Dateline.Core.Pipeline;
using Dateline.Text.Ner;
using Dateline.Text.Quotes;
using Dateline.Text.Resolution;
using Dateline.Text.Sentences;
using Dateline.Text.Structure;
using Dateline.Text.Times;
using Dateline.Text.Tokenization;

namespace Dateline.Benchmarks;

/// <summary>
/// What entity resolution and quotation finding add to the NER pipeline: the same articles through structure, tokens,
/// sentences, NER and times (<see cref="NerPipeline"/>) and then through resolution and quotes only
/// (<see cref="ResolutionAndQuotes"/>), and each of the two
/// alone (<see cref="ResolutionOnly"/>, <see cref="QuotesOnly"/> on resolved documents). Articles: the sample plus up to 40 PolNeAR dev texts when ../shared is there.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class QuoteBenchmarks
{
    private DocumentPipeline _ner = null!;
    private readonly EntityResolutionStage _resolution = new();
    private readonly QuoteStage _quoteStage = new();
    private Document[] _raw = [];
    private Document[] _analyzed = [];
    private Document[] _resolved = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var texts = new List<string> { File.ReadAllText(Path.Combine(root, "samples", "aclu-nm-sessions-2017-08-03.txt")) };
        var dev = Path.Combine(root, "..", "shared", "data", "polnear", "dev", "text");
        if (Directory.Exists(dev))
        {
            texts.AddRange(Directory.GetFiles(dev, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Take(40).Select(File.ReadAllText));
        }

        _raw = texts.Select((t, i) => new Document("d" + i, t, new DocumentSource("bench", "text", i, 1))).ToArray();
        _ner = new PipelineBuilder().Add(new StructureStage()).Add(new TokenizerStage()).Add(new SentenceStage()).Add(new NerStage()).Add(new TimeStage()).Build();
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

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dateline.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }
}
