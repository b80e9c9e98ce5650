using Dateline.Store;
using Dateline.Store.Postgres;
using Dateline.Store.Sqlite;

namespace Dateline.Cli;

/// <summary>
/// Picks the store backend from the <c>--db</c> value: a PostgreSQL URI (<c>postgres://user@host/db</c>) or
/// connection string (<c>Host=...;Database=...</c>) opens the server store, anything else is a SQLite file.
/// </summary>
internal static class CorpusStores
{
    public static ICorpusStore Open(string db, bool create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return PostgresTarget.IsPostgres(db) ? PostgresCorpusStore.Open(db, create) : SqliteCorpusStore.Open(db, create);
    }
}
