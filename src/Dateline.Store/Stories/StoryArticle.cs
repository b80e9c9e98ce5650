namespace Dateline.Store.Stories;

/// <summary>An article of a story, with the similarity it joined at (1 for a copy or the founder).</summary>
public sealed record StoryArticle(long Id, string DocId, string? Date, string? Outlet, string? Headline, double Similarity);
