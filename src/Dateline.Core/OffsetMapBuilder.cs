namespace Dateline.Core;

/// <summary>Builds an <see cref="OffsetMap"/> while a derived text is written piece by piece.</summary>
public sealed class OffsetMapBuilder
{
    private readonly List<int> _offsets = [];
    private readonly List<int> _diffs = [];

    /// <summary>Records that the derived text from <paramref name="derivedOffset"/> on comes from <paramref name="sourceOffset"/>.</summary>
    public void Add(int derivedOffset, int sourceOffset)
    {
        var diff = sourceOffset - derivedOffset;
        if (_diffs.Count > 0 && _diffs[^1] == diff)
        {
            return;
        }

        if (_offsets.Count > 0 && _offsets[^1] == derivedOffset)
        {
            _diffs[^1] = diff;
            return;
        }

        _offsets.Add(derivedOffset);
        _diffs.Add(diff);
    }

    public OffsetMap Build() => _offsets.Count == 0 ? OffsetMap.Identity : new OffsetMap([.. _offsets], [.. _diffs]);
}
