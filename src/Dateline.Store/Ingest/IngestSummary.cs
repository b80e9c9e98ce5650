namespace Dateline.Store.Ingest;

/// <summary>
/// The outcome of an ingest run. <see cref="Duplicates"/> counts documents whose text was already stored
/// (before this run or earlier in it); <see cref="WithProblems"/> counts stored documents a stage had a
/// problem with (their <see cref="ProblemSamples"/> say why).
/// </summary>
public sealed record IngestSummary(
    long Read,
    long Stored,
    long Duplicates,
    long WithProblems,
    IReadOnlyList<string> ProblemSamples,
    TimeSpan Elapsed,
    bool Cancelled);
