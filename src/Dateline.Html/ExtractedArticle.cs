using Dateline.Core;

namespace Dateline.Html;

/// <summary>
/// The article found in a page: its text (headline line, then paragraphs separated by blank lines), the map
/// from that text back into the page source, and what the page says about itself.
/// </summary>
public sealed record ExtractedArticle
{
    public required string Text { get; init; }

    public required OffsetMap TextToSource { get; init; }

    /// <summary>The headline's span in <see cref="Text"/>, when a headline was found.</summary>
    public TextSpan? Headline { get; init; }

    /// <summary>The body paragraphs' spans in <see cref="Text"/> (the headline excluded).</summary>
    public required IReadOnlyList<TextSpan> Paragraphs { get; init; }

    public required PageMetadata Metadata { get; init; }

    /// <summary>The body text without the headline: paragraphs joined by blank lines.</summary>
    public string Body => Paragraphs.Count == 0 ? string.Empty : Text[Paragraphs[0].Start..Paragraphs[^1].End];
}
