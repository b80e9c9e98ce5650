using System.Globalization;

namespace Dateline.Ingest.Formats;

/// <summary>
/// The header that starts a raw news record: optional whitespace, then <c>date YYYY-MM-DD</c> followed by
/// whitespace or the end of the line. The article text may run on after the header on the same line.
/// </summary>
public static class RecordHeader
{
    /// <summary>Finds a header at the start of <paramref name="line"/>; returns the offsets of <c>date YYYY-MM-DD</c> within the line.</summary>
    public static bool TryMatch(ReadOnlySpan<char> line, out int start, out int end, out DateOnly date)
    {
        start = 0;
        end = 0;
        date = default;
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t' or '\uFEFF')
        {
            i++;
        }

        var rest = line[i..];
        if (rest.Length < 15 || !rest.StartsWith("date ", StringComparison.Ordinal))
        {
            return false;
        }

        var value = rest.Slice(5, 10);
        if (value[4] != '-' || value[7] != '-' ||
            !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        if (rest.Length > 15 && !char.IsWhiteSpace(rest[15]))
        {
            return false;
        }

        start = i;
        end = i + 15;
        return true;
    }

    public static bool Sniff(ReadOnlySpan<byte> head)
    {
        Span<char> chars = stackalloc char[Math.Min(head.Length, 64)];
        var n = 0;
        foreach (var b in head[..Math.Min(head.Length, 64)])
        {
            if (b == (byte)'\n')
            {
                break;
            }

            chars[n++] = (char)b;
        }

        return TryMatch(chars[..n], out _, out _, out _);
    }
}
