using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Core.Annotations;
using Dateline.Text.Ner;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval ner --gold FILE [--json]</c>: conlleval-style entity-level scores over gold CoNLL tokens.</summary>
internal sealed class EvalNerCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = EvalOptions.Gold("CoNLL column file with gold NER tags (IOB1 or IOB2, -DOCSTART- lines).");
        var model = new Option<string?>("--model") { Description = "Model file (default: the shipped models/ner-en.bin)." };
        var json = EvalOptions.Json("Print one JSON object with precision, recall, f1 and perLabel, in percent.");
        var singlePass = new Option<bool>("--single-pass") { Description = "Tag each document in one pass (no second pass with the whole document's history)." };
        var command = new Command("ner", "Score the named-entity model against gold CoNLL data (entity-level exact match).");
        command.Options.Add(gold);
        command.Options.Add(model);
        command.Options.Add(json);
        command.Options.Add(singlePass);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(model), parse.GetValue(json), !parse.GetValue(singlePass)));
        return command;
    }

    private static int Run(string goldPath, string? modelPath, bool json, bool twoPass)
    {
        modelPath ??= NerModelLocator.Find() ?? throw new UserException($"NER model not found (looked for {string.Join(", ", NerModelLocator.Candidates())}); train one with 'dateline train ner'.");
        if (!File.Exists(modelPath))
        {
            throw new UserException($"{modelPath}: model file not found.");
        }

        NerModel loaded;
        try
        {
            loaded = NerModel.Load(modelPath);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            throw new UserException($"{modelPath}: {ex.Message}", ex);
        }

        var documents = TrainNerCommand.ReadConll(goldPath);
        var scores = NerEvaluator.Evaluate(loaded, documents, twoPass);
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout))
            {
                writer.WriteStartObject();
                writer.WriteNumber("precision", Math.Round(scores.Precision, 2));
                writer.WriteNumber("recall", Math.Round(scores.Recall, 2));
                writer.WriteNumber("f1", Math.Round(scores.F1, 2));
                writer.WriteStartObject("perLabel");
                foreach (var label in Enum.GetValues<EntityLabel>())
                {
                    writer.WriteStartObject(label.ToString());
                    writer.WriteNumber("precision", Math.Round(scores.PrecisionOf(label), 2));
                    writer.WriteNumber("recall", Math.Round(scores.RecallOf(label), 2));
                    writer.WriteNumber("f1", Math.Round(scores.F1Of(label), 2));
                    writer.WriteNumber("gold", scores.GoldOf(label));
                    writer.WriteNumber("predicted", scores.PredictedOf(label));
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
            return ExitCodes.Success;
        }

        var output = CliOutput.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processed {scores.Tokens} tokens with {scores.Gold} phrases; found: {scores.Predicted} phrases; correct: {scores.Correct}."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy:  precision: {scores.Precision,6:F2}%; recall: {scores.Recall,6:F2}%; FB1: {scores.F1,6:F2}"));
        foreach (var label in Enum.GetValues<EntityLabel>())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,14}: precision: {scores.PrecisionOf(label),6:F2}%; recall: {scores.RecallOf(label),6:F2}%; FB1: {scores.F1Of(label),6:F2}  {scores.PredictedOf(label)}"));
        }

        return ExitCodes.Success;
    }
}
