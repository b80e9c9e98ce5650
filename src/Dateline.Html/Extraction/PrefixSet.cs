using System.Collections.Frozen;

namespace Dateline.Html.Extraction;

/// <summary>A set of word prefixes, tested against a token without allocating: one lookup per candidate length.</summary>
internal sealed class PrefixSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _min;
    private readonly int _max;

    public PrefixSet(IEnumerable<string> prefixes)
    {
        var set = prefixes.ToFrozenSet(StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _min = set.Min(p => p.Length);
        _max = set.Max(p => p.Length);
    }

    public bool MatchesPrefixOf(ReadOnlySpan<char> token)
    {
        var longest = Math.Min(_max, token.Length);
        for (var length = _min; length <= longest; length++)
        {
            if (_lookup.Contains(token[..length]))
            {
                return true;
            }
        }

        return false;
    }
}
