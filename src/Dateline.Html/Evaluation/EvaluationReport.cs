namespace Dateline.Html.Evaluation;

/// <summary>Scores of one extractor on one gold set; precision, recall, F1 and shares are fractions (0..1).</summary>
public sealed record EvaluationReport
{
    public required string Layout { get; init; }

    public required string Extractor { get; init; }

    public int Pages { get; init; }

    public double Precision { get; init; }

    public double Recall { get; init; }

    public double F1 { get; init; }

    /// <summary>The share of pages whose own F1 is at least 0.9.</summary>
    public double Share90 { get; init; }

    /// <summary>Accuracy of the title, where the gold has titles (null when it has none).</summary>
    public double? TitleAccuracy { get; init; }

    public double? AuthorAccuracy { get; init; }

    public double? DateAccuracy { get; init; }

    public int Failures { get; init; }

    public double Seconds { get; init; }

    /// <summary>Per-page F1, worst first, for error analysis.</summary>
    public IReadOnlyList<(string Page, double F1)> Worst { get; init; } = [];
}
