using System.Data.Common;

namespace Dateline.Store.Queries;

/// <summary>
/// The current search snapshot of one store (held in Dateline.Search): a backend's search passes the version it
/// read and, when it can, a way to bring the held snapshot up to it.
/// </summary>
internal interface ISearchSnapshots
{
    /// <summary>The snapshot of <paramref name="version"/>, read through <paramref name="connection"/> when it is not the one held.</summary>
    ISearchSnapshot Current(DbConnection connection, SearchSnapshotVersion version, Func<ISearchSnapshot, SearchSnapshotVersion, ISearchSnapshot?>? catchUp = null);
}
