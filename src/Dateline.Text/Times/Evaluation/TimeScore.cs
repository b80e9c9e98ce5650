using System.Collections.Immutable;

namespace Dateline.Text.Times.Evaluation;

/// <summary>TempEval-3 Task A scores (percent) and the counts behind them.</summary>
public sealed record TimeScore(
    int Documents,
    int Gold,
    int Predicted,
    int StrictMatches,
    int RelaxedMatches,
    int TypeCorrect,
    int ValueCorrect,
    ImmutableArray<TimeEvalError> Errors)
{
    public double StrictPrecision => Percent(StrictMatches, Predicted);

    public double StrictRecall => Percent(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Percent(RelaxedMatches, Predicted);

    public double RelaxedRecall => Percent(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Correct types among relaxed matches.</summary>
    public double TypeAccuracy => Percent(TypeCorrect, RelaxedMatches);

    public double ValuePrecision => Percent(ValueCorrect, Predicted);

    public double ValueRecall => Percent(ValueCorrect, Gold);

    /// <summary>Relaxed matches with the exact gold value, as F1 over predicted and gold counts.</summary>
    public double ValueF1 => F1(ValuePrecision, ValueRecall);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
