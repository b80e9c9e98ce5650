using Dateline.Core.Annotations;

namespace Dateline.Store.Linking;

/// <summary>
/// One article entity as the corpus linker sees it: label, canonical name and aliases from the article's own
/// resolution, its mentions, and the article's month (<c>yyyy-MM</c>, or <c>null</c> when undated).
/// </summary>
public sealed record LinkInput(EntityLabel Label, string Name, IReadOnlyList<string> Aliases, int Mentions, string? Month);
