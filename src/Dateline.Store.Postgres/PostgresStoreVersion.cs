using Dateline.Store.Queries;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// The "store changed" signal of a PostgreSQL corpus (migration 5): a one-row counter that each write transaction
/// changing what search sees (new articles, facet values, copies) increments just before it commits, with a row in
/// <c>store_changes</c> naming the articles it added. Ids commit out of order under concurrent writers, so largest
/// ids alone cannot tell a reader that something changed; this counter can, because its new value commits
/// atomically with the rows it stands for.
/// </summary>
internal static class PostgresStoreVersion
{
    /// <summary>How many versions <c>store_changes</c> keeps; a snapshot further behind reloads in full.</summary>
    public const int KeptChanges = 1000;

    /// <summary>
    /// Increments the counter inside <paramref name="transaction"/> and records <paramref name="articles"/> (the
    /// articles the transaction added, with their copies rows; null when anything else changed: readers then reload
    /// in full). Call it last before the commit: the counter row stays locked until then, so concurrent writers queue
    /// only for that tail and take it after all their other locks.
    /// </summary>
    public static void Bump(NpgsqlConnection connection, NpgsqlTransaction? transaction, long[]? articles)
    {
        using var command = PostgresCorpusStore.Command(
            connection,
            $"""
            WITH v AS (UPDATE store_version SET version = version + 1 RETURNING version),
                c AS (INSERT INTO store_changes(version, articles) SELECT version, $1::bigint[] FROM v)
            DELETE FROM store_changes WHERE version <= (SELECT version FROM v) - {KeptChanges}
            """,
            transaction,
            articles);
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

    /// <summary>
    /// <paramref name="held"/> brought up to <paramref name="version"/> by reading only the articles added since
    /// (with their facets and the stories they joined), or null when that is not possible (an older version asked
    /// for, changes other than added articles, or versions no longer kept): the caller then reloads in full.
    /// </summary>
    public static ISearchSnapshot? CatchUp(NpgsqlConnection connection, ISearchSnapshot held, SearchSnapshotVersion version)
    {
        var from = held.Version.Changes;
        if (version.Changes <= from || version.Changes - from > KeptChanges || version.Articles < held.MaxArticle)
        {
            return null;
        }

        var changes = Read(connection, "SELECT articles FROM store_changes WHERE version > $1 AND version <= $2", [from, version.Changes], r => r.IsDBNull(0) ? null : r.GetFieldValue<long[]>(0));
        if (changes.Count != version.Changes - from || changes.Exists(c => c is null))
        {
            return null;
        }

        var ids = changes.SelectMany(c => c!).Distinct().ToArray();
        var articles = Read(connection, "SELECT id, date FROM articles WHERE id = ANY($1)", [ids], r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)));
        var facets = Read(connection, "SELECT article_id, facets FROM article_facet_sets WHERE article_id = ANY($1)", [ids], r => (r.GetInt64(0), r.GetFieldValue<long[]>(1)));
        var stories = Read(connection, "SELECT story_id, article_id FROM copies WHERE story_id IN (SELECT story_id FROM copies WHERE article_id = ANY($1))", [ids], r => (r.GetInt64(0), r.GetInt64(1)));
        var unknown = facets.SelectMany(f => f.Item2).Where(id => !held.KnowsValue(id)).Distinct().ToArray();
        var values = unknown.Length == 0
            ? []
            : Read(connection, "SELECT id, kind, value FROM facet_values WHERE id = ANY($1)", [unknown], r => (r.GetInt64(0), (FacetKind)r.GetInt32(1), r.GetString(2)));
        return held.With(version, articles, facets, stories, values);
    }

    private static List<T> Read<T>(NpgsqlConnection connection, string sql, object?[] parameters, Func<NpgsqlDataReader, T> map)
    {
        using var command = PostgresCorpusStore.Command(connection, sql, null, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }

        return list;
    }
}
