using Dateline.Store.Queries;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// The "store changed" signal of a PostgreSQL corpus (migration 5): a one-row counter that each write transaction
/// changing what search sees (new articles, facet values, copies) increments just before it commits. Ids commit
/// out of order under concurrent writers, so largest ids alone cannot tell a reader that something changed; this
/// counter can, because its new value commits atomically with the rows it stands for.
/// </summary>
internal static class PostgresStoreVersion
{
    /// <summary>
    /// Increments the counter inside <paramref name="transaction"/>. Call it last before the commit: the row stays
    /// locked until then, so concurrent writers queue only for that tail and take it after all their other locks.
    /// </summary>
    public static void Bump(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var command = PostgresCorpusStore.Command(connection, "UPDATE store_version SET version = version + 1", transaction);
        command.ExecuteNonQuery();
    }

    /// <summary>The counter with the largest article and facet value ids (they size the snapshot), in one statement.</summary>
    public static SearchSnapshotVersion Read(NpgsqlConnection connection)
    {
        using var command = PostgresCorpusStore.Command(
            connection,
            "SELECT (SELECT coalesce(max(id), 0) FROM articles), (SELECT coalesce(max(id), 0) FROM facet_values), (SELECT version FROM store_version)");
        using var reader = command.ExecuteReader();
        reader.Read();
        return new SearchSnapshotVersion(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
