namespace Dateline.Store;

/// <summary>
/// A corpus store: articles with their annotation layers, corpus-wide entities, quotes, times and facets.
/// The embedded backend is SQLite with FTS5 (<see cref="Sqlite.SqliteCorpusStore"/>); a server backend
/// (PostgreSQL) implements the same interfaces, so the ingest pipeline and the hosts never know which one they use.
/// </summary>
public interface ICorpusStore : IDisposable
{
    /// <summary>A human-readable location (file path or connection target) for messages.</summary>
    string Location { get; }

    /// <summary>Opens the single writer of this store (one per ingest run).</summary>
    ICorpusWriter OpenWriter();

    /// <summary>Read-only queries; thread-safe, so a web host can share one instance.</summary>
    Queries.ICorpusQueries Queries { get; }

    /// <summary>
    /// Recomputes every article entity's corpus entity from the whole corpus (<c>dateline entities --relink</c>,
    /// docs/entities.md), with counts, aliases and facets, in one transaction. Not to be run while a writer writes.
    /// </summary>
    Linking.RelinkSummary RelinkEntities(CancellationToken cancellationToken = default);
}
