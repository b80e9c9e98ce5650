using Dateline.Core;

namespace Dateline.Store;

/// <summary>
/// Writes analysed documents into a store. Each <see cref="Write"/> call is one transaction: after a crash
/// either the whole batch is stored or none of it. A document whose text is already stored (same
/// <see cref="ContentHash"/>) is skipped, so rerunning an interrupted ingest stores every document exactly once.
/// </summary>
public interface ICorpusWriter : IDisposable
{
    /// <summary>Whether a document with this content hash is already stored (committed).</summary>
    bool Contains(ContentHash hash);

    /// <summary>Stores a batch in one transaction; returns how many were new and how many were already there.</summary>
    WriteResult Write(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default);
}
