using Dateline.Store.Stories;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>Stories (docs/stories.md), kept in migration 7's tables, with the same queries and rebuild as SQLite.</summary>
public sealed partial class PostgresCorpusStore : IStoryBacked
{
    public IStoryStore Stories => new StoryStore(
        OpenConnection,
        OpenConnection,
        (connection, name) => PostgresCorpusQueries.ChosenIds((NpgsqlConnection)connection, name) is [var id, ..] ? id : null,
        ex => PostgresErrors.IsStoreError(ex) ? Translate(ex) : null,
        rebuildLock: "LOCK TABLE stories, article_stories, story_outlets IN EXCLUSIVE MODE");
}
