namespace Dateline.Store.Stories;

/// <summary>A story with its articles (by date) and the attributed quotes across its coverage.</summary>
public sealed record StoryDetail(StorySummary Story, IReadOnlyList<StoryArticle> Articles, IReadOnlyList<StoryQuote> Quotes);
