namespace Dateline.Dedup.Stories;

/// <summary>The story an article was put in: <paramref name="Founded"/> when it starts a new one (its id is the article's), with the similarity it joined at (1 for a copy).</summary>
public sealed record StoryJoin(long StoryId, bool Founded, double Similarity);
