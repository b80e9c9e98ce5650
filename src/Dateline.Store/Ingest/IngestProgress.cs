namespace Dateline.Store.Ingest;

/// <summary>A snapshot of an ingest run: documents read, stored (committed), skipped as exact copies, and failed.</summary>
public readonly record struct IngestProgress(long Read, long Stored, long Duplicates, long Failed, TimeSpan Elapsed);
