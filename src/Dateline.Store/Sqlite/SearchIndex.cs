using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// Holds the current <see cref="SearchSnapshot"/> of a store and reloads it when the store has changed
/// (new articles, facet values or copies): each search checks three index maxima/counts, and reads the
/// whole snapshot only after an ingest. Searches share the immutable snapshot without locks.
/// </summary>
internal sealed class SearchIndex
{
    private readonly Lock _gate = new();
    private SearchSnapshot? _current;

    public SearchSnapshot Current(SqliteConnection connection)
    {
        var version = SearchSnapshot.ReadVersion(connection);
        var snapshot = Volatile.Read(ref _current);
        if (snapshot is not null && snapshot.Version == version)
        {
            return snapshot;
        }

        lock (_gate)
        {
            snapshot = _current;
            if (snapshot is null || snapshot.Version != version)
            {
                snapshot = SearchSnapshot.Load(connection, version);
                Volatile.Write(ref _current, snapshot);
            }

            return snapshot;
        }
    }
}
