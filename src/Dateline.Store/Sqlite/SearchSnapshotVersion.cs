namespace Dateline.Store.Sqlite;

/// <summary>What a <see cref="SearchSnapshot"/> was read from: the largest article and facet value ids and the number of copy rows.</summary>
internal readonly record struct SearchSnapshotVersion(long Articles, long Values, long Copies);
