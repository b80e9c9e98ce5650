namespace Dateline.Store.Stories;

/// <summary>What <c>dateline stories --rebuild</c> did: articles assigned, stories made, of them with two or more articles.</summary>
public sealed record StoryRebuild(int Articles, int Stories, int MultiArticleStories);
