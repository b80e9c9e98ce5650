namespace Dateline.Dedup.Evaluation;

/// <summary>Pairwise confusion counts and the scores made of them (fractions, 0..1).</summary>
public sealed record PairCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public int Pairs => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairCounts Count(IEnumerable<(bool Gold, bool Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (gold, predicted) in pairs)
        {
            if (gold && predicted)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (gold)
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        return new PairCounts(tp, fp, fn, tn);
    }
}
