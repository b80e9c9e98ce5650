using Dateline.Core.Annotations;

namespace Dateline.Store.Linking;

/// <summary>
/// One article entity as the corpus linker sees it: label, canonical name and aliases from the article's own
/// resolution, its mentions, the article's month (<c>yyyy-MM</c>, or <c>null</c> when undated), and the titles the
/// article gives it ("President", "Sen."), evidence for a surname alone, and a number telling the batch's articles
/// apart (two full names kept apart in one article are two people).
/// </summary>
public sealed record LinkInput(EntityLabel Label, string Name, IReadOnlyList<string> Aliases, int Mentions, string? Month, IReadOnlyList<string>? Titles = null, long Article = 0);
