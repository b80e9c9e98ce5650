namespace Dateline.Html;

/// <summary>What a page's markup says about the article: JSON-LD, OpenGraph and meta tags, time elements, bylines.</summary>
public sealed record PageMetadata
{
    public static PageMetadata Empty { get; } = new();

    public string? Title { get; init; }

    /// <summary>Authors, proper-cased, with site names, URLs and non-names filtered out.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    public DateTimeOffset? Published { get; init; }

    /// <summary>The publication day when only a day (no time) is given.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where the date came from (for evaluation and diagnostics).</summary>
    internal Metadata.DateSource? DateFrom { get; init; }

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public string? Description { get; init; }
}
