using System.CommandLine;
using System.Globalization;
using Dateline.Text.Ner;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train clusters [FILES...] --out models/clusters-en.tsv.gz</c>: learn word clusters from unlabelled news.</summary>
internal sealed class TrainClustersCommand : ICliCommand
{
    private static readonly string[] DefaultInputs =
    [
        "../shared/data/allsides/articles-part1-of-4.jsonl.gz",
        "../shared/data/allsides/articles-part2-of-4.jsonl.gz",
        "../shared/data/allsides/articles-part3-of-4.jsonl.gz",
        "../shared/data/bbc-news-2225/bbc-fulltext.tar.gz",
        "../shared/data/conll2003/eng.train",
        .. Enumerable.Range(0, 22).Select(i => string.Create(CultureInfo.InvariantCulture, $"../shared/data/reuters-21578/reut2-{i:000}.sgm.gz")),
    ];

    public string? Parent => "train";

    public Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.ZeroOrMore, Description = "Unlabelled text: .jsonl(.gz), Reuters .sgm(.gz), .tar.gz of .txt, CoNLL, plain text (default: the shared news sets)." };
        var output = new Option<string>("--out") { Description = "Cluster file to write.", DefaultValueFactory = _ => "models/clusters-en.tsv.gz" };
        var vocabulary = new Option<int>("--vocabulary") { Description = "How many of the most frequent words to cluster.", DefaultValueFactory = _ => 60_000 };
        var command = new Command("clusters", "Learn word clusters (PPMI context vectors, random projection, k-means at 64/256/1000) for the NER features.");
        command.Arguments.Add(files);
        command.Options.Add(output);
        command.Options.Add(vocabulary);
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(output)!, parse.GetValue(vocabulary)));
        return command;
    }

    private static int Run(string[] files, string output, int vocabulary)
    {
        var inputs = files.Length > 0 ? files : DefaultInputs.Where(File.Exists).ToArray();
        if (inputs.Length == 0)
        {
            throw new UserException("no input files (the default shared news sets are not there); name some files.");
        }

        var builder = new WordClusterBuilder { VocabularySize = vocabulary };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            if (!File.Exists(input))
            {
                throw new UserException($"{input}: file not found.");
            }

            var texts = 0;
            try
            {
                foreach (var text in UnlabelledText.Read(input))
                {
                    builder.Add(text);
                    texts++;
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                throw new UserException($"{input}: {ex.Message}", ex);
            }

            CliOutput.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{input}: {texts:N0} texts; {builder.TokenCount:N0} tokens so far [{clock.Elapsed.TotalSeconds:F0}s]"));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        builder.Write(output, message => CliOutput.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{message} [{clock.Elapsed.TotalSeconds:F0}s]")));
        CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB) in {clock.Elapsed.TotalSeconds:F0}s"));
        return ExitCodes.Success;
    }
}
