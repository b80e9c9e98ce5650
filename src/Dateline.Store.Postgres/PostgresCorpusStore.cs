using System.Globalization;
using Dateline.Store.Queries;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// The server corpus store: one PostgreSQL database that many ingest workers (on many machines) write into
/// at once and any number of hosts query. Opening applies pending schema migrations (under an advisory lock)
/// and refuses databases from a newer Dateline or holding other tables. See docs/store.md.
/// </summary>
public sealed partial class PostgresCorpusStore : ICorpusStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresCorpusStore(NpgsqlConnectionStringBuilder settings)
    {
        Settings = settings;
        Location = PostgresTarget.Describe(settings);
        _dataSource = NpgsqlDataSource.Create(settings);
        Queries = new PostgresCorpusQueries(this);
    }

    public string Location { get; }

    public ICorpusQueries Queries { get; }

    internal NpgsqlConnectionStringBuilder Settings { get; }

    /// <summary>
    /// Opens the store at <paramref name="target"/> (a <c>postgres://</c> URI or an Npgsql connection string).
    /// With <paramref name="create"/> an empty database gets the schema; without, it must already hold a corpus.
    /// The database itself must exist (PostgreSQL databases are created by an administrator).
    /// </summary>
    public static PostgresCorpusStore Open(string target, bool create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var settings = PostgresTarget.Parse(target);
        if (string.IsNullOrEmpty(settings.Username))
        {
            settings.Username = Environment.GetEnvironmentVariable("PGUSER") ?? Environment.UserName;
        }

        var store = new PostgresCorpusStore(settings);
        try
        {
            store.Initialize(create);
        }
        catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
        {
            store.Dispose();
            throw PostgresErrors.Translate(ex, settings, store.Location);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    public Linking.RelinkSummary RelinkEntities(CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = OpenConnection();
            return PostgresRelink.Run(connection, cancellationToken);
        }
        catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
        {
            throw Translate(ex);
        }
    }

    public ICorpusWriter OpenWriter()
    {
        try
        {
            return new PostgresCorpusWriter(this);
        }
        catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
        {
            throw Translate(ex);
        }
    }

    public void Dispose() => _dataSource.Dispose();

    internal NpgsqlConnection OpenConnection() => _dataSource.OpenConnection();

    internal StoreException Translate(Exception ex) => PostgresErrors.Translate(ex, Settings, Location);

    internal static NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    internal static long Scalar(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null, params object?[] values)
    {
        using var command = Command(connection, sql, transaction, values);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    /// <summary>The schema version, 0 for a database without Dateline tables; refuses other applications' databases.</summary>
    internal int ReadVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        // pg_class is read through the statement's snapshot (to_regclass would consult the backend's catalog
        // cache, which can miss tables another worker has just committed).
        using (var exists = Command(
            connection,
            """
            SELECT coalesce(bool_or(relname = 'schema_version'), false), coalesce(bool_or(relname = 'articles'), false)
            FROM pg_catalog.pg_class WHERE relnamespace = current_schema()::regnamespace AND relname IN ('schema_version', 'articles')
            """,
            transaction))
        using (var reader = exists.ExecuteReader())
        {
            reader.Read();
            var hasVersion = reader.GetBoolean(0);
            var hasArticles = reader.GetBoolean(1);
            if (!hasVersion)
            {
                return hasArticles
                    ? throw new StoreException($"{Location} is not a Dateline database (it already holds an 'articles' table of another application)")
                    : 0;
            }
        }

        using var command = Command(connection, "SELECT application, version FROM schema_version", transaction);
        using var row = command.ExecuteReader();
        if (!row.Read())
        {
            return 0;
        }

        if (row.GetString(0) != PostgresSchema.Application)
        {
            throw new StoreException($"{Location} is not a Dateline database (its schema_version table belongs to '{row.GetString(0)}')");
        }

        return row.GetInt32(1);
    }

    private void Initialize(bool create)
    {
        int version;
        using (var connection = OpenConnection())
        {
            try
            {
                version = ReadVersion(connection);
            }
            catch (StoreException) when (create)
            {
                // Another worker may be creating the schema right now (its tables appear one by one to catalog
                // lookups): look again under the migration lock, which waits for it.
                version = -1;
            }
        }

        if (version > PostgresSchema.CurrentVersion)
        {
            throw Newer(version);
        }

        if (version == PostgresSchema.CurrentVersion)
        {
            return;
        }

        if (version == 0 && !create)
        {
            throw new StoreException($"{Location} holds no Dateline corpus yet; ingest documents into it first ('dateline ingest PATH... --db {Location}')");
        }

        Migrate();
    }

    private StoreException Newer(int version) => new(
        $"{Location} has schema version {version}, newer than this dateline understands ({PostgresSchema.CurrentVersion}); use a newer dateline (the database was left unchanged)");

    private void Migrate()
    {
        using var connection = OpenConnection();
        while (true)
        {
            using var transaction = connection.BeginTransaction();

            // Workers opening a new database at once take turns; the ones that wait find the work done.
            Scalar(connection, "SELECT 1 FROM pg_advisory_xact_lock($1)", transaction, PostgresSchema.MigrationLock);
            var current = ReadVersion(connection, transaction);
            if (current > PostgresSchema.CurrentVersion)
            {
                throw Newer(current);
            }

            if (current == PostgresSchema.CurrentVersion)
            {
                transaction.Rollback();
                return;
            }

            if (current == 0)
            {
                using var create = Command(connection, "CREATE TABLE IF NOT EXISTS schema_version(application text NOT NULL, version integer NOT NULL)", transaction);
                create.ExecuteNonQuery();
                using var insert = Command(connection, "INSERT INTO schema_version(application, version) VALUES($1, 0)", transaction, PostgresSchema.Application);
                insert.ExecuteNonQuery();
            }

            using (var migration = Command(connection, PostgresSchema.Migrations[current], transaction))
            {
                migration.ExecuteNonQuery();
            }

            using (var update = Command(connection, "UPDATE schema_version SET version = $1", transaction, current + 1))
            {
                update.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }
}
