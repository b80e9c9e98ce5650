using System.Data.Common;
using Dateline.Store.Queries;

namespace Dateline.Search.Snapshot;

/// <summary>
/// Holds the current <see cref="SearchSnapshot"/> of a store and reloads it when the store has changed: each
/// search reads the store's <see cref="SearchSnapshotVersion"/> (cheap, backend-specific) and the whole snapshot
/// is read only after a write. Searches share the immutable snapshot without locks.
/// </summary>
/// <param name="facetArrays">Whether the store keeps each article's facet ids as one array (see <see cref="SearchSnapshot.Load"/>).</param>
internal sealed class SearchIndex(bool facetArrays = false) : ISearchSnapshots
{
    private readonly Lock _gate = new();
    private SearchSnapshot? _current;

    /// <summary>
    /// The snapshot of <paramref name="version"/>, read through <paramref name="connection"/> when it is not the one
    /// held: brought up to date from the held one by <paramref name="catchUp"/> when given and able to (it returns
    /// null when not), else read in full.
    /// </summary>
    public ISearchSnapshot Current(DbConnection connection, SearchSnapshotVersion version, Func<ISearchSnapshot, SearchSnapshotVersion, ISearchSnapshot?>? catchUp = null)
    {
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
                snapshot = (snapshot is null ? null : (SearchSnapshot?)catchUp?.Invoke(snapshot, version)) ?? SearchSnapshot.Load(connection, version, facetArrays);
                Volatile.Write(ref _current, snapshot);
            }

            return snapshot;
        }
    }
}
