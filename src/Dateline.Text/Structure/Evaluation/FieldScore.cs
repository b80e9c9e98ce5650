namespace Dateline.Text.Structure.Evaluation;

/// <summary>How many documents had a field right, out of how many were scored; accuracy in percent.</summary>
public readonly record struct FieldScore(int Correct, int Total)
{
    public double Accuracy => Total == 0 ? 0 : 100.0 * Correct / Total;

    public FieldScore Add(bool correct) => new(Correct + (correct ? 1 : 0), Total + 1);
}
