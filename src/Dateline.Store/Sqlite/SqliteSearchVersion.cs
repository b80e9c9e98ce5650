using Dateline.Store.Queries;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>When a SQLite store's search snapshot (Dateline.Search) is out of date.</summary>
internal static class SqliteSearchVersion
{
    /// <summary>The ids that change whenever an ingest (or a copy removal) changes what a snapshot holds.</summary>
    public static SearchSnapshotVersion Read(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT coalesce(max(id), 0) FROM articles), (SELECT coalesce(max(id), 0) FROM facet_values), (SELECT count(*) FROM copies)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new SearchSnapshotVersion(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
