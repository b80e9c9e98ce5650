using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests;

/// <summary>A store in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "dateline-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = System.IO.Path.Combine(Folder, "corpus.db");
    }

    /// <summary>Removes what migration 6 (stories) added, so a test can pose as an older store.</summary>
    public const string UndoStoriesSql = "DROP TABLE stories; DROP TABLE article_stories; DROP TABLE story_outlets; ";

    /// <summary>Removes what migration 5 (corpus entity linking) added, so a test can pose as an older store.</summary>
    public const string UndoLinkingSql = """
        DROP INDEX entities_surname; DROP TABLE entity_links; DROP TABLE entity_periods;
        ALTER TABLE entities DROP COLUMN surname; ALTER TABLE entities DROP COLUMN ambiguous;
        ALTER TABLE entities DROP COLUMN first_date; ALTER TABLE entities DROP COLUMN last_date;
        ALTER TABLE entity_aliases DROP COLUMN mentions; ALTER TABLE entity_aliases DROP COLUMN caps; ALTER TABLE entity_aliases DROP COLUMN full_name;
        ALTER TABLE article_entities DROP COLUMN forms;
        """;

    public string Folder { get; }

    public string DatabasePath { get; }

    public SqliteCorpusStore Create() => SqliteCorpusStore.Open(DatabasePath, create: true);

    public SqliteCorpusStore OpenReadOnly() => SqliteCorpusStore.Open(DatabasePath, create: false);

    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
