namespace Dateline.Text.Quotes.Learning;

/// <summary>Settings of <see cref="CueTrainer"/>; the defaults are the shipped model's.</summary>
public sealed class CueTrainingOptions
{
    /// <summary>Passes over the training words.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>The hashed weight table has 2^Bits entries.</summary>
    public int Bits { get; init; } = 19;

    /// <summary>The step size of stochastic gradient descent.</summary>
    public float LearningRate { get; init; } = 0.1f;

    /// <summary>The seed of the shuffle of training words in each epoch.</summary>
    public int Seed { get; init; } = 20261128;

    /// <summary>A word cluster file (<c>word TAB id1 TAB id2 TAB id3</c>, .gz allowed) whose ids become features and are stored in the model.</summary>
    public string? ClustersPath { get; init; }

    /// <summary>
    /// Whether words of the hand-written lexicon are training examples too (their contexts help; the model never scores
    /// them at run time, and dev figures always leave them out).
    /// </summary>
    public bool IncludeLexiconCues { get; init; } = true;

    /// <summary>The cue threshold to store; <c>null</c> picks the best-F1 threshold on the dev set (0.5 without one).</summary>
    public float? Threshold { get; init; }
}
