namespace Dateline.Text.Ner;

/// <summary>
/// Progress of one training epoch: sentences the model got wrong, dev-set F1 (general and in-domain, when given), time.
/// </summary>
public sealed record NerEpochReport(int Epoch, int Epochs, int WrongSentences, int Sentences, double? DevF1, TimeSpan Elapsed)
{
    public double? InDomainDevF1 { get; init; }
}
