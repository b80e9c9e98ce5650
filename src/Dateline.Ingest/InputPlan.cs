namespace Dateline.Ingest;

/// <summary>The files found for a set of paths, and the paths that gave nothing.</summary>
public sealed record InputPlan(IReadOnlyList<InputFile> Files, IReadOnlyList<ReadError> Errors)
{
    public long TotalBytes => Files.Sum(f => f.Length);
}
