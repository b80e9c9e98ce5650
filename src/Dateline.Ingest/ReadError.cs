namespace Dateline.Ingest;

/// <summary>Input that could not be read: names the file and, where known, the line or byte offset.</summary>
public sealed record ReadError(string Path, int Line, string Message, long? ByteOffset = null)
{
    public override string ToString() =>
        Line > 0 ? $"{Path}:{Line}: {Message}"
        : ByteOffset is { } offset ? $"{Path} (byte {offset}): {Message}"
        : $"{Path}: {Message}";
}
