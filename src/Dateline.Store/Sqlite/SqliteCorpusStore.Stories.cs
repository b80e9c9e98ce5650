using Dateline.Store.Stories;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>Stories (docs/stories.md), kept in migration 6's tables.</summary>
public sealed partial class SqliteCorpusStore : IStoryBacked
{
    public IStoryStore Stories => new StoryStore(
        OpenConnection,
        OpenWriteConnection,
        (connection, name) => SqliteCorpusQueries.ChosenIds((SqliteConnection)connection, name) is [long id, ..] ? id : null,
        ex => ex is SqliteException sqlite ? SqliteErrors.Translate(sqlite, Location) : null);
}
