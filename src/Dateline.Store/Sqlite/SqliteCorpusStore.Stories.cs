using Dateline.Store.Stories;

namespace Dateline.Store.Sqlite;

/// <summary>Stories (docs/stories.md), kept in migration 6's tables.</summary>
public sealed partial class SqliteCorpusStore
{
    public IReadOnlyList<StorySummary> Stories(StoryQuery query, CancellationToken cancellationToken = default) =>
        new SqliteStoryQueries(this).Stories(query, cancellationToken);

    public StoryDetail? Story(string id, CancellationToken cancellationToken = default) =>
        new SqliteStoryQueries(this).Story(id, cancellationToken);

    public IReadOnlyList<long> ArticlesOf(long storyId, CancellationToken cancellationToken = default) =>
        new SqliteStoryQueries(this).ArticlesOf(storyId, cancellationToken);

    public StoryRebuild Rebuild(CancellationToken cancellationToken = default) =>
        SqliteStoryRebuild.Run(this, cancellationToken);
}
