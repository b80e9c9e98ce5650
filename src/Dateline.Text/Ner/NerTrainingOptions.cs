namespace Dateline.Text.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>; the defaults are the ones the shipped model was trained with.</summary>
public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 15;

    /// <summary>Seed of the document shuffle, so training is deterministic.</summary>
    public int Seed { get; init; } = 20260801;

    /// <summary>Features seen fewer times in the training data are dropped.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>
    /// Whether names of the training entities become gazetteer entries (TRAIN-* categories). For training, each
    /// document sees only the names of the other folds (jackknife), so the feature is as reliable as on new text.
    /// </summary>
    public bool TrainingNames { get; init; }

    public int Folds { get; init; } = 10;

    /// <summary>How many times each in-domain training document is visited per epoch (oversampling).</summary>
    public int InDomainRepeat { get; init; } = 1;

    /// <summary>
    /// Domain adaptation by feature augmentation (Daume 2007, target copy only): every feature of an in-domain training
    /// token is also emitted conjoined with the domain, so those copies learn what differs there. The saved model adds
    /// the copies' weights to the shared ones, so it scores new text with the same features at the same speed.
    /// </summary>
    public bool DomainFeatures { get; init; }

    /// <summary>Which dev set picks the best epoch when both are given.</summary>
    public NerStopRule StopOn { get; init; } = NerStopRule.Mean;

    /// <summary>Rows whose largest absolute averaged weight is below this are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;
}
