using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Text.Times.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval time --gold DIR</c>: TempEval-3 Task A scores of the time stage on TimeML (.tml) files.</summary>
internal sealed class EvalTimeCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = EvalOptions.Gold("A .tml file or a directory searched for .tml files (TempEval-3 TimeML).");
        var json = EvalOptions.Json("Print the scores as one JSON object (percentages).");
        var errors = EvalOptions.Errors("Also print up to N misses, false positives and wrong values.");
        var all = new Option<bool>("--all") { Description = "With --errors, list the exact matches too (kind Correct)." };
        var command = new Command("time", "Score time expressions (spans, types, values) against TimeML gold, as TempEval-3 Task A.");
        command.Options.Add(gold);
        command.Options.Add(json);
        command.Options.Add(errors);
        command.Options.Add(all);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(json), parse.GetValue(errors), parse.GetValue(all)));
        return command;
    }

    private static int Run(string gold, bool json, int errors, bool all)
    {
        string[] files;
        if (Directory.Exists(gold))
        {
            files = Directory.GetFiles(gold, "*.tml", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
        }
        else if (File.Exists(gold))
        {
            files = [gold];
        }
        else
        {
            throw new UserException($"{gold}: no such file or directory");
        }

        if (files.Length == 0)
        {
            throw new UserException($"{gold}: no .tml files");
        }

        var documents = new List<TimeMlDocument>(files.Length);
        var bad = 0;
        foreach (var file in files)
        {
            try
            {
                documents.Add(TimeMlReader.Read(file));
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
            {
                bad++;
                CliOutput.Warn($"{file}: skipped: {ex.Message}");
            }
        }

        if (documents.Count == 0)
        {
            throw new UserException($"{gold}: no readable .tml files");
        }

        var score = TimeEvaluator.Evaluate(documents);
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout))
            {
                writer.WriteStartObject();
                writer.WriteNumber("documents", score.Documents);
                writer.WriteNumber("gold", score.Gold);
                writer.WriteNumber("predicted", score.Predicted);
                writer.WriteNumber("strictF1", Math.Round(score.StrictF1, 2));
                writer.WriteNumber("relaxedF1", Math.Round(score.RelaxedF1, 2));
                writer.WriteNumber("typeAccuracy", Math.Round(score.TypeAccuracy, 2));
                writer.WriteNumber("valueF1", Math.Round(score.ValueF1, 2));
                writer.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
        }
        else
        {
            var output = CliOutput.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Documents {score.Documents}, gold {score.Gold}, predicted {score.Predicted}"));
            output.WriteLine("                 P       R      F1");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"strict span  {score.StrictPrecision,6:F2}  {score.StrictRecall,6:F2}  {score.StrictF1,6:F2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"relaxed span {score.RelaxedPrecision,6:F2}  {score.RelaxedRecall,6:F2}  {score.RelaxedF1,6:F2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"value        {score.ValuePrecision,6:F2}  {score.ValueRecall,6:F2}  {score.ValueF1,6:F2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"type accuracy {score.TypeAccuracy:F2} (over relaxed matches)"));
        }

        if (errors > 0)
        {
            foreach (var error in score.Errors.Where(e => all || e.Kind != TimeEvalErrorKind.Correct).Take(errors))
            {
                CliOutput.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{error.Kind,-10} {error.Document}: \"{error.Text}\" gold {error.GoldType}:{error.GoldValue} predicted {error.PredictedType}:{error.PredictedValue} | {error.Context}"));
            }
        }

        return bad > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
