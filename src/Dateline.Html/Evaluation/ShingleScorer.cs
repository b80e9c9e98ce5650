using System.Text;

namespace Dateline.Html.Evaluation;

/// <summary>
/// The scoring of the Zyte (Scrapinghub) article extraction benchmark: texts split into word tokens
/// (<c>\w+</c>), shingles of four consecutive tokens counted as multisets, and per page true positives, false
/// positives and false negatives normalized to sum to one, so that long pages weigh no more than short ones.
/// A text of fewer than four tokens is one shingle.
/// </summary>
public static class ShingleScorer
{
    public const int ShingleSize = 4;

    public static (double Tp, double Fp, double Fn) Match(string gold, string predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldShingles = Shingles(gold);
        var predictedShingles = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, goldCount) in goldShingles)
        {
            predictedShingles.TryGetValue(key, out var predictedCount);
            tp += Math.Min(goldCount, predictedCount);
            fn += Math.Max(0, goldCount - predictedCount);
        }

        foreach (var (key, predictedCount) in predictedShingles)
        {
            goldShingles.TryGetValue(key, out var goldCount);
            fp += Math.Max(0, predictedCount - goldCount);
        }

        var sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
    }

    /// <summary>Precision as the benchmark defines it: 1 when nothing was wrong, 0 when nothing was predicted right.</summary>
    public static double Precision(double tp, double fp, double fn) =>
        fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);

    public static double Recall(double tp, double fp, double fn) =>
        fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);

    /// <summary>Word tokens as Python's <c>re.findall(r'\w+')</c> finds them: runs of letters, digits and underscores.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        var builder = new StringBuilder();
        for (var i = 0; i < count && i < tokens.Count; i++)
        {
            builder.Clear();
            for (var j = i; j < Math.Min(tokens.Count, i + ShingleSize); j++)
            {
                builder.Append(tokens[j]).Append('\u0001');
            }

            var key = builder.ToString();
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }
}
