using BenchmarkDotNet.Attributes;
using Dateline.Core;
using Dateline.Core.Pipeline;
using Dateline.Text.Ner;
using Dateline.Text.Quotes;
using Dateline.Text.Quotes.Learning;
using Dateline.Text.Resolution;
using Dateline.Text.Sentences;
using Dateline.Text.Structure;
using Dateline.Text.Times;
using Dateline.Text.Tokenization;

namespace Dateline.Benchmarks;

/// <summary>
/// What the learned cue model adds to the quote stage: the stage with the hand rules alone (<see cref="QuotesRulesOnly"/>)
/// and with the shipped cue model (<see cref="QuotesWithCueModel"/>), on resolved documents (the sample plus up to 40
/// PolNeAR dev texts when ../shared is there).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class CueModelBenchmarks
{
    private readonly QuoteStage _rules = new(cues: null);
    private QuoteStage _withModel = null!;
    private Document[] _resolved = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var model = CueModel.Load(Path.Combine(root, CueModelLocator.RelativePath));
        _withModel = new QuoteStage(model);
        var texts = new List<string> { File.ReadAllText(Path.Combine(root, "samples", "aclu-nm-sessions-2017-08-03.txt")) };
        var dev = Path.Combine(root, "..", "shared", "data", "polnear", "dev", "text");
        if (Directory.Exists(dev))
        {
            texts.AddRange(Directory.GetFiles(dev, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Take(40).Select(File.ReadAllText));
        }

        var pipeline = new PipelineBuilder().Add(new StructureStage()).Add(new TokenizerStage()).Add(new SentenceStage()).Add(new NerStage())
            .Add(new TimeStage()).Add(new EntityResolutionStage()).Build();
        _resolved = texts.Select((t, i) => pipeline.Process(new Document("d" + i, t, new DocumentSource("bench", "text", i, 1)))).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int QuotesRulesOnly()
    {
        var n = 0;
        foreach (var document in _resolved)
        {
            n += _rules.Process(document, CancellationToken.None).Text.Length;
        }

        return n;
    }

    [Benchmark]
    public int QuotesWithCueModel()
    {
        var n = 0;
        foreach (var document in _resolved)
        {
            n += _withModel.Process(document, CancellationToken.None).Text.Length;
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
