namespace Dateline.Dedup.Stories.Evaluation;

/// <summary>What <c>dateline eval stories</c> reports: Pearson between system and gold similarity, and same-story precision/recall/F1.</summary>
public sealed record StoryPairScores(int Pairs, double Pearson, double Precision, double Recall, double F1, int TruePositives, int FalsePositives, int FalseNegatives);
