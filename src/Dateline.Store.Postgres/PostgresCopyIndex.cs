using Dateline.Dedup;

namespace Dateline.Store.Postgres;

/// <summary>
/// The copy index of a PostgreSQL corpus on a connection of its own: lists story clusters, finds an article's
/// story, removes articles from their stories and adds articles (each call its own transaction). Ingest adds
/// articles through the store writer, in the same transaction as the article itself.
/// </summary>
public sealed class PostgresCopyIndex : ICopyIndex, IDisposable
{
    private readonly PostgresCorpusStore _store;
    private readonly Npgsql.NpgsqlConnection _connection;
    private readonly PostgresCopyStorage _storage;
    private readonly CopyIndex _index;

    private PostgresCopyIndex(PostgresCorpusStore store, DedupOptions options)
    {
        _store = store;
        _connection = store.OpenConnection();
        _storage = new PostgresCopyStorage(_connection, options);
        _index = new CopyIndex(_storage, options);
    }

    public DedupOptions Options => _index.Options;

    public static PostgresCopyIndex Open(PostgresCorpusStore store, DedupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            return new PostgresCopyIndex(store, options ?? DedupOptions.Default);
        }
        catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
        {
            throw store.Translate(ex);
        }
    }

    public CopyAssignment Add(CopyArticle article) => Guard(() =>
    {
        using var transaction = _connection.BeginTransaction();
        var assignment = _index.Add(article);
        _storage.Flush();
        PostgresStoreVersion.Bump(_connection, transaction, null);
        transaction.Commit();
        return assignment;
    });

    public IReadOnlyList<(StoredCopy Copy, CopyMatch Match)> FindCopies(CopySignature signature, string? excludeId = null) =>
        Guard(() => _index.FindCopies(signature, excludeId));

    public bool Remove(string id) => Guard(() =>
    {
        using var transaction = _connection.BeginTransaction();
        var removed = _index.Remove(id);
        if (removed)
        {
            PostgresStoreVersion.Bump(_connection, transaction, null);
        }

        transaction.Commit();
        return removed;
    });

    public StoryCluster? StoryOf(string id) => Guard(() => _index.StoryOf(id));

    public IEnumerable<StoryCluster> Stories(int minSize = 2) => Guard(() => _index.Stories(minSize).ToList());

    public void Dispose() => _connection.Dispose();

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
        {
            _storage.Reset();
            throw _store.Translate(ex);
        }
    }
}
