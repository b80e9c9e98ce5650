namespace Dateline.Text.Structure;

/// <summary>English month names and their abbreviations ("August", "Aug.", "Sept", "FEB"), matched ignoring case.</summary>
internal static class MonthNames
{
    private static readonly string[] Full =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The month (1-12) a word names, or 0. A trailing period is allowed.</summary>
    public static int Parse(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[^1] == '.')
        {
            word = word[..^1];
        }

        if (word.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < Full.Length; i++)
        {
            var name = Full[i].AsSpan();
            if (word.Length == name.Length ? word.Equals(name, StringComparison.OrdinalIgnoreCase)
                : word.Length == 3 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return word.Equals("sept", StringComparison.OrdinalIgnoreCase) ? 9 : 0;
    }

    /// <summary>Whether a word names a day of the week ("Thursday", "Thu.", "Thurs").</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[^1] == '.')
        {
            word = word[..^1];
        }

        if (word.Length < 3)
        {
            return false;
        }

        ReadOnlySpan<string> days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        foreach (var day in days)
        {
            if (word.Length <= day.Length && day.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (word.Length == 3 || word.Length == 4 || word.Length == day.Length))
            {
                return true;
            }
        }

        return false;
    }
}
