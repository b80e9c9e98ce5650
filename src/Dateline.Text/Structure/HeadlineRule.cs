namespace Dateline.Text.Structure;

/// <summary>
/// Whether a front-matter line reads as a headline: short, not starting with a small letter (unless a capital follows, as in "iPhone"), and not
/// ending like a sentence or clause (a final period is allowed after an abbreviation such as "U.S." or in a
/// line without small letters). A line is not a headline when the next line continues it as hard-wrapped
/// text: not indented, not blank, short, and either starting with a small letter or following a line that
/// ends in a small-letter word.
/// </summary>
internal static class HeadlineRule
{
    public const int MaxLength = 200;

    public static bool IsHeadline(ReadOnlySpan<char> line, ReadOnlySpan<char> next, bool nextContinues)
    {
        if (line.Length is < 2 or > MaxLength)
        {
            return false;
        }

        // "iPhone sales soar" may start with a small letter; "said the mayor" may not.
        if (char.IsLower(line[0]) && !char.IsUpper(line[1]))
        {
            return false;
        }

        var last = line[^1];
        if (last is ',' or ';' or ':' or '-' or '–' or '—')
        {
            return false;
        }

        if (last == '.' && !EndsWithAbbreviation(line) && HasLower(line))
        {
            return false;
        }

        // A quotation closing a sentence: 'He said, "We will win."'
        if (last is '"' or '”' or '\'' or '’' && line.Length > 3 && line[^2] is '.' or ',' && line[^3] != '.')
        {
            return false;
        }

        if (nextContinues && next.Length < ParagraphRule.WrapLimit)
        {
            var lastWordLower = LastWordStartsLower(line);
            if (char.IsLower(next[0]) || lastWordLower)
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithAbbreviation(ReadOnlySpan<char> line)
    {
        var space = line.LastIndexOf(' ');
        var word = line[(space + 1)..^1];
        return word.Contains('.') || (word.Length <= 4 && word.Length > 0 && char.IsUpper(word[0]) && !HasLower(word[1..]) && word.Length > 1);
    }

    private static bool LastWordStartsLower(ReadOnlySpan<char> line)
    {
        var space = line.LastIndexOf(' ');
        var word = line[(space + 1)..];
        return word.Length > 0 && char.IsLower(word[0]);
    }

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }
}
