using System.CommandLine;
using System.Globalization;
using Dateline.Dedup.Stories;
using Dateline.Dedup.Stories.Evaluation;
using Dateline.Ingest.Formats;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval stories --gold FILE.csv[.gz]</c>: the story similarity against SemEval-2022 task 8 judgements (English pairs).</summary>
internal sealed class EvalStoriesCommand : ICliCommand
{
    public string? Parent => "eval";

    public Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "SemEval-2022 task 8 pairs: CSV with pair_id, lang1, lang2, text1, text2, Overall (1 = same story .. 4).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print {\"pairs\",\"pearson\",\"sameStory\":{\"precision\",\"recall\",\"f1\"}} as JSON." };
        var threshold = new Option<double?>("--threshold") { Description = "Same-story threshold (default: the clusterer's join threshold)." };
        var sweep = new Option<bool>("--sweep") { Description = "Also print precision/recall/F1 at thresholds 0.30..0.80 (standard error)." };
        var command = new Command("stories", "Score story similarity on judged article pairs: Pearson with 5 - Overall, same-story P/R/F1 (Overall <= 2).");
        foreach (var option in new Option[] { gold, json, threshold, sweep })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(json), parse.GetValue(threshold), parse.GetValue(sweep)));
        return command;
    }

    private static int Run(string path, bool json, double? threshold, bool sweep)
    {
        if (!File.Exists(path))
        {
            throw new UserException($"{path}: file not found.");
        }

        var pairs = ReadPairs(path);
        if (pairs.Count == 0)
        {
            throw new UserException($"{path}: no English-English pair with an Overall score.");
        }

        var vectorizer = new StoryVectorizer();
        if (vectorizer.Options == StoryOptions.Default && TermWeights.Default.Documents == 0)
        {
            CliOutput.Error.WriteLine($"warning: {TermWeights.RelativePath} not found; terms weigh uniformly");
        }

        var similarities = StoryPairEvaluation.Similarities(pairs, vectorizer);
        var cut = threshold ?? vectorizer.Options.JoinThreshold;
        var score = StoryPairEvaluation.Score(pairs, similarities, cut);
        if (sweep)
        {
            for (var t = 0.30; t <= 0.801; t += 0.025)
            {
                var s = StoryPairEvaluation.Score(pairs, similarities, t);
                CliOutput.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {t:F3}: P {s.Precision * 100,5:F1}  R {s.Recall * 100,5:F1}  F1 {s.F1 * 100,5:F1}"));
            }
        }

        if (json)
        {
            CliOutput.Out.WriteLine(JsonLines.Serialize(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("pairs", score.Pairs);
                w.WriteNumber("pearson", Math.Round(score.Pearson, 4));
                w.WriteNumber("threshold", cut);
                w.WriteStartObject("sameStory");
                w.WriteNumber("precision", Math.Round(score.Precision, 4));
                w.WriteNumber("recall", Math.Round(score.Recall, 4));
                w.WriteNumber("f1", Math.Round(score.F1, 4));
                w.WriteEndObject();
                w.WriteEndObject();
            }));
            return ExitCodes.Success;
        }

        CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pairs (English)      {score.Pairs,8:N0}"));
        CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pearson              {score.Pearson,8:F4}"));
        CliOutput.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"same story at >= {cut:F3}: P {score.Precision * 100:F1}%  R {score.Recall * 100:F1}%  F1 {score.F1 * 100:F1}%  (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives})"));
        return ExitCodes.Success;
    }

    private static List<StoryPair> ReadPairs(string path)
    {
        var pairs = new List<StoryPair>();
        try
        {
            foreach (var (line, row) in CsvTable.Read(path))
            {
                if (!row.TryGetValue("lang1", out var lang1) || !row.TryGetValue("lang2", out var lang2) || !row.TryGetValue("text1", out var text1)
                    || !row.TryGetValue("text2", out var text2) || !row.TryGetValue("Overall", out var overallText))
                {
                    throw new UserException(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: missing one of the columns lang1, lang2, text1, text2, Overall"));
                }

                if (lang1.Trim() != "en" || lang2.Trim() != "en")
                {
                    continue;
                }

                if (!double.TryParse(overallText, NumberStyles.Float, CultureInfo.InvariantCulture, out var overall))
                {
                    throw new UserException(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: Overall '{overallText}' is not a number"));
                }

                pairs.Add(new StoryPair(row.GetValueOrDefault("pair_id") ?? line.ToString(CultureInfo.InvariantCulture), text1, text2, overall));
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            throw new UserException(ex.Message, ex);
        }

        return pairs;
    }
}
