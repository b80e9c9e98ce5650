using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Text;
using Dateline.Text.Quotes.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval quotes --gold PATH [--json]</c>: score quotation content spans and speakers against a gold set.</summary>
internal sealed class EvalQuotesCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = EvalOptions.Gold("A brat folder (text/ + attributions/, as PolNeAR) or a JSON Lines file of articles with gold quotes.");
        var json = EvalOptions.Json();
        var attributions = new Option<bool>("--all-attributions") { Description = "Score every attribution the finder reports (beliefs, plans, stances: PolNeAR's convention) instead of statements only." };
        var errors = EvalOptions.Errors("Also list up to N errors of each kind at overlap 0.3 (missed gold, false predictions, wrong speakers).");
        var command = new Command("quotes", "Score quotation finding: content-span precision/recall/F1 at overlap 0.3 and 0.8, speaker accuracy, all and quoted-only.");
        command.Options.Add(gold);
        command.Options.Add(json);
        command.Options.Add(errors);
        command.Options.Add(attributions);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(json), parse.GetValue(errors), parse.GetValue(attributions)));
        return command;
    }

    private static int Run(string gold, bool json, int errors, bool allAttributions)
    {
        if (errors < 0)
        {
            throw new UserException($"--errors must be 0 or more, not {errors}");
        }

        var pipeline = TextPipeline.CreateDefault(allAttributions).Build();
        QuoteEvaluation result;
        try
        {
            result = QuoteEvaluator.Evaluate(QuoteEvaluator.ReadGold(gold), d => pipeline.Process(d), recordErrors: errors > 0);
        }
        catch (GoldFormatException ex)
        {
            throw new UserException(ex.Message, ex);
        }
        catch (IOException ex)
        {
            throw new UserException($"{gold}: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UserException($"{gold}: {ex.Message}", ex);
        }

        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using var writer = new Utf8JsonWriter(stdout);
            writer.WriteStartObject();
            writer.WriteNumber("documents", result.Documents);
            writer.WriteString("predictions", allAttributions ? "all attributions" : "statements");
            Subset(writer, "all", result.All);
            Subset(writer, "quoted", result.Quoted);
            writer.WriteEndObject();
            writer.Flush();
            stdout.WriteByte((byte)'\n');
            return ExitCodes.Success;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {result.Documents}, predictions: {(allAttributions ? "all attributions" : "statements")}"));
        Console.WriteLine("subset   overlap  precision  recall     F1  speaker   name   gold  predicted");
        Line("all", "0.3", result.All.Overlap03);
        Line("all", "0.8", result.All.Overlap08);
        Line("quoted", "0.3", result.Quoted.Overlap03);
        Line("quoted", "0.8", result.Quoted.Overlap08);
        if (errors > 0)
        {
            PrintErrors(result, errors);
        }

        return ExitCodes.Success;
    }

    private static void PrintErrors(QuoteEvaluation result, int limit)
    {
        foreach (var kind in Enum.GetValues<QuoteErrorKind>())
        {
            var ofKind = result.Errors.Where(e => e.Kind == kind).ToList();
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} ({ofKind.Count}, showing {Math.Min(limit, ofKind.Count)})"));
            foreach (var error in ofKind.Take(limit))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {error.DocumentId} {error.Content.Start}-{error.Content.End} cue [{OneLine(error.Cue)}] gold speaker [{OneLine(error.GoldSpeaker)}] predicted speaker [{OneLine(error.PredictedSpeaker)}]"));
                Console.WriteLine("    " + OneLine(error.Text));
            }
        }
    }

    private static string OneLine(string? text) =>
        text is null ? "-" : text.Replace('\n', ' ').Replace('\r', ' ');

    private static void Line(string subset, string overlap, QuoteScore score) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{subset,-8} {overlap,7} {score.Precision,10:F1} {score.Recall,7:F1} {score.F1,6:F1} {score.SpeakerAccuracy,8:F1} {(score.NameAccuracy is { } nameAccuracy ? nameAccuracy.ToString("F1", CultureInfo.InvariantCulture) : "-"),6} {score.Gold,6} {score.Predicted,10}"));

    private static void Subset(Utf8JsonWriter writer, string name, QuoteSubsetScores scores)
    {
        writer.WriteStartObject(name);
        Score(writer, "overlap03", scores.Overlap03);
        Score(writer, "overlap08", scores.Overlap08);
        writer.WriteEndObject();
    }

    private static void Score(Utf8JsonWriter writer, string name, QuoteScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("precision", score.Precision);
        writer.WriteNumber("recall", score.Recall);
        writer.WriteNumber("f1", score.F1);
        writer.WriteNumber("speakerAccuracy", score.SpeakerAccuracy);
        if (score.NameAccuracy is { } accuracy)
        {
            writer.WriteNumber("nameAccuracy", accuracy);
        }
        else
        {
            writer.WriteNull("nameAccuracy");
        }
        writer.WriteEndObject();
    }
}
