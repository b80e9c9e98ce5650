namespace Dateline.Text.Times;

/// <summary>
/// The narrative reference time of <see cref="TimeParser"/>: "that day", "the same day", "the following month", "the
/// previous Friday" refer to the last day or month the story named, not to the article's date.
/// </summary>
internal sealed partial class TimeParser
{
    /// <summary>Keeps the day and the month a found value names as the story's reference time.</summary>
    private void Remember(string value)
    {
        if (value.Length < 7 || value[4] != '-' || !char.IsAsciiDigit(value[5]) || !char.IsAsciiDigit(value[6])
            || !int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            return;
        }

        var month = ((value[5] - '0') * 10) + (value[6] - '0');
        if (month is < 1 or > 12)
        {
            return;
        }

        _lastMonthYear = year;
        _lastMonth = month;
        if (value.Length >= 10 && value[7] == '-' && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9]))
        {
            var day = ((value[8] - '0') * 10) + (value[9] - '0');
            if (TimeValues.IsValidDate(year, month, day))
            {
                _lastDayNumber = new DateOnly(year, month, day).DayNumber;
            }
        }
    }

    /// <summary>Whether the word at r refers back in narrative ("the following month", "the previous Friday"), not from now.</summary>
    private bool IsNarrativeRelative(int r, int first) =>
        first < r && IsWord(first, "the")
        && (IsWord(r, "following") || IsWord(r, "previous") || IsWord(r, "preceding") || IsWord(r, "prior") || IsWord(r, "next"));

    /// <summary>The end of "day" or "same day" after "that" when the story has named a day; else 0.</summary>
    private int ThatDay(int k)
    {
        if (_lastDayNumber == 0)
        {
            return 0;
        }

        if (IsWord(k, "same"))
        {
            k++;
        }

        return UnitAt(k) == TimeUnit.Day && !Plural(k) && (_t[k].Flags & ScanFlags.Possessive) == 0 ? k + 1 : 0;
    }

    private string LastDayValue() => TimeValues.Date(DateOnly.FromDayNumber(_lastDayNumber));
}
