namespace Dateline.Dedup.Evaluation;

/// <summary>A generated corpus of articles and copies, with its gold pairs.</summary>
public sealed record DevSet(IReadOnlyList<DevArticle> Articles, IReadOnlyList<GoldPair> Pairs);
