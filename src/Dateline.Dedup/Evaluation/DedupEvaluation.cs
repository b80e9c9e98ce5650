using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dateline.Core;

namespace Dateline.Dedup.Evaluation;

/// <summary>
/// Scores copy detection against gold pairs: every document of the corpus is signed and added to an
/// in-memory <see cref="CopyIndex"/> in corpus order, and a pair is predicted to be copies when both
/// landed in one story. Pairs naming an id missing from the corpus are counted in <see cref="Missing"/>.
/// </summary>
public sealed record DedupEvaluation(
    PairCounts All,
    PairCounts KeepHalf,
    int Missing,
    int Documents,
    int Stories,
    double SignaturesPerSecond,
    IReadOnlyList<(GoldPair Pair, bool Predicted)> Errors)
{
    /// <summary>The highest pair score (<see cref="CopyMatch.Score"/>) among non-copies, compared directly.</summary>
    public double NegativeMaxScore { get; init; }

    /// <summary>The 1st percentile of the pair score among copies keeping at least half, compared directly.</summary>
    public double PositiveP01Score { get; init; }

    public static DedupEvaluation Run(IEnumerable<Document> documents, IReadOnlyList<GoldPair> gold, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(gold);
        var signer = new CopySigner(options);
        var index = CopyIndex.InMemory(options);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var signatures = new Dictionary<string, CopySignature>(StringComparer.Ordinal);
        var signing = new Stopwatch();
        foreach (var document in documents)
        {
            signing.Start();
            var signature = signer.Sign(document);
            signing.Stop();
            var assignment = index.Add(new CopyArticle(document.Id, signature)
            {
                Date = document.Metadata.Date,
                Outlet = document.Metadata.Publisher,
                Title = document.Metadata.Title,
            });
            storyOf[document.Id] = assignment.StoryId;
            signatures[document.Id] = signature;
        }

        var scored = new List<(GoldPair Pair, bool Predicted)>();
        var missing = 0;
        foreach (var pair in gold)
        {
            if (!storyOf.TryGetValue(pair.A, out var a) || !storyOf.TryGetValue(pair.B, out var b))
            {
                missing++;
                continue;
            }

            scored.Add((pair, string.Equals(a, b, StringComparison.Ordinal)));
        }

        var all = PairCounts.Count(scored.Select(s => (s.Pair.Duplicate, s.Predicted)));
        var half = PairCounts.Count(scored.Where(s => !s.Pair.Duplicate || s.Pair.Keep >= 0.5).Select(s => (s.Pair.Duplicate, s.Predicted)));
        var errors = scored.Where(s => s.Pair.Duplicate != s.Predicted).ToList();
        var perSecond = signing.Elapsed.TotalSeconds > 0 ? storyOf.Count / signing.Elapsed.TotalSeconds : 0;
        var negatives = scored.Where(s => !s.Pair.Duplicate).Select(s => CopyComparer.Compare(signatures[s.Pair.A], signatures[s.Pair.B]).Score).DefaultIfEmpty(0).Max();
        var positives = scored.Where(s => s.Pair.Duplicate && s.Pair.Keep >= 0.5).Select(s => CopyComparer.Compare(signatures[s.Pair.A], signatures[s.Pair.B]).Score).Order().ToList();
        return new DedupEvaluation(all, half, missing, storyOf.Count, storyOf.Values.Distinct(StringComparer.Ordinal).Count(), perSecond, errors)
        {
            NegativeMaxScore = negatives,
            PositiveP01Score = positives.Count == 0 ? 0 : positives[positives.Count / 100],
        };
    }

    /// <summary>Reads gold pairs from JSON Lines (<c>{"a": ID, "b": ID, "duplicate": true|false}</c>, optional <c>keep</c>, <c>kind</c>).</summary>
    /// <exception cref="FormatException">A line is not a gold pair; the message names the line.</exception>
    public static List<GoldPair> ReadGold(TextReader reader, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var pairs = new List<GoldPair>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !root.TryGetProperty("a", out var a) || !root.TryGetProperty("b", out var b)
                    || !root.TryGetProperty("duplicate", out var duplicate)
                    || duplicate.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw new FormatException($"{path}:{number}: expected {{\"a\": ID, \"b\": ID, \"duplicate\": true|false}}");
                }

                var keep = root.TryGetProperty("keep", out var k) && k.ValueKind == JsonValueKind.Number ? k.GetDouble() : (duplicate.GetBoolean() ? 1.0 : 0.0);
                var kind = root.TryGetProperty("kind", out var kd) && kd.ValueKind == JsonValueKind.String ? kd.GetString() ?? string.Empty : string.Empty;
                pairs.Add(new GoldPair(Id(a), Id(b), duplicate.GetBoolean(), keep, kind));
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path}:{number}: not JSON ({ex.Message.Split(" Path:", 2)[0].TrimEnd('.')})", ex);
            }
        }

        return pairs;

        string Id(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.Number => element.GetRawText(),
            _ => throw new FormatException($"{path}:{number}: ids must be strings or numbers"),
        };
    }

    /// <summary>Percent with one decimal, for reports.</summary>
    public static double Percent(double fraction) => Math.Round(fraction * 100, 2);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"pairs {All.Pairs}, P {Percent(All.Precision)} R {Percent(All.Recall)} F1 {Percent(All.F1)}");
}
