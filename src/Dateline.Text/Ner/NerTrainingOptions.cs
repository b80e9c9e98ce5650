namespace Dateline.Text.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>; the defaults are the ones the shipped model was trained with.</summary>
public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 15;

    /// <summary>Seed of the document shuffle, so training is deterministic.</summary>
    public int Seed { get; init; } = 20260801;

    /// <summary>Features seen fewer times in the training data are dropped.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Rows whose largest absolute averaged weight is below this are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;
}
