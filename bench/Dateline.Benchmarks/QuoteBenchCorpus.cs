using Dateline.Core;
using Dateline.Core.Pipeline;
using Dateline.Text.Ner;
using Dateline.Text.Sentences;
using Dateline.Text.Structure;
using Dateline.Text.Times;
using Dateline.Text.Tokenization;

namespace Dateline.Benchmarks;

/// <summary>
/// The articles of the quote benchmarks: the sample plus up to 40 PolNeAR dev texts when ../shared is there, and the
/// NER pipeline (structure, tokens, sentences, NER, times) that precedes entity resolution and quotes.
/// </summary>
internal static class QuoteBenchCorpus
{
    public static Document[] Load()
    {
        var root = FindRoot();
        var texts = new List<string> { File.ReadAllText(Path.Combine(root, "samples", "aclu-nm-sessions-2017-08-03.txt")) };
        var dev = Path.Combine(root, "..", "shared", "data", "polnear", "dev", "text");
        if (Directory.Exists(dev))
        {
            texts.AddRange(Directory.GetFiles(dev, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Take(40).Select(File.ReadAllText));
        }

        return texts.Select((t, i) => new Document("d" + i, t, new DocumentSource("bench", "text", i, 1))).ToArray();
    }

    public static DocumentPipeline NerPipeline() =>
        new PipelineBuilder().Add(new StructureStage()).Add(new TokenizerStage()).Add(new SentenceStage()).Add(new NerStage()).Add(new TimeStage()).Build();

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
