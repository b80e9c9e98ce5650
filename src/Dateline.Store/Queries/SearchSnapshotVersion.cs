namespace Dateline.Store.Queries;

/// <summary>
/// What a search snapshot (<see cref="ISearchSnapshot"/>) was read from: the largest article and facet value ids (they size its
/// arrays) and a number that changes whenever the store does in a way those ids do not show (SQLite: the number
/// of copy rows; PostgreSQL: the <c>store_version</c> counter every write transaction bumps).
/// </summary>
internal readonly record struct SearchSnapshotVersion(long Articles, long Values, long Changes);
