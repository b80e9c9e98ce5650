namespace Dateline.Ingest;

/// <summary>A file to read, found from the paths a user gave.</summary>
public sealed record InputFile(string Path, long Length)
{
    public bool IsGzip => Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
}
