namespace Dateline.Ingest;

/// <summary>
/// Input that could not be read: names the file and, where known, the line or byte offset. One error may stand
/// for many records that share a problem (<see cref="Count"/>); a warning (<see cref="IsWarning"/>) reports
/// something ignored in input that was otherwise read.
/// </summary>
public sealed record ReadError(string Path, int Line, string Message, long? ByteOffset = null)
{
    /// <summary>How many input records this report stands for (records skipped, or, for a warning, records with the problem).</summary>
    public int Count { get; init; } = 1;

    /// <summary>Whether the records were read and only something in them was ignored (an implausible date, say); a warning is not a failure.</summary>
    public bool IsWarning { get; init; }

    public override string ToString() =>
        Line > 0 ? $"{Path}:{Line}: {Message}"
        : ByteOffset is { } offset ? $"{Path} (byte {offset}): {Message}"
        : $"{Path}: {Message}";
}
