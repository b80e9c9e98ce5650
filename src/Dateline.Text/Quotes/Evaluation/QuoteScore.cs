namespace Dateline.Text.Quotes.Evaluation;

/// <summary>Content-span precision, recall, F1 and speaker accuracy over matched quotes, in percent.</summary>
public sealed record QuoteScore(double Precision, double Recall, double F1, double SpeakerAccuracy, int Gold, int Predicted, int Matched)
{
    /// <summary>Over matched quotes whose gold speaker has a name: the share whose resolved name (or unresolved phrase) equals it; <c>null</c> when the gold names no speakers (brat).</summary>
    public double? NameAccuracy { get; init; }
}
