using System.Globalization;
using Dateline.Store.Queries;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// The embedded corpus store: one SQLite file in WAL mode with FTS5 indexes. Opening applies pending
/// schema migrations and refuses databases from a newer Dateline or of another application.
/// </summary>
public sealed partial class SqliteCorpusStore : ICorpusStore
{
    private readonly string _connectionString;

    private SqliteCorpusStore(string path, bool readOnly)
    {
        Path = System.IO.Path.GetFullPath(path);
        Location = path;
        ReadOnly = readOnly;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 5,
        }.ToString();
        Queries = new SqliteCorpusQueries(this);
    }

    public string Path { get; }

    public string Location { get; }

    public bool ReadOnly { get; }

    public ICorpusQueries Queries { get; }

    /// <summary>
    /// Opens (and with <paramref name="create"/>, creates) a store file. Without <paramref name="create"/>
    /// the file must exist and is opened read-only unless its schema needs upgrading.
    /// </summary>
    public static SqliteCorpusStore Open(string path, bool create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new StoreException($"{path} is a directory, not a database file");
        }

        if (!create && !File.Exists(path))
        {
            throw new StoreException($"no database at {path} (create one with 'dateline ingest PATH... --db {path}')");
        }

        var store = new SqliteCorpusStore(path, readOnly: !create);
        try
        {
            store.Initialize(create);
        }
        catch (SqliteException ex)
        {
            SqliteConnection.ClearAllPools();
            throw SqliteErrors.Translate(ex, path);
        }

        return store;
    }

    public Linking.RelinkSummary RelinkEntities(CancellationToken cancellationToken = default)
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException("The store was opened read-only.");
        }

        try
        {
            using var connection = OpenWriteConnection();
            return SqliteRelink.Run(connection, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, Location);
        }
    }

    public ICorpusWriter OpenWriter()
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException("The store was opened read-only.");
        }

        try
        {
            return new SqliteCorpusWriter(this);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, Location);
        }
    }

    public void Dispose() => SqliteConnection.ClearAllPools();

    internal SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    internal SqliteConnection OpenWriteConnection()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWrite }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    internal static long Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    private void Initialize(bool create)
    {
        int version;
        using (var connection = OpenConnection())
        {
            var applicationId = Scalar(connection, "PRAGMA application_id");
            version = (int)Scalar(connection, "PRAGMA user_version");
            if (applicationId != 0 && applicationId != SqliteSchema.ApplicationId)
            {
                throw new StoreException($"{Location} is not a Dateline database (it belongs to another application)");
            }

            if (applicationId == 0 && version == 0 && Scalar(connection, "SELECT count(*) FROM sqlite_master") > 0)
            {
                throw new StoreException($"{Location} is not a Dateline database (it already holds other tables)");
            }

            if (version > SqliteSchema.CurrentVersion)
            {
                throw new StoreException(
                    $"{Location} has schema version {version}, newer than this dateline understands ({SqliteSchema.CurrentVersion}); use a newer dateline (the database was left unchanged)");
            }

            if (version == SqliteSchema.CurrentVersion)
            {
                return;
            }

            if (version == 0 && !create)
            {
                throw new StoreException($"{Location} is an empty database; ingest documents into it first");
            }
        }

        Migrate(version);
    }

    private void Migrate(int from)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        for (var version = from; version < SqliteSchema.CurrentVersion; version++)
        {
            using var transaction = connection.BeginTransaction();
            var current = (int)Scalar(connection, "PRAGMA user_version", transaction);
            if (current > version)
            {
                // Another process migrated meanwhile.
                transaction.Rollback();
                continue;
            }

            Execute(connection, SqliteSchema.Migrations[version], transaction);
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {version + 1}; PRAGMA application_id = {SqliteSchema.ApplicationId};"), transaction);
            transaction.Commit();
        }
    }
}
