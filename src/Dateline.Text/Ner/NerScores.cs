using Dateline.Core.Annotations;

namespace Dateline.Text.Ner;

/// <summary>Entity-level exact-match counts (conlleval): true positives, predicted and gold entities per label.</summary>
public sealed class NerScores
{
    private readonly int[] _correct = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _gold = new int[4];

    public int Correct => _correct.Sum();

    public int Predicted => _predicted.Sum();

    public int Gold => _gold.Sum();

    public int Tokens { get; private set; }

    public double Precision => Percent(Correct, Predicted);

    public double Recall => Percent(Correct, Gold);

    public double F1 => FScore(Precision, Recall);

    public double PrecisionOf(EntityLabel label) => Percent(_correct[(int)label], _predicted[(int)label]);

    public double RecallOf(EntityLabel label) => Percent(_correct[(int)label], _gold[(int)label]);

    public double F1Of(EntityLabel label) => FScore(PrecisionOf(label), RecallOf(label));

    public int GoldOf(EntityLabel label) => _gold[(int)label];

    public int PredictedOf(EntityLabel label) => _predicted[(int)label];

    /// <summary>Adds one sentence (or document): gold and predicted entities as token ranges.</summary>
    public void Add(IEnumerable<(int First, int Last, EntityLabel Label)> gold, IEnumerable<(int First, int Last, EntityLabel Label)> predicted, int tokens)
    {
        var goldSet = new HashSet<(int, int, EntityLabel)>(gold);
        foreach (var g in goldSet)
        {
            _gold[(int)g.Item3]++;
        }

        foreach (var p in predicted)
        {
            _predicted[(int)p.Label]++;
            if (goldSet.Contains(p))
            {
                _correct[(int)p.Label]++;
            }
        }

        Tokens += tokens;
    }

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static double FScore(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
