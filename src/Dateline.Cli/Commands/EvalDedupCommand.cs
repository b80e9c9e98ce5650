using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Dedup;
using Dateline.Dedup.Evaluation;
using Dateline.Text.Structure;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval dedup --gold FILE --corpus PATH</c>: pairwise precision, recall and F1 of copy detection.</summary>
internal sealed class EvalDedupCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = EvalOptions.Gold("Gold pairs, JSON Lines: {\"a\": ID, \"b\": ID, \"duplicate\": true|false}.");
        var corpus = new Option<string[]>("--corpus") { Description = "The articles (JSON Lines with ids, or any readable input).", Required = true, AllowMultipleArgumentsPerToken = true };
        var json = EvalOptions.Json("Print {\"pairs\",\"precision\",\"recall\",\"f1\"} (percent) as JSON.");
        var shingle = new Option<int>("--shingle") { Description = "Words per shingle.", DefaultValueFactory = _ => DedupOptions.Default.ShingleSize };
        var hashes = new Option<int>("--hashes") { Description = "MinHash bins (power of two).", DefaultValueFactory = _ => DedupOptions.Default.Hashes };
        var bands = new Option<int>("--bands") { Description = "LSH bands (must divide --hashes).", DefaultValueFactory = _ => DedupOptions.Default.Bands };
        var containment = new Option<double>("--min-containment") { Description = "Containment that makes a copy.", DefaultValueFactory = _ => DedupOptions.Default.MinContainment };
        var errors = EvalOptions.Errors("Print this many wrongly predicted pairs to standard error.");
        var command = new Command("dedup", "Score copy detection on gold pairs over a corpus: pairwise precision, recall, F1 (all copies, and copies keeping at least half of the original).");
        foreach (var option in new Option[] { gold, corpus, json, shingle, hashes, bands, containment, errors })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            DedupOptions options;
            try
            {
                options = DedupOptions.Default with
                {
                    ShingleSize = parse.GetValue(shingle),
                    Hashes = parse.GetValue(hashes),
                    Bands = parse.GetValue(bands),
                    MinContainment = parse.GetValue(containment),
                };
                options.Validate();
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new UserException(ex.Message.Split(" (Parameter", 2)[0]);
            }

            return Run(parse.GetValue(gold)!, parse.GetValue(corpus)!, parse.GetValue(json), options, parse.GetValue(errors));
        });
        return command;
    }

    private static int Run(string goldPath, string[] corpus, bool json, DedupOptions options, int errorCount)
    {
        List<GoldPair> gold;
        try
        {
            using var reader = File.OpenText(goldPath);
            gold = DedupEvaluation.ReadGold(reader, goldPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UserException($"{goldPath}: cannot read: {ex.Message}");
        }
        catch (FormatException ex)
        {
            throw new UserException(ex.Message);
        }

        if (gold.Count == 0)
        {
            throw new UserException($"{goldPath}: no gold pairs");
        }

        var run = new InputRun(corpus, null);

        // Copies are signed as at ingest: the structure stage's paragraphs, without captions, repeats and page furniture.
        var structure = new StructureStage();
        var result = DedupEvaluation.Run(run.Documents().Select(d => structure.Process(d, CancellationToken.None)), gold, options);
        if (run.Read == 0)
        {
            return run.Finish();
        }

        if (result.Missing > 0)
        {
            CliOutput.Warn($"{result.Missing} gold pair(s) name ids missing from the corpus; they are not scored.");
        }

        foreach (var (pair, predicted) in result.Errors.Take(errorCount))
        {
            CliOutput.Warn(string.Create(CultureInfo.InvariantCulture, $"{(predicted ? "false copy" : "missed copy")}: {pair.A} {pair.B} (keep {pair.Keep}, {pair.Kind})"));
        }

        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            using var writer = new Utf8JsonWriter(stdout);
            writer.WriteStartObject();
            Scores(writer, result.All);
            writer.WriteStartObject("keep_half");
            Scores(writer, result.KeepHalf);
            writer.WriteEndObject();
            writer.WriteNumber("documents", result.Documents);
            writer.WriteNumber("stories", result.Stories);
            writer.WriteEndObject();
            writer.Flush();
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            var o = CliOutput.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents {result.Documents}, stories {result.Stories}, signatures {result.SignaturesPerSecond:F0}/s (shingle {options.ShingleSize}, hashes {options.Hashes}, bands {options.Bands}x{options.Rows}, min containment {options.MinContainment})"));
            o.WriteLine(Line("all gold pairs", result.All));
            o.WriteLine(Line("copies keeping >= half + all negatives", result.KeepHalf));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pair scores compared directly: highest among non-copies {result.NegativeMaxScore:F3}, 1st percentile among copies keeping >= half {result.PositiveP01Score:F3}"));
        }

        return run.Finish();
    }

    private static void Scores(Utf8JsonWriter writer, PairCounts counts)
    {
        writer.WriteNumber("pairs", counts.Pairs);
        writer.WriteNumber("precision", DedupEvaluation.Percent(counts.Precision));
        writer.WriteNumber("recall", DedupEvaluation.Percent(counts.Recall));
        writer.WriteNumber("f1", DedupEvaluation.Percent(counts.F1));
        writer.WriteNumber("tp", counts.TruePositives);
        writer.WriteNumber("fp", counts.FalsePositives);
        writer.WriteNumber("fn", counts.FalseNegatives);
        writer.WriteNumber("tn", counts.TrueNegatives);
    }

    private static string Line(string name, PairCounts c) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: pairs {c.Pairs} (tp {c.TruePositives}, fp {c.FalsePositives}, fn {c.FalseNegatives}, tn {c.TrueNegatives})  precision {DedupEvaluation.Percent(c.Precision)}%  recall {DedupEvaluation.Percent(c.Recall)}%  F1 {DedupEvaluation.Percent(c.F1)}%");
}
