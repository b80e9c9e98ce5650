using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// Holidays for <see cref="TimeParser"/>: Christmas (Eve), Thanksgiving, Election Day and Easter (Sunday, week), in
/// the year named or the one nearest the anchor; "last Christmas", "next Thanksgiving".
/// </summary>
internal sealed partial class TimeParser
{
    private Found? HolidayFirst(int i)
    {
        var holiday = _t[i].Value;
        if (holiday == 4)
        {
            return EasterFirst(i);
        }

        var end = i + 1;
        var eve = false;
        if (IsWord(end, "day"))
        {
            end++;
        }
        else if (holiday == 1 && IsWord(end, "eve"))
        {
            eve = true;
            end++;
        }
        else if (holiday == 3)
        {
            return null;
        }

        if (_anchor is not { } a)
        {
            return new Found(end, TimeType.Date, "XXXX-XX-XX");
        }

        // The holiday of the year nearest the anchor (in the tense of the sentence when it is far).
        var year = IsYear(end) ? _t[end].Value : YearOfDay(holiday == 1 ? 12 : 11, HolidayDay(a.Year, holiday, eve), i);
        if (IsYear(end))
        {
            end++;
        }

        var day = HolidayDay(year, holiday, eve);
        return new Found(end, TimeType.Date, TimeValues.Date(year, holiday == 1 ? 12 : 11, day));
    }

    /// <summary>"Easter", "Easter Sunday", "Easter 1999": the Sunday; "Easter week": its ISO week; the nearest Easter to the anchor when no year is named.</summary>
    private Found? EasterFirst(int i)
    {
        var end = i + 1;
        var week = IsWord(end, "week") && !Plural(end);
        if (week || IsWord(end, "sunday"))
        {
            end++;
        }

        DateOnly easter;
        if (IsYear(end))
        {
            easter = TimeValues.Easter(_t[end].Value);
            end++;
        }
        else if (_anchor is { } a)
        {
            easter = TimeValues.Easter(a.Year);
            foreach (var other in (ReadOnlySpan<DateOnly>)[TimeValues.Easter(a.Year - 1), TimeValues.Easter(a.Year + 1)])
            {
                if (Math.Abs(other.DayNumber - a.DayNumber) < Math.Abs(easter.DayNumber - a.DayNumber))
                {
                    easter = other;
                }
            }
        }
        else
        {
            return new Found(end, TimeType.Date, week ? "XXXX-WXX" : "XXXX-XX-XX");
        }

        return new Found(end, TimeType.Date, week ? TimeValues.Week(easter) : TimeValues.Date(easter));
    }

    /// <summary>Christmas (Eve) Dec 25 (24); Thanksgiving the 4th Thursday of November; Election Day the Tuesday after the first Monday of November.</summary>
    private static int HolidayDay(int year, int holiday, bool eve)
    {
        switch (holiday)
        {
            case 1:
                return eve ? 24 : 25;
            case 2:
                {
                    var first = TimeValues.IsoDay(new DateOnly(year, 11, 1));
                    var firstThursday = 1 + ((4 - first + 7) % 7);
                    return firstThursday + 21;
                }

            default:
                {
                    var first = TimeValues.IsoDay(new DateOnly(year, 11, 1));
                    var firstMonday = 1 + ((1 - first + 7) % 7);
                    return firstMonday + 1;
                }
        }
    }

    /// <summary>"last Christmas", "next Thanksgiving": the holiday before or after the anchor.</summary>
    private Found? RelativeHoliday(int k, int direction, DateOnly anchor)
    {
        var holiday = _t[k].Value;
        var month = holiday == 1 ? 12 : 11;
        var end = IsWord(k + 1, "day") ? k + 2 : k + 1;
        var year = anchor.Year;
        if (direction < 0 && new DateOnly(year, month, HolidayDay(year, holiday, false)) >= anchor)
        {
            year--;
        }
        else if (direction > 0 && new DateOnly(year, month, HolidayDay(year, holiday, false)) <= anchor)
        {
            year++;
        }

        return new Found(end, TimeType.Date, TimeValues.Date(year, month, HolidayDay(year, holiday, false)));
    }
}
