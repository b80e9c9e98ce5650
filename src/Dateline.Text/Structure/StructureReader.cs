using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Places;

namespace Dateline.Text.Structure;

/// <summary>
/// Finds the structure of one article. Lines before the body (front matter) are classified one by one, in
/// this order: a repeat of an earlier block (duplicate), a photo caption, a byline, a timestamp, a dateline
/// on its own line, a dateline starting the body, an agency name alone, and a headline; the first line that
/// is none of these starts the body, unless it is a short line followed by a byline, timestamp or dateline,
/// or a line of headline length (a deck) followed by a dateline that starts the body.
/// The body is cut into paragraphs by <see cref="ParagraphRule"/>; captions and repeats found there are set
/// aside, and an agency sign-off closing the copy ("Reuter") is left out.
/// </summary>
internal sealed class StructureReader
{
    /// <summary>Blocks shorter than this are never reported as duplicates (rules, "Reuter", short table rows).</summary>
    private const int MinDuplicateLength = 30;

    /// <summary>The most summary lines a "Story highlights" block holds after its first line.</summary>
    private const int MaxHighlights = 6;

    /// <summary>Short lines between front-matter lines ("3 Min Read") are skipped up to this length.</summary>
    private const int MaxNoiseLength = 40;

    private readonly DatelineParser _datelines;

    public StructureReader(Gazetteer gazetteer)
    {
        _datelines = new DatelineParser(gazetteer);
    }

    public ArticleStructure Read(string text, int begin)
    {
        var lines = new List<TextLine>();
        LineSplitter.Split(text, Math.Clamp(begin, 0, text.Length), lines);
        var state = new State(text);

        // The sign-off closes the copy; it is neither body nor front matter.
        var end = lines.Count;
        while (end > 0 && lines[end - 1].IsBlank)
        {
            end--;
        }

        // Residue of the feed's end-of-text mark after the sign-off (Reuters' "&#3;" left as "3;") goes with it.
        var signOffLine = end;
        while (signOffLine > 1 && (lines[signOffLine - 1].IsBlank || SignOffRule.IsResidue(Slice(text, lines[signOffLine - 1]))))
        {
            signOffLine--;
        }

        string? signOffAgency = null;
        if (signOffLine > 1 && SignOffRule.Agency(Slice(text, lines[signOffLine - 1])) is { } signOff)
        {
            signOffAgency = signOff;
            end = signOffLine - 1;
        }
        else if (end > 0 && SignOffRule.TrailingStart(Slice(text, lines[end - 1])) is > 0 and var kept)
        {
            var last = lines[end - 1];
            signOffAgency = SignOffRule.Agency(text.AsSpan(last.Start + kept, last.Length - kept));
            lines[end - 1] = last with { End = last.Start + kept };
        }

        var bodyLine = end;
        var bodyStart = -1;
        for (var i = 0; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var content = Slice(text, line);
            var span = new TextSpan(line.Start, line.End);
            if (state.TryFurniture(span))
            {
                continue;
            }

            if (state.TryDuplicate(span))
            {
                continue;
            }

            if (CaptionRule.IsCaption(content))
            {
                state.AddCaption(span);
                continue;
            }

            if (state.Byline is null && BylineParser.TryParse(content, out var byline))
            {
                state.Byline = span;
                state.Authors = byline.Authors;
                state.Agency ??= byline.Agency;
                state.Seen(span);
                continue;
            }

            if (state.Timestamp is null && TimestampParser.TryParse(content, out var published))
            {
                state.Timestamp = span;
                state.Published = published;
                state.Seen(span);
                continue;
            }

            if (state.Dateline is null)
            {
                if (_datelines.TryOwnLine(content, out var own))
                {
                    state.SetDateline(own, line.Start);
                    state.Seen(span);
                    continue;
                }

                if (_datelines.TryInline(content, out var inline))
                {
                    state.SetDateline(inline, line.Start);
                    bodyLine = i;
                    bodyStart = line.Start + inline.BodyStart;
                    break;
                }
            }

            // A relative time ("6 years ago") says nothing we keep, but is front matter.
            if (TimestampParser.IsRelative(content))
            {
                continue;
            }

            // An agency named on a line of its own, as under a byline ("Associated Press").
            if (Agencies.Exact(content) is { } agency)
            {
                state.Agency ??= agency;
                continue;
            }

            if (state.Headline is null && IsHeadline(text, lines, i, end, content))
            {
                state.Headline = span;
                state.Seen(span);
                continue;
            }

            // A short line followed by a byline, timestamp or dateline ("3 Min Read", "Share") is front matter too,
            // and so is a line up to headline length before a dateline that starts the body (a deck or subheading).
            if (content.Length <= HeadlineRule.MaxLength && NextIsByDateOrPlace(text, lines, i, end, out var inlineNext)
                && (inlineNext || content.Length <= MaxNoiseLength))
            {
                continue;
            }

            bodyLine = i;
            break;
        }

        ReadBody(text, lines, bodyLine, bodyStart, end, state);
        state.Agency ??= signOffAgency;
        return state.ToStructure();
    }

    private bool IsHeadline(string text, List<TextLine> lines, int i, int end, ReadOnlySpan<char> content)
    {
        var next = i + 1 < end ? lines[i + 1] : default;
        var nextContent = next.IsBlank ? [] : Slice(text, next);
        var continues = !next.IsBlank && !next.Indented && !IsFrontMatter(nextContent);
        return HeadlineRule.IsHeadline(content, nextContent, continues);
    }

    private bool NextIsByDateOrPlace(string text, List<TextLine> lines, int i, int end, out bool inlineDateline)
    {
        inlineDateline = false;
        var j = i + 1;
        while (j < end && lines[j].IsBlank)
        {
            j++;
        }

        if (j == end)
        {
            return false;
        }

        var next = Slice(text, lines[j]);
        if (BylineParser.TryParse(next, out _) || TimestampParser.TryParse(next, out _) || _datelines.TryOwnLine(next, out _))
        {
            return true;
        }

        inlineDateline = _datelines.TryInline(next, out _);
        return inlineDateline;
    }

    private bool IsFrontMatter(ReadOnlySpan<char> line) =>
        CaptionRule.IsCaption(line)
        || BylineParser.TryParse(line, out _)
        || TimestampParser.TryParse(line, out _)
        || _datelines.TryOwnLine(line, out _)
        || _datelines.TryInline(line, out _);

    private static void ReadBody(string text, List<TextLine> lines, int from, int firstStart, int end, State state)
    {
        var open = false;
        var start = 0;
        var last = default(TextLine);
        for (var i = from; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                if (open)
                {
                    state.AddBlock(new TextSpan(start, last.End));
                    open = false;
                }

                continue;
            }

            // A furniture line ends the paragraph before it and is no part of any paragraph.
            var lineSpan = new TextSpan(i == from && firstStart >= 0 ? firstStart : line.Start, line.End);
            if (state.TryFurniture(lineSpan))
            {
                if (open)
                {
                    state.AddBlock(new TextSpan(start, last.End));
                    open = false;
                }

                continue;
            }

            if (open && !ParagraphRule.Joins(last, line))
            {
                state.AddBlock(new TextSpan(start, last.End));
                open = false;
            }

            if (!open)
            {
                start = i == from && firstStart >= 0 ? firstStart : line.Start;
                open = true;
            }

            last = line;
        }

        if (open && last.End > start)
        {
            state.AddBlock(new TextSpan(start, last.End));
        }
    }

    private static ReadOnlySpan<char> Slice(string text, TextLine line) => text.AsSpan(line.Start, line.Length);

    /// <summary>What has been found so far in one article.</summary>
    private sealed class State(string text)
    {
        private readonly List<TextSpan> _seen = [];
        private readonly ImmutableArray<TextSpan>.Builder _captions = ImmutableArray.CreateBuilder<TextSpan>();
        private readonly ImmutableArray<DuplicateBlock>.Builder _duplicates = ImmutableArray.CreateBuilder<DuplicateBlock>();
        private readonly ImmutableArray<TextSpan>.Builder _paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        private readonly ImmutableArray<TextSpan>.Builder _furniture = ImmutableArray.CreateBuilder<TextSpan>();

        /// <summary>Lines of a "Story highlights" block that may still follow.</summary>
        private int _highlightsLeft;

        public TextSpan? Headline { get; set; }

        public TextSpan? Byline { get; set; }

        public ImmutableArray<string> Authors { get; set; } = [];

        public string? Agency { get; set; }

        public TextSpan? Timestamp { get; set; }

        public DateTime? Published { get; set; }

        public DatelineInfo? Dateline { get; private set; }

        public void SetDateline(DatelineMatch match, int lineStart)
        {
            var end = lineStart + match.Length;
            while (end > lineStart && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            Dateline = new DatelineInfo(new TextSpan(lineStart, end), match.Place, match.Region, match.Country);
            Agency ??= match.Agency;
        }

        public void Seen(TextSpan span) => _seen.Add(span);

        public void AddCaption(TextSpan span)
        {
            _captions.Add(span);
            _seen.Add(span);
        }

        /// <summary>Files a body block as a caption, a duplicate or a paragraph.</summary>
        public void AddBlock(TextSpan span)
        {
            if (TryDuplicate(span))
            {
                return;
            }

            if (CaptionRule.IsCaption(span.Slice(text)))
            {
                AddCaption(span);
                return;
            }

            _paragraphs.Add(span);
            _seen.Add(span);
        }

        /// <summary>
        /// Records the line <paramref name="span"/> as furniture when <see cref="FurnitureRule"/> says so, or when it
        /// continues a "Story highlights" block (up to <see cref="MaxHighlights"/> short summary lines after it).
        /// </summary>
        public bool TryFurniture(TextSpan span)
        {
            var content = span.Slice(text);
            if (_highlightsLeft > 0 && FurnitureRule.IsHighlight(content))
            {
                _highlightsLeft--;
                _furniture.Add(span);
                return true;
            }

            _highlightsLeft = 0;
            if (!FurnitureRule.IsFurniture(content))
            {
                return false;
            }

            _furniture.Add(span);
            if (FurnitureRule.OpensHighlights(content))
            {
                _highlightsLeft = MaxHighlights;
            }

            return true;
        }

        /// <summary>Records <paramref name="span"/> as a repeat when an earlier block has the same text.</summary>
        public bool TryDuplicate(TextSpan span)
        {
            if (span.Length < MinDuplicateLength)
            {
                return false;
            }

            var content = span.Slice(text);
            foreach (var earlier in _seen)
            {
                if (earlier.Length == span.Length && text[earlier.Start] == content[0] && earlier.Slice(text).SequenceEqual(content))
                {
                    _duplicates.Add(new DuplicateBlock(span, earlier));
                    return true;
                }
            }

            return false;
        }

        public ArticleStructure ToStructure() => new()
        {
            Headline = Headline,
            Byline = Byline,
            Authors = Authors,
            Agency = Agency,
            Timestamp = Timestamp,
            Published = Published,
            Dateline = Dateline,
            Captions = _captions.ToImmutable(),
            Duplicates = _duplicates.ToImmutable(),
            Paragraphs = _paragraphs.ToImmutable(),
            Furniture = _furniture.ToImmutable(),
        };
    }
}
