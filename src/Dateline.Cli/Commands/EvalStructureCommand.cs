using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Text.Structure.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval structure --gold reut2-000.sgm.gz ... [--json]</c>: renders each Reuters-21578 document as a
/// raw article, runs the structure stage, and reports per-field accuracy (headline, dateline place, authors, agency).
/// </summary>
internal sealed class EvalStructureCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Reuters-21578 SGML files (reut2-NNN.sgm or .sgm.gz).",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var json = EvalOptions.Json();
        var misses = new Option<int>("--misses") { Description = "Print up to N wrong fields to standard error.", DefaultValueFactory = _ => 0 };
        var command = new Command("structure", "Measure the structure stage (headline, dateline place, authors, agency) against Reuters-21578 SGML.");
        command.Options.Add(gold);
        command.Options.Add(json);
        command.Options.Add(misses);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(json), parse.GetValue(misses)));
        return command;
    }

    private static int Run(string[] paths, bool json, int misses)
    {
        var shown = 0;
        var evaluator = new StructureEvaluator(onMiss: miss =>
        {
            if (shown++ < misses)
            {
                CliOutput.Error.WriteLine($"{miss.DocumentId}\t{miss.Field}\texpected '{miss.Expected}'\tgot '{miss.Actual}'");
            }
        });
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw new UserException($"{path}: no such file");
            }

            IReadOnlyList<ReutersDocument> documents;
            try
            {
                documents = ReutersSgml.ReadFile(path);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                throw new UserException($"{path}: cannot read: {ex.Message}", ex);
            }

            if (documents.Count == 0)
            {
                CliOutput.Warn($"{path}: no Reuters documents with a BODY found");
            }

            foreach (var document in documents)
            {
                evaluator.Add(document);
            }
        }

        var scores = evaluator.Scores;
        if (scores.Documents == 0)
        {
            throw new UserException("no gold documents read");
        }

        if (json)
        {
            WriteJson(scores);
        }
        else
        {
            WriteTable(scores);
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(StructureScores scores)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout))
        {
            writer.WriteStartObject();
            writer.WriteNumber("documents", scores.Documents);
            Field(writer, "headline", scores.Headline);
            Field(writer, "datelinePlace", scores.DatelinePlace);
            Field(writer, "authors", scores.Authors);
            Field(writer, "agency", scores.Agency);
            writer.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static void Field(Utf8JsonWriter writer, string name, FieldScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("correct", score.Correct);
        writer.WriteNumber("total", score.Total);
        writer.WriteNumber("accuracy", Math.Round(score.Accuracy, 2));
        writer.WriteEndObject();
    }

    private static void WriteTable(StructureScores scores)
    {
        var output = CliOutput.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Structure on {scores.Documents} Reuters-21578 documents"));
        output.WriteLine($"{"field",-16}{"correct",10}{"total",10}{"accuracy",11}");
        Row(output, "headline", scores.Headline);
        Row(output, "dateline place", scores.DatelinePlace);
        Row(output, "authors", scores.Authors);
        Row(output, "agency", scores.Agency);
    }

    private static void Row(TextWriter output, string name, FieldScore score) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16}{score.Correct,10}{score.Total,10}{score.Accuracy,10:F2}%"));
}
