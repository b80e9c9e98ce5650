using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>Finds the time expression next to a word, for example the day a quote was said ("said Thursday").</summary>
public static class TimeLookup
{
    /// <summary>How many characters of filler (spaces, commas, "on") may lie between the cue and the expression.</summary>
    public const int MaxGap = 6;

    /// <summary>
    /// The value of the time expression that starts just after <paramref name="cue"/> ("said Thursday", "said on
    /// Thursday") or, failing that, ends just before it ("Thursday said"): only spaces, commas and the word "on" may lie
    /// between, at most <see cref="MaxGap"/> characters. Durations and sets are not times of an event and are skipped.
    /// </summary>
    public static string? AdjacentTo(ImmutableArray<TimeExpression> times, TextSpan cue, string text) =>
        FindAdjacent(times, cue, text)?.Value;

    /// <summary>The time expression itself (see <see cref="AdjacentTo"/>).</summary>
    public static TimeExpression? FindAdjacent(ImmutableArray<TimeExpression> times, TextSpan cue, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (times.IsDefaultOrEmpty)
        {
            return null;
        }

        TimeExpression? before = null;
        foreach (var time in times)
        {
            if (time.Type is TimeType.Duration or TimeType.Set)
            {
                continue;
            }

            if (time.Span.Start >= cue.End && time.Span.Start - cue.End <= MaxGap && IsFiller(text.AsSpan(cue.End, time.Span.Start - cue.End)))
            {
                return time;
            }

            if (time.Span.End <= cue.Start && cue.Start - time.Span.End <= MaxGap && IsFiller(text.AsSpan(time.Span.End, cue.Start - time.Span.End)))
            {
                before = time;
            }
        }

        return before;
    }

    private static bool IsFiller(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        if (trimmed.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[2..].Trim();
        }

        foreach (var c in trimmed)
        {
            if (c != ',' && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return gap.IsEmpty || char.IsWhiteSpace(gap[0]) || gap[0] == ',';
    }
}
