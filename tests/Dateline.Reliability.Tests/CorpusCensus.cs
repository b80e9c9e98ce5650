using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Dateline.Cli.Tests;
using Npgsql;

namespace Dateline.Reliability.Tests;

/// <summary>
/// What a store holds, per input document: how many rows it has of each layer (mentions, article entities,
/// quotes, times, facets, copy row). Two stores built from the same input, one cleanly and one through kills,
/// reruns or outages, must give equal censuses: every article exactly once, each with every annotation.
/// </summary>
internal static class CorpusCensus
{
    private const string Sql = """
        SELECT a.doc_id,
          (SELECT count(*) FROM mentions m WHERE m.article_id = a.id),
          (SELECT count(*) FROM article_entities e WHERE e.article_id = a.id),
          (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
          (SELECT count(*) FROM times t WHERE t.article_id = a.id),
          (SELECT count(*) FROM article_facets f WHERE f.article_id = a.id),
          (SELECT count(*) FROM copies c WHERE c.article_id = a.id)
        FROM articles a ORDER BY a.doc_id
        """;

    /// <summary>One line per article: "doc_id mentions entities quotes times facets copies"; a doc id twice means a duplicate.</summary>
    public static List<string> Of(string db) =>
        db.StartsWith("Host=", StringComparison.Ordinal) ? OfPostgres(db) : OfSqlite(db);

    /// <summary>
    /// The census after <c>dateline entities --relink</c>. Linking at ingest uses the corpus evidence committed so
    /// far, so where a kill or a full disk cut the batches (a surname seen before or after its full name's batch) an
    /// article entity may link differently; the relink recomputes every link from the whole corpus, and after it a
    /// store built through interruptions must equal one built cleanly.
    /// </summary>
    public static List<string> Settled(string folder, string db)
    {
        var relink = DatelineProcess.Run(folder, "entities", "--relink", "--db", db);
        Assert.True(relink.ExitCode == 0, "entities --relink: " + relink.Error);
        return Of(db);
    }

    public static long Articles(string db) =>
        db.StartsWith("Host=", StringComparison.Ordinal) ? PostgresScalar(db, "SELECT count(*) FROM articles") : SqliteScalar(db, "SELECT count(*) FROM articles");

    /// <summary>Committed articles, or 0 while the database or its tables do not exist yet.</summary>
    public static long ArticlesOrZero(string db)
    {
        try
        {
            return Articles(db);
        }
        catch (Exception ex) when (ex is SqliteException or NpgsqlException)
        {
            return 0;
        }
    }

    public static long SqliteScalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static long PostgresScalar(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<string> OfSqlite(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Read(connection);
    }

    private static List<string> OfPostgres(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return Read(connection);
    }

    private static List<string> Read(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            var counts = Enumerable.Range(1, 6).Select(i => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            lines.Add(reader.GetString(0) + " " + string.Join(' ', counts));
        }

        return lines;
    }
}
