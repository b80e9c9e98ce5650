namespace Dateline.Core;

/// <summary>
/// Maps offsets in a derived text (for example the article text extracted from HTML) back to offsets
/// in the source it was derived from. Stored as sorted anchor points: from each anchor on, a derived
/// offset <c>d</c> maps to <c>d + diff</c> (the idea of Lucene's BaseCharFilter offset correction).
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _offsets;
    private readonly int[] _diffs;

    public OffsetMap(int[] offsets, int[] diffs)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(diffs);
        if (offsets.Length != diffs.Length)
        {
            throw new ArgumentException("Offsets and diffs must have the same length.", nameof(diffs));
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                throw new ArgumentException("Offsets must be sorted.", nameof(offsets));
            }
        }

        _offsets = offsets;
        _diffs = diffs;
    }

    /// <summary>The identity map: derived text and source are the same string.</summary>
    public static OffsetMap Identity { get; } = new([], []);

    public int Count => _offsets.Length;

    public bool IsIdentity => _offsets.Length == 0;

    /// <summary>Maps an offset in the derived text to the source.</summary>
    public int ToSource(int offset)
    {
        var index = Array.BinarySearch(_offsets, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        else
        {
            // Several anchors may share one offset; the last one wins.
            while (index + 1 < _offsets.Length && _offsets[index + 1] == offset)
            {
                index++;
            }
        }

        return index < 0 ? offset : offset + _diffs[index];
    }

    /// <summary>Maps a span of the derived text to the source; the end maps from its last character.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        var start = ToSource(span.Start);
        var end = span.IsEmpty ? start : ToSource(span.End - 1) + 1;
        return new TextSpan(start, Math.Max(start, end));
    }
}
