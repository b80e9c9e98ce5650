namespace Dateline.Dedup;

/// <summary>
/// Finds an inline dateline at the start of a story ("WASHINGTON (AP) — ", "LONDON, Feb 26 - "), which
/// republishers change or drop, so that it can be left out of the comparison.
/// </summary>
public static class DatelinePrefix
{
    private const int MaxPrefix = 80;

    /// <summary>The length of the dateline prefix of <paramref name="paragraph"/>, or 0 when it has none.</summary>
    public static int Length(ReadOnlySpan<char> paragraph)
    {
        var limit = Math.Min(paragraph.Length, MaxPrefix);
        var start = 0;
        while (start < limit && char.IsWhiteSpace(paragraph[start]))
        {
            start++;
        }

        // The first word must be an upper-case place name of two letters or more ("WASHINGTON", "NEW").
        var upper = 0;
        var i = start;
        while (i < limit && char.IsLetter(paragraph[i]))
        {
            if (!char.IsUpper(paragraph[i]))
            {
                return 0;
            }

            upper++;
            i++;
        }

        if (upper < 2)
        {
            return 0;
        }

        for (; i < limit; i++)
        {
            var c = paragraph[i];
            if (c is '\n' or '"' or '\u201C')
            {
                return 0;
            }

            if (c is '\u2014' or '\u2013' || (c == '-' && i > 0 && paragraph[i - 1] == ' '))
            {
                var end = i + 1;
                while (end < paragraph.Length && (paragraph[end] == '-' || char.IsWhiteSpace(paragraph[end])))
                {
                    end++;
                }

                return end < paragraph.Length ? end : 0;
            }
        }

        return 0;
    }
}
