namespace Dateline.Store.Stories;

/// <summary>Stories of a store (docs/stories.md): listing, one story, and reassigning every article.</summary>
public interface IStoryStore
{
    IReadOnlyList<StorySummary> Stories(StoryQuery query, CancellationToken cancellationToken = default);

    /// <summary>A story by id (or the story of an article, by store or document id); <c>null</c> if absent.</summary>
    StoryDetail? Story(string id, CancellationToken cancellationToken = default);

    /// <summary>The ids of the articles of a story (empty when unknown).</summary>
    IReadOnlyList<long> ArticlesOf(long storyId, CancellationToken cancellationToken = default);

    /// <summary>Forgets every story and assigns them again over all stored articles in date order. Not while a writer writes.</summary>
    StoryRebuild Rebuild(CancellationToken cancellationToken = default);
}
