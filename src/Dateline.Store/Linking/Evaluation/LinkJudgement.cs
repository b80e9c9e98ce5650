namespace Dateline.Store.Linking.Evaluation;

/// <summary>What the store linked a gold mention to (<c>null</c>: nothing, or an entry marked ambiguous) and whether that is right.</summary>
public sealed record LinkJudgement(LinkGold Gold, string? Predicted, bool Correct);
