using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Html.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval html --gold DIR</c>: article extraction scores on the Zyte benchmark layout or trafilatura's
/// evaluation set, for Dateline's extractor or SmartReader.
/// </summary>
internal sealed class EvalHtmlCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = EvalOptions.Gold("Gold folder: html/*.html.gz + ground-truth.json (Zyte benchmark) or evaldata.json + eval/ + cache/ (trafilatura).");
        var json = EvalOptions.Json("Print the scores as one JSON object (percent).");
        var extractor = new Option<string>("--extractor") { Description = "Extractor to score: dateline or smartreader.", DefaultValueFactory = _ => "dateline" };
        extractor.AcceptOnlyFromAmong("dateline", "smartreader");
        var limit = new Option<int>("--limit") { Description = "Score only the first N pages (0 = all).", DefaultValueFactory = _ => 0 };
        var worst = new Option<int>("--worst") { Description = "Also list the N worst pages.", DefaultValueFactory = _ => 0 };
        var dump = new Option<string?>("--dump") { Description = "Write each page's extracted text to this folder (NAME.txt), for error analysis." };
        var damage = new Option<string?>("--damage") { Description = "Damage every page before extracting it: title, head, comments or layout (robustness check)." };
        damage.AcceptOnlyFromAmong([.. PageDamage.Kinds]);
        var command = new Command("html", "Score article extraction from HTML against gold text.");
        command.Options.Add(gold);
        command.Options.Add(json);
        command.Options.Add(extractor);
        command.Options.Add(limit);
        command.Options.Add(worst);
        command.Options.Add(dump);
        command.Options.Add(damage);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(json), parse.GetValue(extractor)!, parse.GetValue(limit), parse.GetValue(worst), parse.GetValue(dump), parse.GetValue(damage)));
        return command;
    }

    private static int Run(string gold, bool json, string extractorName, int limit, int worst, string? dump, string? damage)
    {
        if (!Directory.Exists(gold))
        {
            throw new UserException($"{gold}: no such directory");
        }

        if (HtmlEvaluation.DetectLayout(gold) is null)
        {
            throw new UserException($"{gold}: not a gold folder (expected ground-truth.json with html/, or evaldata.json)");
        }

        IArticleTextExtractor extractor = extractorName == "smartreader" ? new SmartReaderTextExtractor() : new DatelineTextExtractor(Environment.GetEnvironmentVariable("DATELINE_HTML_TRACE") == "1" ? new Dateline.Html.HtmlArticleExtractor { Trace = Console.Error } : null);
        if (damage is not null)
        {
            extractor = new DamagingTextExtractor(extractor, damage);
        }

        var report = HtmlEvaluation.Run(gold, extractor, limit, dump);
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using var writer = new Utf8JsonWriter(stdout);
            writer.WriteStartObject();
            writer.WriteString("layout", report.Layout);
            writer.WriteString("extractor", report.Extractor);
            writer.WriteNumber("pages", report.Pages);
            writer.WriteNumber("precision", Percent(report.Precision));
            writer.WriteNumber("recall", Percent(report.Recall));
            writer.WriteNumber("f1", Percent(report.F1));
            writer.WriteNumber("share90", Percent(report.Share90));
            WriteOptional(writer, "titleAccuracy", report.TitleAccuracy);
            WriteOptional(writer, "authorAccuracy", report.AuthorAccuracy);
            WriteOptional(writer, "dateAccuracy", report.DateAccuracy);
            writer.WriteNumber("failures", report.Failures);
            writer.WriteNumber("seconds", Math.Round(report.Seconds, 2));
            writer.WriteNumber("extractSeconds", Math.Round(report.ExtractSeconds, 2));
            writer.WriteNumber("extractCpuSeconds", Math.Round(report.ExtractCpuSeconds, 2));
            writer.WriteEndObject();
            writer.Flush();
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            var o = CliOutput.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Layout} gold, extractor {report.Extractor}: {report.Pages} pages in {report.Seconds:F1} s ({report.Pages / Math.Max(report.Seconds, 1e-9):F0} pages/s)"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  extraction alone: {report.ExtractSeconds:F1} s wall, {report.ExtractCpuSeconds:F1} s processor ({report.Pages / Math.Max(report.ExtractCpuSeconds, 1e-9):F0} pages per processor second)"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  precision {Percent(report.Precision):F1}  recall {Percent(report.Recall):F1}  F1 {Percent(report.F1):F1}  pages with F1 >= 0.9: {Percent(report.Share90):F1}%"));
            if (report.TitleAccuracy is not null || report.AuthorAccuracy is not null || report.DateAccuracy is not null)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  title {Format(report.TitleAccuracy)}  author {Format(report.AuthorAccuracy)}  date {Format(report.DateAccuracy)} (accuracy, %)"));
            }

            if (report.Failures > 0)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {report.Failures} page(s) failed"));
            }

            foreach (var (page, f1) in report.Worst.Take(worst))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {f1:F2}  {page}"));
            }
        }

        return ExitCodes.Success;
    }

    private static double Percent(double value) => Math.Round(value * 100, 2);

    private static string Format(double? value) => value is { } v ? Percent(v).ToString("F1", CultureInfo.InvariantCulture) : "n/a";

    private static void WriteOptional(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, Percent(v));
        }
    }
}
