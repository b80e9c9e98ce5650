using System.Collections.Immutable;

namespace Dateline.Core.Pipeline;

/// <summary>
/// An immutable, thread-safe sequence of stages. A stage that throws on a document does not stop the run:
/// the failure is recorded in <see cref="Document.Problems"/> and the remaining stages still run.
/// </summary>
public sealed class DocumentPipeline
{
    internal DocumentPipeline(ImmutableArray<IDocumentStage> stages) => Stages = stages;

    public ImmutableArray<IDocumentStage> Stages { get; }

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                document = stage.Process(document, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                document = document.WithProblem(new StageProblem(stage.Name, ex.Message));
            }
        }

        return document;
    }

    /// <summary>
    /// Processes a stream of items on up to <paramref name="parallelism"/> threads, yielding results in input order.
    /// At most a bounded number of items is in flight, so memory stays flat however long the stream is.
    /// </summary>
    public IEnumerable<TResult> ProcessMany<TItem, TResult>(
        IEnumerable<TItem> items,
        Func<TItem, Document?> select,
        Func<TItem, Document?, TResult> combine,
        int parallelism,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(select);
        ArgumentNullException.ThrowIfNull(combine);
        parallelism = Math.Max(1, parallelism);
        if (parallelism == 1)
        {
            foreach (var item in items)
            {
                var document = select(item);
                yield return combine(item, document is null ? null : Process(document, cancellationToken));
            }

            yield break;
        }

        var window = new Queue<Task<TResult>>();
        var limit = parallelism * 4;
        foreach (var item in items)
        {
            var captured = item;
            window.Enqueue(Task.Run(
                () =>
                {
                    var document = select(captured);
                    return combine(captured, document is null ? null : Process(document, cancellationToken));
                },
                cancellationToken));
            if (window.Count >= limit)
            {
                yield return window.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (window.Count > 0)
        {
            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }
}
