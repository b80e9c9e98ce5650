namespace Dateline.Ingest;

/// <summary>The outcome of reading one line.</summary>
public enum LineStatus
{
    /// <summary>A line was read.</summary>
    Line,

    /// <summary>The line's bytes are not valid UTF-8 (or the line is too long); it was skipped and reading can go on.</summary>
    BadLine,

    /// <summary>The stream broke (truncated or corrupt compression, I/O error); nothing more can be read.</summary>
    Broken,

    /// <summary>The end of the stream.</summary>
    End,
}
