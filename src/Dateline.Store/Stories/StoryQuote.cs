namespace Dateline.Store.Stories;

/// <summary>A quote in a story's coverage: who said it, in which article and outlet, on which day.</summary>
public sealed record StoryQuote(long ArticleId, string? Date, string? Outlet, string? Speaker, string Content);
