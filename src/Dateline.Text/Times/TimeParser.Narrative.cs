using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// The narrative reference time of <see cref="TimeParser"/>: "that day", "that year", "that quarter", "the following
/// month", "the next day" refer to the last day, month, year or quarter the story named (kept in <see cref="StoryState"/>),
/// not to the article's date. ("the previous Friday" is in TimeParser.DaysAndWeekdays.cs, a clock time alone on the
/// reference day in TimeParser.ClockTimes.cs.)
/// </summary>
internal sealed partial class TimeParser
{
    /// <summary>Whether the word at r refers back in narrative ("the following month", "the previous Friday"), not from now.</summary>
    private bool IsNarrativeRelative(int r, int first) =>
        first < r && IsWord(first, "the")
        && (IsWord(r, "following") || IsWord(r, "previous") || IsWord(r, "preceding") || IsWord(r, "prior") || IsWord(r, "next"));

    /// <summary>The end of "day" or "same day" after "that" when the story has named a day; else 0.</summary>
    private int ThatDay(int k)
    {
        if (_story.LastDayNumber == 0)
        {
            return 0;
        }

        if (IsWord(k, "same"))
        {
            k++;
        }

        return UnitAt(k) == TimeUnit.Day && !Plural(k) && (_t[k].Flags & ScanFlags.Possessive) == 0 ? k + 1 : 0;
    }

    /// <summary>
    /// "the following year", "the previous year" from the last year the story named; "the following month", "the previous
    /// month" from the last month; "the next day", "the previous day" from the last day. Null when the story has named
    /// none or the words refer to the article's date ("next month").
    /// </summary>
    private Found? NarrativeUnit(int r, int first, TimeUnit unit, int direction, int end)
    {
        // the following year, the previous year: from the last year the story named
        if (unit == TimeUnit.Year && first < r && _story.LastYear > 0
            && (IsWord(r, "following") || IsWord(r, "previous") || IsWord(r, "preceding") || IsWord(r, "prior")))
        {
            return new Found(end, TimeType.Date, TimeValues.Year(_story.LastYear + direction));
        }

        // the following month, the previous month: from the last month the story named
        if (unit == TimeUnit.Month && _story.LastMonth > 0 && IsNarrativeRelative(r, first) && !IsWord(r, "next"))
        {
            var m = new DateOnly(_story.LastMonthYear, _story.LastMonth, 1).AddMonths(direction);
            return new Found(end, TimeType.Date, TimeValues.Month(m.Year, m.Month));
        }

        // the next day, the following day, the previous day: from the last day the story named
        if (unit == TimeUnit.Day && _story.LastDayNumber > 0 && IsNarrativeRelative(r, first))
        {
            return new Found(end, TimeType.Date, TimeValues.Date(DateOnly.FromDayNumber(_story.LastDayNumber + direction)));
        }

        return null;
    }

    /// <summary>"that year", "that day", "that same day", "that quarter": the year, day or quarter the story last named; "these days": the present.</summary>
    private Found? SameFirst(int i)
    {
        if (IsWord(i, "these") && IsWord(i + 1, "days"))
        {
            return new Found(i + 2, TimeType.Date, TimeValues.PresentRef);
        }

        if (IsWord(i, "that") && UnitAt(i + 1) == TimeUnit.Year && !Plural(i + 1) && _story.LastYear > 0)
        {
            return new Found(i + 2, TimeType.Date, TimeValues.Year(_story.LastYear));
        }

        if (IsWord(i, "that") && ThatDay(i + 1) is var dayEnd and > 0)
        {
            return new Found(dayEnd, TimeType.Date, _story.LastDayValue());
        }

        if (IsWord(i, "that") && UnitAt(i + 1) == TimeUnit.Quarter && !Plural(i + 1) && _story.Quarter > 0)
        {
            return new Found(i + 2, TimeType.Date, TimeValues.Quarter(_story.QuarterYear, _story.Quarter));
        }

        return null;
    }
}
