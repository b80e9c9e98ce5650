namespace Dateline.Store;

/// <summary>The outcome of one write batch.</summary>
/// <param name="Stored">Documents newly stored.</param>
/// <param name="Duplicates">Documents skipped because the same text was already stored.</param>
public readonly record struct WriteResult(int Stored, int Duplicates);
