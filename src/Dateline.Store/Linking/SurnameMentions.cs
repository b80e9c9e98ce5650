namespace Dateline.Store.Linking;

/// <summary>Mentions of a full-name person entry (by entry key) with a given surname in one month (<c>yyyy-MM</c>).</summary>
public sealed record SurnameMentions(string Surname, string Key, string Month, int Mentions);
