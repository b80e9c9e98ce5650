using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// Days for <see cref="TimeParser"/>: today, yesterday, tomorrow, tonight; a weekday ("Thursday", "Wednesday's",
/// "until Tuesday", "Mondays") resolved by the tense of its sentence, or after last/this/next ("last Thursday", "the
/// previous Friday"); the weekend.
/// </summary>
internal sealed partial class TimeParser
{
    private Found? DeicticFirst(int i)
    {
        var offset = _t[i].Value;
        if (offset == 100)
        {
            return new Found(i + 1, TimeType.Time, TimeValues.PartOfDay(DayValue(0), 4));
        }

        if (offset == 0 && (_t[i].Flags & ScanFlags.Capitalized) != 0 && IsWord(i + 1, "show"))
        {
            return null;
        }

        var date = DayValue(offset);
        var k = i + 1;
        if (ClockAt(k, out var minutes, out var end) && Class(k) != WordClass.Digits)
        {
            return new Found(end, TimeType.Time, TimeValues.Clock(date, minutes));
        }

        return WithPartOfDay(k, date);
    }

    private Found? WeekdayFirst(int i)
    {
        var day = _t[i].Value;
        var k = Class(i + 1) == WordClass.Comma ? i + 2 : i + 1;
        if (Class(k) == WordClass.Month && IsDayNumber(k + 1))
        {
            return MonthFirst(k);
        }

        if (IsWord(i - 1, "good") || IsWord(i - 1, "black") || IsWord(i - 1, "super") || IsWord(i - 1, "cyber"))
        {
            return null;
        }

        // "Mondays", "Tuesday nights": a plural names every such day, a set; so does the first day of
        // "Monday and Tuesday nights", which takes the part of the day of the second
        var partAt = Class(i + 1) == WordClass.PartOfDay ? i + 1
            : (IsWord(i + 1, "and") || IsWord(i + 1, "or")) && Class(i + 2) == WordClass.Weekday && Class(i + 3) == WordClass.PartOfDay && Plural(i + 3) ? i + 3
            : -1;
        if (Plural(i) || (partAt > 0 && Plural(partAt)))
        {
            var set = "XXXX-WXX-" + day.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var end = partAt == i + 1 ? i + 2 : i + 1;
            return partAt > 0 && _t[partAt].Value <= 4
                ? new Found(end, TimeType.Set, TimeValues.PartOfDay(set, _t[partAt].Value))
                : new Found(end, TimeType.Set, set);
        }

        return WithPartOfDay(i + 1, WeekdayByTense(day, i));
    }

    private string WeekdayByTense(int day, int at)
    {
        if (_anchor is not { } a)
        {
            return "XXXX-XX-XX";
        }

        // "until Tuesday", "until 9 a.m. Tuesday": a deadline, today or the next such day.
        if (AfterUntil(at))
        {
            return TimeValues.Date(TimeValues.WeekdayAfter(a.AddDays(-1), day));
        }

        // "Wednesday's ruling": a possessive day is almost always one that has happened.
        var future = (_t[at].Flags & ScanFlags.Possessive) == 0
            && (Tense(at) == Times.Tense.Future || (IsWord(at - 1, "as") && (IsWord(at - 2, "soon") || IsWord(at - 2, "early"))));
        return future
            ? TimeValues.Date(TimeValues.WeekdayAfter(a, day))
            : TimeValues.Date(TimeValues.WeekdayOnOrBefore(a, day));
    }

    /// <summary>
    /// Whether "until" (or "till") opens the expression whose weekday is at, past a clock time, "on" or "early"/"late",
    /// and neither opens the sentence nor follows "up" or "not".
    /// </summary>
    private bool AfterUntil(int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 6; k--)
        {
            if (IsWord(k, "until") || IsWord(k, "till"))
            {
                // "Until Thursday, they had described him as a witness", "up until Thursday", "it was not until
                // Tuesday that he spoke": these look back
                return k > 0 && Class(k - 1) != WordClass.SentenceEnd && !IsWord(k - 1, "up") && !IsWord(k - 1, "not");
            }

            if (!(Class(k) is WordClass.Clock or WordClass.Digits or WordClass.Meridiem or WordClass.Zone or WordClass.Position or WordClass.PartOfDay
                || IsWord(k, "on") || IsWord(k, "at")))
            {
                return false;
            }
        }

        return false;
    }

    private string WeekendByTense(int at)
    {
        if (_anchor is not { } a)
        {
            return "XXXX-WXX-WE";
        }

        var isoDay = TimeValues.IsoDay(a);
        if (Tense(at) == Times.Tense.Future)
        {
            return TimeValues.Weekend(a);
        }

        return TimeValues.Weekend(isoDay >= 6 ? a : a.AddDays(-7));
    }

    /// <summary>
    /// A weekday after last/this/next (at <paramref name="r"/>): "last Thursday" strictly before the anchor, "next Thursday"
    /// strictly after it, "this Thursday" by the tense, "the previous Friday" from the last day the story named.
    /// </summary>
    private Found? RelativeWeekday(int r, int k, int direction, int first)
    {
        var day = _t[k].Value;
        string value;
        if (_anchor is not { } a)
        {
            value = "XXXX-XX-XX";
        }
        else if (_story.LastDayNumber > 0 && IsNarrativeRelative(r, first) && !IsWord(r, "next"))
        {
            // the previous Friday, the following Monday: from the last day the story named
            var reference = DateOnly.FromDayNumber(_story.LastDayNumber);
            value = TimeValues.Date(direction < 0
                ? TimeValues.WeekdayOnOrBefore(reference.AddDays(-1), day)
                : TimeValues.WeekdayAfter(reference, day));
        }
        else if (direction < 0)
        {
            value = TimeValues.Date(TimeValues.WeekdayOnOrBefore(a.AddDays(-1), day));
        }
        else if (direction > 0)
        {
            value = TimeValues.Date(TimeValues.WeekdayAfter(a, day));
        }
        else
        {
            value = WeekdayByTense(day, k);
        }

        return WithPartOfDay(k + 1, value);
    }
}
