namespace Dateline.Dedup.Evaluation;

/// <summary>A labelled pair: copies of one story or not.</summary>
/// <param name="Keep">For copies, the share of the original body both keep (1 for uncut copies); 0 for non-copies.</param>
/// <param name="Kind">How the pair was made: "copy", "same-topic-day" (a hard negative).</param>
public sealed record GoldPair(string A, string B, bool Duplicate, double Keep = 0, string Kind = "");
