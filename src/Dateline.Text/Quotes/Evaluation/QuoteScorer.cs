using System.Collections.Immutable;
using Dateline.Core;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>
/// Scores predicted quotations against gold ones. Content spans match one to one (greedily, best overlap first) when
/// their overlap — shared characters over the characters of the longer span — reaches the threshold (0.3 and 0.8).
/// A matched quote's speaker is right when the predicted speaker span overlaps the gold source span, or when the
/// resolved speaker name equals the gold speaker name (case-insensitively). The "quoted" subset holds the gold and
/// predicted quotes whose content contains a quotation mark. The stricter speaker <em>name</em> accuracy asks what a
/// reader sees: over matched quotes whose gold speaker has a name, the resolved name (or, unresolved, the speaker
/// phrase without its article) must equal it, so a pronoun resolved to the wrong person counts as wrong.
/// </summary>
public sealed class QuoteScorer
{
    private static readonly double[] Thresholds = [0.3, 0.8];

    // [threshold, subset]: subset 0 = all, 1 = quoted.
    private readonly Counts[,] _counts = new Counts[2, 2];
    private readonly ImmutableArray<QuoteError>.Builder? _errors;
    private int _documents;

    /// <summary>A scorer; with <paramref name="recordErrors"/> it keeps every error at overlap 0.3 for inspection.</summary>
    public QuoteScorer(bool recordErrors = false)
    {
        _errors = recordErrors ? ImmutableArray.CreateBuilder<QuoteError>() : null;
    }

    public void Add(GoldArticle article, IReadOnlyList<PredictedQuote> predicted)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(predicted);
        _documents++;
        var text = article.Text;
        var gold = article.Quotes;
        var goldQuoted = gold.Select(g => HasQuoteMark(text, g.Content)).ToArray();
        var predictedQuoted = predicted.Select(p => HasQuoteMark(text, p.Content)).ToArray();
        for (var t = 0; t < Thresholds.Length; t++)
        {
            var pairs = new List<(double Overlap, int Gold, int Predicted)>();
            for (var g = 0; g < gold.Length; g++)
            {
                for (var p = 0; p < predicted.Count; p++)
                {
                    var overlap = Overlap(gold[g].Content, predicted[p].Content);
                    if (overlap >= Thresholds[t])
                    {
                        pairs.Add((overlap, g, p));
                    }
                }
            }

            pairs.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));
            var goldUsed = new bool[gold.Length];
            var predictedUsed = new bool[predicted.Count];
            for (var subset = 0; subset < 2; subset++)
            {
                ref var counts = ref _counts[t, subset];
                counts.Gold += subset == 0 ? gold.Length : goldQuoted.Count(q => q);
                counts.Predicted += subset == 0 ? predicted.Count : predictedQuoted.Count(q => q);
            }

            foreach (var (_, g, p) in pairs)
            {
                if (goldUsed[g] || predictedUsed[p])
                {
                    continue;
                }

                goldUsed[g] = true;
                predictedUsed[p] = true;
                var right = SpeakerRight(gold[g], predicted[p]);
                var nameRight = NameRight(text, gold[g], predicted[p]);
                if (t == 0 && right == false)
                {
                    _errors?.Add(Error(article, QuoteErrorKind.WrongSpeaker, gold[g], predicted[p]));
                }
                else if (t == 0 && nameRight == false)
                {
                    _errors?.Add(Error(article, QuoteErrorKind.WrongName, gold[g], predicted[p]) with { PredictedSpeaker = NameOf(text, predicted[p]) ?? "-", GoldSpeaker = gold[g].Speaker });
                }

                for (var subset = 0; subset < 2; subset++)
                {
                    ref var counts = ref _counts[t, subset];
                    if (subset == 1 && !goldQuoted[g] && !predictedQuoted[p])
                    {
                        continue;
                    }

                    if (subset == 0 || goldQuoted[g])
                    {
                        counts.MatchedGold++;
                        if (right is { } r)
                        {
                            counts.SpeakerJudged++;
                            counts.SpeakerRight += r ? 1 : 0;
                        }

                        if (nameRight is { } n)
                        {
                            counts.NameJudged++;
                            counts.NameRight += n ? 1 : 0;
                        }
                    }

                    if (subset == 0 || predictedQuoted[p])
                    {
                        counts.MatchedPredicted++;
                    }
                }
            }

            if (t == 0 && _errors is not null)
            {
                RecordUnmatched(article, gold, predicted, goldUsed, predictedUsed);
            }
        }
    }

    public QuoteEvaluation Result() =>
        new(_documents, new QuoteSubsetScores(Score(0, 0), Score(1, 0)), new QuoteSubsetScores(Score(0, 1), Score(1, 1)))
        {
            Errors = _errors?.ToImmutable() ?? [],
        };

    /// <summary>Shared characters over the characters of the longer span.</summary>
    public static double Overlap(TextSpan a, TextSpan b)
    {
        var shared = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        var longer = Math.Max(a.Length, b.Length);
        return shared <= 0 || longer == 0 ? 0 : (double)shared / longer;
    }

    /// <summary>Whether the speaker is right; <c>null</c> when the gold quote names no speaker.</summary>
    private static bool? SpeakerRight(GoldQuote gold, PredictedQuote predicted)
    {
        if (gold.Source is null && gold.Speaker is null)
        {
            return null;
        }

        if (gold.Source is { } source && predicted.Speaker is { } span && span.Start < source.End && source.Start < span.End)
        {
            return true;
        }

        return gold.Speaker is { } name && predicted.SpeakerName is { } predictedName
            && string.Equals(name.Trim(), predictedName.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the name a reader sees is the gold speaker's name; <c>null</c> when the gold quote names no one.</summary>
    private static bool? NameRight(string text, GoldQuote gold, PredictedQuote predicted)
    {
        if (gold.Speaker is not { } name || name.Trim() is "" or "-")
        {
            return null;
        }

        return NameOf(text, predicted) is { } predictedName && string.Equals(WithoutArticle(name), WithoutArticle(predictedName), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The resolved speaker name, else the speaker phrase as written.</summary>
    private static string? NameOf(string text, PredictedQuote predicted) => predicted.SpeakerName ?? Slice(text, predicted.Speaker);

    private static string WithoutArticle(string name)
    {
        var trimmed = name.Trim();
        foreach (var article in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (trimmed.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[article.Length..].Trim();
            }
        }

        return trimmed;
    }

    private void RecordUnmatched(GoldArticle article, ImmutableArray<GoldQuote> gold, IReadOnlyList<PredictedQuote> predicted, bool[] goldUsed, bool[] predictedUsed)
    {
        var text = article.Text;
        for (var g = 0; g < gold.Length; g++)
        {
            if (!goldUsed[g])
            {
                _errors!.Add(Error(article, QuoteErrorKind.Missed, gold[g], null));
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!predictedUsed[p])
            {
                var quote = predicted[p];
                _errors!.Add(new QuoteError(article.Id, QuoteErrorKind.False, quote.Content, Slice(text, quote.Content) ?? string.Empty, Slice(text, quote.Cue), null, Slice(text, quote.Speaker) ?? quote.SpeakerName));
            }
        }
    }

    private static QuoteError Error(GoldArticle article, QuoteErrorKind kind, GoldQuote gold, PredictedQuote? predicted)
    {
        var text = article.Text;
        var predictedSpeaker = predicted is null ? null : Slice(text, predicted.Speaker) ?? predicted.SpeakerName;
        return new QuoteError(article.Id, kind, gold.Content, Slice(text, gold.Content) ?? string.Empty, Slice(text, gold.Cue), Slice(text, gold.Source) ?? gold.Speaker, predictedSpeaker);
    }

    private static string? Slice(string text, TextSpan? span) =>
        span is { } s && s.End <= text.Length ? text[s.Start..s.End] : null;

    private static bool HasQuoteMark(string text, TextSpan span)
    {
        foreach (var c in text.AsSpan(span.Start, span.Length))
        {
            if (c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E')
            {
                return true;
            }
        }

        return false;
    }

    private QuoteScore Score(int threshold, int subset)
    {
        var c = _counts[threshold, subset];
        var precision = c.Predicted == 0 ? 0 : 100.0 * c.MatchedPredicted / c.Predicted;
        var recall = c.Gold == 0 ? 0 : 100.0 * c.MatchedGold / c.Gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var speaker = c.SpeakerJudged == 0 ? 0 : 100.0 * c.SpeakerRight / c.SpeakerJudged;
        double? names = c.NameJudged == 0 ? null : Math.Round(100.0 * c.NameRight / c.NameJudged, 2);
        return new QuoteScore(Math.Round(precision, 2), Math.Round(recall, 2), Math.Round(f1, 2), Math.Round(speaker, 2), c.Gold, c.Predicted, c.MatchedGold)
        {
            NameAccuracy = names,
        };
    }

    private struct Counts
    {
        public int Gold;
        public int Predicted;
        public int MatchedGold;
        public int MatchedPredicted;
        public int SpeakerJudged;
        public int SpeakerRight;
        public int NameJudged;
        public int NameRight;
    }
}
