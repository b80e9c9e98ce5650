using System.Collections.Concurrent;
using System.Diagnostics;
using Dateline.Core;
using Dateline.Core.Pipeline;

namespace Dateline.Store.Ingest;

/// <summary>
/// Streams documents through a pipeline on several threads (in input order, with a bounded window) and
/// writes them to a store in batches, one transaction per batch, on a writer thread of its own. Documents
/// whose text is already stored are skipped before any analysis, so rerunning an interrupted ingest
/// resumes where the last committed batch ended.
/// </summary>
public sealed class CorpusIngester
{
    private readonly DocumentPipeline _pipeline;
    private readonly ICorpusWriter _writer;

    public CorpusIngester(DocumentPipeline pipeline, ICorpusWriter writer)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(writer);
        _pipeline = pipeline;
        _writer = writer;
    }

    /// <summary>Documents per transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Analysis threads; defaults to the number of cores.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How often <c>progress</c> is called.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Runs the ingest. <paramref name="failedSoFar"/> reports input failures counted by the caller's reader
    /// (so progress can show them). Store errors (<see cref="StoreException"/>) end the run after the last
    /// complete batch; cancellation stops reading and commits what was analysed.
    /// </summary>
    public IngestSummary Run(
        IEnumerable<Document> documents,
        Action<IngestProgress>? progress = null,
        Func<long>? failedSoFar = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var clock = Stopwatch.StartNew();
        long read = 0, stored = 0, duplicates = 0, withProblems = 0;
        var samples = new List<string>();
        var seen = new HashSet<ContentHash>();
        var cancelled = false;
        using var batches = new BlockingCollection<List<Document>>(boundedCapacity: 2);
        Exception? writerError = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var writerThread = new Thread(() =>
        {
            try
            {
                foreach (var batch in batches.GetConsumingEnumerable())
                {
                    var result = _writer.Write(batch, CancellationToken.None);
                    Interlocked.Add(ref stored, result.Stored);
                    Interlocked.Add(ref duplicates, result.Duplicates);
                }
            }
            catch (Exception ex)
            {
                writerError = ex;
                stop.Cancel();
                foreach (var _ in batches.GetConsumingEnumerable())
                {
                    // Drain so the producer never blocks.
                }
            }
        })
        {
            Name = "dateline-store-writer",
            IsBackground = true,
        };
        writerThread.Start();

        var lastReport = TimeSpan.Zero;
        void Report(bool force)
        {
            if (progress is null || (!force && clock.Elapsed - lastReport < ProgressInterval))
            {
                return;
            }

            lastReport = clock.Elapsed;
            progress(new IngestProgress(read, Interlocked.Read(ref stored), Interlocked.Read(ref duplicates), failedSoFar?.Invoke() ?? 0, clock.Elapsed));
        }

        IEnumerable<Document> Fresh()
        {
            foreach (var document in documents)
            {
                if (stop.IsCancellationRequested)
                {
                    yield break;
                }

                read++;
                var hash = ContentHash.Of(document.Text);
                if (!seen.Add(hash) || _writer.Contains(hash))
                {
                    Interlocked.Increment(ref duplicates);
                    Report(false);
                    continue;
                }

                yield return document;
            }
        }

        var current = new List<Document>(BatchSize);
        try
        {
            foreach (var analysed in _pipeline.ProcessMany(Fresh(), d => d, (_, d) => d!, Parallelism, CancellationToken.None))
            {
                if (!analysed.Problems.IsEmpty)
                {
                    withProblems++;
                    if (samples.Count < 10)
                    {
                        var problem = analysed.Problems[0];
                        samples.Add($"{analysed.Source.Path}#{analysed.Source.Record + 1}: {problem.Stage}: {problem.Message}");
                    }
                }

                current.Add(analysed);
                if (current.Count >= BatchSize)
                {
                    batches.Add(current, CancellationToken.None);
                    current = new List<Document>(BatchSize);
                }

                Report(false);
            }

            if (current.Count > 0 && writerError is null)
            {
                batches.Add(current, CancellationToken.None);
            }
        }
        finally
        {
            batches.CompleteAdding();
            writerThread.Join();
        }

        if (writerError is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(writerError).Throw();
        }

        cancelled = cancellationToken.IsCancellationRequested;
        Report(true);
        return new IngestSummary(read, stored, duplicates, withProblems, samples, clock.Elapsed, cancelled);
    }
}
