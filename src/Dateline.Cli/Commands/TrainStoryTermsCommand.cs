using System.CommandLine;
using System.Globalization;
using Dateline.Dedup.Stories;
using Dateline.Text.Ner;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train story-terms [FILES...] --out models/story-terms-en.tsv.gz</c>: background term weights for story similarity.</summary>
internal sealed class TrainStoryTermsCommand : ICliCommand
{
    private static readonly string[] DefaultInputs =
    [
        "../shared/data/allsides/articles-part1-of-4.jsonl.gz",
        "../shared/data/allsides/articles-part2-of-4.jsonl.gz",
        "../shared/data/allsides/articles-part3-of-4.jsonl.gz",
    ];

    public string? Parent => "train";

    public Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.ZeroOrMore, Description = "Background news text: .jsonl(.gz), .sgm(.gz), .tar.gz of .txt, plain text (default: AllSides parts 1-3)." };
        var output = new Option<string>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => TermWeights.RelativePath };
        var minimum = new Option<int>("--min-documents") { Description = "Keep terms seen in at least this many documents (rarer ones weigh as unseen).", DefaultValueFactory = _ => 3 };
        var command = new Command("story-terms", "Count the documents each content term occurs in (idf for story similarity, docs/stories.md).");
        command.Arguments.Add(files);
        command.Options.Add(output);
        command.Options.Add(minimum);
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(output)!, parse.GetValue(minimum)));
        return command;
    }

    private static int Run(string[] files, string output, int minimum)
    {
        var inputs = files.Length > 0 ? files : DefaultInputs.Where(File.Exists).ToArray();
        if (inputs.Length == 0)
        {
            throw new UserException("no input files (the default AllSides parts are not there); name some files.");
        }

        var builder = new TermWeightsBuilder();
        foreach (var input in inputs)
        {
            if (!File.Exists(input))
            {
                throw new UserException($"{input}: file not found.");
            }

            try
            {
                foreach (var text in UnlabelledText.Read(input))
                {
                    builder.Add(text);
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                throw new UserException($"{input}: {ex.Message}", ex);
            }

            CliOutput.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{input}: {builder.Documents:N0} documents so far"));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var terms = builder.Write(output, Math.Max(1, minimum));
        CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {output}: {terms:N0} terms from {builder.Documents:N0} documents ({new FileInfo(output).Length / 1024.0:F0} KB)"));
        return ExitCodes.Success;
    }
}
