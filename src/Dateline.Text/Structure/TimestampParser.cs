namespace Dateline.Text.Structure;

/// <summary>
/// Reads a timestamp line: "August 03, 2017 1:33 PM", "Aug. 3, 2017 1:33 p.m. EDT", "2017-08-03 13:33",
/// "Updated 1:33 PM EDT Thursday, August 3, 2017", "3 August 2017 | 13:33 GMT". The whole line must be a
/// date (with its year) and optionally a time; weekday names, time zones and words such as "Updated" are allowed.
/// The time is read as the local time the line gives; the zone is not applied.
/// </summary>
internal static class TimestampParser
{
    private const int MaxLength = 80;
    private const int MaxRelativeLength = 40;

    private static readonly string[] FillerWords =
    [
        "updated", "published", "posted", "last", "modified", "on", "at", "first", "edited",
        "et", "edt", "est", "ct", "cdt", "cst", "mt", "mdt", "mst", "pt", "pdt", "pst", "gmt", "utc", "bst", "cet", "cest", "z",
    ];

    public static bool TryParse(ReadOnlySpan<char> line, out DateTime value)
    {
        value = default;
        if (line.Length is < 8 or > MaxLength || !char.IsAsciiDigit(line[^1]) && !char.IsLetter(line[^1]) && line[^1] != '.')
        {
            return false;
        }

        int year = 0, month = 0, day = 0, hour = -1, minute = 0, second = 0;
        var pm = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c) || c is ',' or '|' or '/' or '-' or '–' or '—' or '·' or '•' or ':')
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] is ':' or '-' or '/' or 'T' || (line[i] == '.' && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]))))
                {
                    i++;
                }

                if (!ReadNumber(line[start..i], ref year, ref month, ref day, ref hour, ref minute, ref second))
                {
                    return false;
                }

                continue;
            }

            if (!char.IsLetter(c))
            {
                return false;
            }

            while (i < line.Length && (char.IsLetter(line[i]) || line[i] == '.'))
            {
                i++;
            }

            var word = line[start..i];
            if (MonthNames.Parse(word) is > 0 and var m && month == 0)
            {
                month = m;
            }
            else if (IsMeridiem(word, out var isPm))
            {
                pm = isPm ? 2 : 1;
            }
            else if (!MonthNames.IsWeekday(word) && !IsFiller(word))
            {
                return false;
            }
        }

        if (year == 0 || month == 0 || day == 0 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            return false;
        }

        if (hour < 0)
        {
            hour = 0;
        }
        else if (pm != 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = hour % 12 + (pm == 2 ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool ReadNumber(ReadOnlySpan<char> token, ref int year, ref int month, ref int day, ref int hour, ref int minute, ref int second)
    {
        var t = token.IndexOf('T');
        if (t > 0)
        {
            return ReadNumber(token[..t], ref year, ref month, ref day, ref hour, ref minute, ref second)
                && ReadNumber(token[(t + 1)..], ref year, ref month, ref day, ref hour, ref minute, ref second);
        }

        if (token.Contains(':'))
        {
            // h:mm or h:mm:ss
            Span<Range> parts = stackalloc Range[4];
            var count = token.Split(parts, ':');
            if (hour >= 0 || count is < 2 or > 3 || !TryInt(token[parts[0]], out hour) || !TryInt(token[parts[1]], out minute))
            {
                return false;
            }

            return count == 2 || TryInt(token[parts[2]], out second);
        }

        if (token.ContainsAny('-', '/'))
        {
            // 2017-08-03, 2017/08/03, 08/03/2017
            Span<Range> parts = stackalloc Range[4];
            var count = token.Split(parts, token.Contains('-') ? '-' : '/');
            if (count != 3 || year != 0 || !TryInt(token[parts[0]], out var a) || !TryInt(token[parts[1]], out var b) || !TryInt(token[parts[2]], out var c))
            {
                return false;
            }

            (year, month, day) = token[parts[0]].Length == 4 ? (a, b, c) : (c, a, b);
            return month is >= 1 and <= 12 && year >= 1000;
        }

        if (!TryInt(token, out var n))
        {
            return false;
        }

        if (token.Length == 4 && year == 0)
        {
            year = n;
        }
        else if (token.Length <= 2 && day == 0 && n is >= 1 and <= 31)
        {
            day = n;
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>A relative time line such as "6 years ago" or "Updated 5 hours ago".</summary>
    public static bool IsRelative(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxRelativeLength || !line.EndsWith(" ago", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            words += word.Length > 0 ? 1 : 0;
            if (word.Length > 0 && !char.IsAsciiDigit(word[0]) && !IsFiller(word) && !IsUnit(word) && !word.Equals("ago", StringComparison.OrdinalIgnoreCase)
                && !word.Equals("an", StringComparison.OrdinalIgnoreCase) && !word.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return words <= 5;
    }

    private static bool IsUnit(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('s');
        ReadOnlySpan<string> units = ["second", "minute", "min", "hour", "hr", "day", "week", "month", "year"];
        foreach (var unit in units)
        {
            if (word.Equals(unit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryInt(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.Length is 0 or > 4)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }

    private static bool IsMeridiem(ReadOnlySpan<char> word, out bool pm)
    {
        pm = word.Length > 0 && (word[0] == 'p' || word[0] == 'P');
        return word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || word.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
            || word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsFiller(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        foreach (var filler in FillerWords)
        {
            if (word.Equals(filler, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
