using Dateline.Dedup;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// The copy index of a corpus database, on a connection of its own: lists story clusters, finds an
/// article's story, removes articles from their stories, and (for bulk loads) adds articles in batches
/// of one transaction each. Ingest adds articles through the store writer, in the same transaction as
/// the article itself.
/// </summary>
public sealed class SqliteCopyIndex : ICopyIndex, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCopyStorage _storage;
    private readonly CopyIndex _index;
    private SqliteTransaction? _batch;

    private SqliteCopyIndex(SqliteConnection connection, DedupOptions options)
    {
        _connection = connection;
        _storage = new SqliteCopyStorage(connection, options);
        _index = new CopyIndex(_storage, options);
    }

    public DedupOptions Options => _index.Options;

    /// <summary>Opens the copy index of <paramref name="store"/> (read-write unless the store was opened read-only).</summary>
    public static SqliteCopyIndex Open(SqliteCorpusStore store, DedupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var connection = store.ReadOnly ? store.OpenConnection() : store.OpenWriteConnection();
        return new SqliteCopyIndex(connection, options ?? DedupOptions.Default);
    }

    /// <summary>Starts a transaction that the following calls run in, until <see cref="CommitBatch"/>.</summary>
    public void BeginBatch()
    {
        CommitBatch();
        _batch = _connection.BeginTransaction();
        _storage.Transaction = _batch;
    }

    public void CommitBatch()
    {
        if (_batch is null)
        {
            return;
        }

        _batch.Commit();
        _batch.Dispose();
        _batch = null;
        _storage.Transaction = null;
    }

    public CopyAssignment Add(CopyArticle article) => Guard(() => _index.Add(article));

    public IReadOnlyList<(StoredCopy Copy, CopyMatch Match)> FindCopies(CopySignature signature, string? excludeId = null) =>
        Guard(() => _index.FindCopies(signature, excludeId));

    public bool Remove(string id) => Guard(() => _index.Remove(id));

    public StoryCluster? StoryOf(string id) => Guard(() => _index.StoryOf(id));

    public IEnumerable<StoryCluster> Stories(int minSize = 2) => Guard(() => _index.Stories(minSize).ToList());

    public void Dispose()
    {
        CommitBatch();
        _storage.Dispose();
        _connection.Dispose();
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, _connection.DataSource);
        }
    }
}
