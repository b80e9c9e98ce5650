using System.Collections.Immutable;

namespace Dateline.Core.Annotations;

/// <summary>The parts of a news article found by the structure stage. Every span points into the document text.</summary>
public sealed record ArticleStructure
{
    public TextSpan? Headline { get; init; }

    public TextSpan? Byline { get; init; }

    /// <summary>Authors from the byline, proper-cased ("Russell Contreras").</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>The news agency, canonical name ("Associated Press", "Reuters").</summary>
    public string? Agency { get; init; }

    /// <summary>The timestamp line ("August 03, 2017 1:33 PM"), if any.</summary>
    public TextSpan? Timestamp { get; init; }

    /// <summary>The publication time read from the timestamp line.</summary>
    public DateTime? Published { get; init; }

    public DatelineInfo? Dateline { get; init; }

    public ImmutableArray<TextSpan> Captions { get; init; } = [];

    public ImmutableArray<DuplicateBlock> Duplicates { get; init; } = [];

    /// <summary>Body paragraphs, in order (the dateline prefix of an inline dateline is excluded).</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; init; } = [];

    /// <summary>
    /// Page furniture, sorted by start: lines that are no part of the article although they stand in its text
    /// (newsletter forms, share prompts, image credits, "Story Continued Below", copyright lines). They are neither
    /// paragraphs nor captions; mentions, quotes, times, copy signatures and search skip them
    /// (<see cref="FurnitureFilter"/>).
    /// </summary>
    public ImmutableArray<TextSpan> Furniture { get; init; } = [];

    /// <summary>
    /// Every part the structure stage kept as article text, in no particular order: headline, byline,
    /// timestamp, dateline, captions and paragraphs (repeated blocks and furniture are not parts).
    /// </summary>
    public IEnumerable<TextSpan> Parts()
    {
        foreach (var single in new[] { Headline, Byline, Timestamp, Dateline?.Span })
        {
            if (single is { } span)
            {
                yield return span;
            }
        }

        foreach (var caption in Captions)
        {
            yield return caption;
        }

        foreach (var paragraph in Paragraphs)
        {
            yield return paragraph;
        }
    }
}
