using BenchmarkDotNet.Attributes;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Structure;
using Dateline.Text.Structure.Evaluation;

namespace Dateline.Benchmarks;

/// <summary>
/// Reading and structuring news articles on one thread: Reuters-21578 articles rendered once as raw text
/// (<see cref="ReutersDocument.Render"/>; the sample article repeated when ../shared is missing), each made
/// into a <see cref="Document"/> and run through the <see cref="StructureStage"/>. One operation is one article.
/// Run: <c>dotnet run -c Release --project bench/Dateline.Benchmarks -- --filter '*Structure*'</c>. It runs in
/// process: building a separate benchmark executable can exceed BenchmarkDotNet's two-minute build timeout on a
/// busy two-core machine.
/// </summary>
[InProcess]
[MemoryDiagnoser]
public class StructureBenchmarks
{
    private const int Articles = 4000;
    private static readonly DocumentSource Source = new("bench", "text", 0, 1);

    private readonly StructureStage _stage = new();
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var texts = new List<string>(Articles);
        if (FindReuters() is { } folder)
        {
            foreach (var file in Directory.GetFiles(folder, "reut2-0*.sgm.gz").Order(StringComparer.Ordinal))
            {
                texts.AddRange(ReutersSgml.ReadFile(file).Select(d => d.Render()));
                if (texts.Count >= Articles)
                {
                    break;
                }
            }
        }

        if (texts.Count == 0)
        {
            var sample = File.ReadAllText(Path.Combine(FindRoot(), "samples", "aclu-nm-sessions-2017-08-03.txt"));
            texts.AddRange(Enumerable.Repeat(sample, Articles));
        }

        _texts = [.. texts.Take(Articles)];
        Console.WriteLine($"// {_texts.Length} articles, {_texts.Sum(t => t.Length) / _texts.Length} chars on average");
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int ReadAndStructure()
    {
        var paragraphs = 0;
        foreach (var text in _texts)
        {
            var document = new Document("bench", text, Source);
            paragraphs += _stage.Process(document, CancellationToken.None).Get(Layers.Structure)!.Paragraphs.Length;
        }

        return paragraphs;
    }

    private static string? FindReuters()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DATELINE_SHARED_DATA");
        var data = !string.IsNullOrEmpty(fromEnvironment) ? fromEnvironment : Path.Combine(FindRoot(), "..", "shared", "data");
        var folder = Path.Combine(data, "reuters-21578");
        return Directory.Exists(folder) ? folder : null;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dateline.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
