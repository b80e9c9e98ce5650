using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Html.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval dates --gold DIR [--split dev|test|all] [--errors N] [--json]</c>: publication date accuracy
/// of HTML pages against trafilatura's evaluation set, per half and per source of the date.
/// </summary>
internal sealed class EvalDatesCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = EvalOptions.Gold("Gold folder with evaldata.json, eval/ and cache/ (trafilatura's evaluation set).");
        var split = new Option<string>("--split") { Description = "Half to score: dev (even records; tune on it), test (odd records; measure once) or all.", DefaultValueFactory = _ => DateEvaluation.Dev };
        split.AcceptOnlyFromAmong(DateEvaluation.Dev, DateEvaluation.Test, DateEvaluation.All);
        var errors = EvalOptions.Errors("List the first N wrong or missing pages on standard error (gold, found, source, file).");
        var json = EvalOptions.Json("Print the scores as one JSON object (accuracy in percent).");
        var command = new Command("dates", "Score the publication dates found in HTML pages against gold dates.");
        command.Options.Add(gold);
        command.Options.Add(split);
        command.Options.Add(errors);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(split)!, parse.GetValue(errors), parse.GetValue(json)));
        return command;
    }

    private static int Run(string gold, string split, int errors, bool json)
    {
        if (!Directory.Exists(gold))
        {
            throw new UserException($"{gold}: no such directory");
        }

        if (!File.Exists(Path.Combine(gold, "evaldata.json")))
        {
            throw new UserException($"{gold}: not trafilatura's evaluation set (no evaldata.json)");
        }

        var report = DateEvaluation.Run(gold, split);
        foreach (var (file, goldDay, found, source) in report.Errors.Take(errors))
        {
            CliOutput.Error.WriteLine($"  {goldDay}  {(found.Length == 0 ? "-" : found),-10}  {source,-13} {file}");
        }

        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using var writer = new Utf8JsonWriter(stdout);
            writer.WriteStartObject();
            writer.WriteString("split", report.Split);
            writer.WriteNumber("pages", report.Pages);
            writer.WriteNumber("right", report.Right);
            writer.WriteNumber("missing", report.Missing);
            writer.WriteNumber("accuracy", Math.Round(report.Accuracy * 100, 2));
            writer.WriteStartObject("bySource");
            foreach (var (source, (pages, right)) in report.BySource.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(source);
                writer.WriteNumber("pages", pages);
                writer.WriteNumber("right", right);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            stdout.WriteByte((byte)'\n');
            return ExitCodes.Success;
        }

        var o = CliOutput.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Split}: {report.Pages} pages with a gold date, {report.Right} right ({report.Accuracy * 100:F1}%), {report.Missing} without a date"));
        foreach (var (source, (pages, right)) in report.BySource.OrderByDescending(s => s.Value.Pages))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {source,-13} {pages,4} pages, {right,4} right"));
        }

        return ExitCodes.Success;
    }
}
