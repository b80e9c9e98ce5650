namespace Dateline.Core.Pipeline;

/// <summary>
/// One step of the pipeline: reads layers of a document and returns the document with its own layers added.
/// Stages are immutable after construction and safe to call from many threads at once.
/// </summary>
public interface IDocumentStage
{
    /// <summary>A short name ("structure", "ner") used in messages.</summary>
    string Name { get; }

    StageInfo Info { get; }

    Document Process(Document document, CancellationToken cancellationToken);
}
