using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dateline.Core.Annotations;
using Dateline.Text.Ner;
using Dateline.Text.Sentences;
using Dateline.Text.Tokenization;

namespace Dateline.Benchmarks;

/// <summary>
/// Tokenizer, sentence splitter and NER over news text (the sample article and, when present, 200 AllSides articles).
/// Tokens per second = tokens / mean time; the token count is printed at setup.
/// Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*NerBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class NerBenchmarks
{
    /// <summary>In-process (no separate build, which times out on a busy shared machine), 1 warm-up, 5 iterations.</summary>
    private sealed class InProcessShortConfig : ManualConfig
    {
        public InProcessShortConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(5));
    }

    private string[] _texts = [];
    private NerModel _model = null!;
    private string _modelPath = null!;

    [GlobalSetup]
    public void Setup()
    {
        _modelPath = NerModelLocator.Find() ?? throw new InvalidOperationException("models/ner-en.bin not found");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _model = NerModel.Load(_modelPath);
        var loadTime = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var texts = new List<string>();
        var root = RepositoryRoot();
        texts.Add(File.ReadAllText(Path.Combine(root, "samples", "aclu-nm-sessions-2017-08-03.txt")));
        var allsides = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "allsides", "articles-part1-of-4.jsonl.gz"));
        if (File.Exists(allsides))
        {
            texts.AddRange(UnlabelledText.Read(allsides).Take(200));
        }

        _texts = [.. texts];
        var tokens = _texts.Sum(t => NewsTokenizer.Tokenize(t).Length);
        Console.WriteLine($"// NER setup: {_texts.Length} texts, {tokens:N0} tokens; model load {loadTime.TotalMilliseconds:F0} ms, model memory {(after - before) / 1048576.0:F1} MB, {_model.FeatureCount:N0} features");

        // On a shared machine wall time overstates the cost; the process CPU time of one pass is printed too.
        TokenizeSentencesNer();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        TokenizeSentencesNer();
        var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"// NER CPU time: {used.TotalMilliseconds:F0} ms for {tokens:N0} tokens = {tokens / used.TotalSeconds:N0} tokens per CPU-second (tokenizer + sentences + NER)");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dateline.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Benchmark]
    public int Tokenize()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += NewsTokenizer.Tokenize(text).Length;
        }

        return count;
    }

    [Benchmark]
    public int TokenizeAndSentences()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += SentenceSplitter.Split(text, NewsTokenizer.Tokenize(text)).Length;
        }

        return count;
    }

    [Benchmark]
    public int TokenizeSentencesNer()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            var tokens = NewsTokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            count += NerTagger.Tag(_model, text, tokens, sentences).Count;
        }

        return count;
    }

    [Benchmark]
    public int LoadModel() => NerModel.Load(_modelPath).FeatureCount;
}
