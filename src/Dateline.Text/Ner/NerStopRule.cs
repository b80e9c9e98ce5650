namespace Dateline.Text.Ner;

/// <summary>Which dev-set F1 picks the best training epoch when a general and an in-domain dev set are both given.</summary>
public enum NerStopRule
{
    /// <summary>The mean of the two F1 figures.</summary>
    Mean,

    /// <summary>The general dev set alone.</summary>
    Dev,

    /// <summary>The in-domain dev set alone.</summary>
    InDomain,
}
