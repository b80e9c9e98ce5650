namespace Dateline.Dedup;

/// <summary>An article in a copy store, with the story it belongs to.</summary>
public sealed record StoredCopy(CopyArticle Article, string StoryId);
