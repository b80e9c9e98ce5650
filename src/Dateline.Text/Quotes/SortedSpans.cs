using Dateline.Core;

namespace Dateline.Text.Quotes;

/// <summary>
/// Spans sorted by start with the furthest end reached so far, so "is this offset inside any of them" is a binary
/// search even when spans overlap or nest ("X said "...", according to Z").
/// </summary>
internal sealed class SortedSpans
{
    private readonly List<TextSpan> _spans;
    private readonly int[] _reach;

    public SortedSpans(List<TextSpan> spans)
    {
        _spans = spans;
        _spans.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        _reach = new int[_spans.Count];
        for (var i = 0; i < _spans.Count; i++)
        {
            _reach[i] = i == 0 ? _spans[i].End : Math.Max(_reach[i - 1], _spans[i].End);
        }
    }

    public bool Contains(int offset)
    {
        var lo = 0;
        var hi = _spans.Count - 1;
        var candidate = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_spans[mid].Start <= offset)
            {
                candidate = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return candidate >= 0 && offset < _reach[candidate];
    }
}
