namespace Dateline.Core;

/// <summary>Facts about a document that come from its container rather than from its text.</summary>
public sealed record DocumentMetadata
{
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>The date given by the record header, JSON field or crawl, if any.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A publication time given by the container (JSON, HTML metadata, WARC), if any.</summary>
    public DateTimeOffset? Published { get; init; }

    public string? Url { get; init; }

    /// <summary>A title given by the container (JSON <c>title</c>, HTML metadata).</summary>
    public string? Title { get; init; }

    /// <summary>Authors given by the container (JSON, JSON-LD), proper-cased.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Publisher or site name given by the container.</summary>
    public string? Publisher { get; init; }

    /// <summary>The span of the text that is a container header (for example <c>date 2017-08-03</c>), if any.</summary>
    public TextSpan? Header { get; init; }
}
