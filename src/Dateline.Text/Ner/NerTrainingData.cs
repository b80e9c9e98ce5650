namespace Dateline.Text.Ner;

/// <summary>
/// Documents for <see cref="NerTrainer"/>: general training data (CoNLL), optional in-domain training data (modern news),
/// and the dev sets that pick the best epoch.
/// </summary>
public sealed record NerTrainingData(IReadOnlyList<ConllDocument> Train, IReadOnlyList<ConllDocument>? Dev)
{
    public IReadOnlyList<ConllDocument>? InDomain { get; init; }

    public IReadOnlyList<ConllDocument>? InDomainDev { get; init; }
}
