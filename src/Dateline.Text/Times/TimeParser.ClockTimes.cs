using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// Clock times for <see cref="TimeParser"/>: "1:33 PM", "10 a.m. EDT", "4 in the morning", "noon", "midnight", with
/// the day that follows ("10 a.m. Thursday", "10:35 a.m. (0735 GMT) Friday") or else the story's reference day; parts
/// of a day ("mid-afternoon yesterday", "this morning", "last night").
/// </summary>
internal sealed partial class TimeParser
{
    private bool ClockAt(int i, out int minutes, out int end)
    {
        minutes = 0;
        end = i;
        int hour;
        int minute;
        if (Class(i) == WordClass.Clock)
        {
            hour = _t[i].Value / 60;
            minute = _t[i].Value % 60;
        }
        else if (Class(i) == WordClass.Digits && (_t[i].Flags & ScanFlags.Grouped) == 0 && _t[i].Value is >= 1 and <= 12 && _t[i].Length <= 2)
        {
            hour = _t[i].Value;
            minute = 0;
        }
        else if (Class(i) == WordClass.PartOfDay && _t[i].Value >= 5)
        {
            minutes = _t[i].Value == 5 ? 12 * 60 : 24 * 60;
            end = i + 1;
            return true;
        }
        else
        {
            return false;
        }

        var k = i + 1;
        var hasMeridiem = false;
        if (Class(k) == WordClass.Meridiem)
        {
            hasMeridiem = true;
            if (hour == 12)
            {
                hour = 0;
            }

            hour += _t[k].Value;
            k++;
        }
        else if (IsWord(k, "o") && Class(k + 1) == WordClass.Apostrophe && IsWord(k + 2, "clock"))
        {
            hasMeridiem = true;
            k += 3;
        }
        else if (IsWord(k, "in") && Class(k + 1) == WordClass.The && Class(k + 2) == WordClass.PartOfDay && _t[k + 2].Value <= 4 && !Plural(k + 2))
        {
            // 4 in the morning, 8 in the evening
            hasMeridiem = true;
            if (_t[k + 2].Value >= 2 && hour < 12)
            {
                hour += 12;
            }

            k += 3;
        }

        if (!hasMeridiem && !(Class(i) == WordClass.Clock && (Class(k) == WordClass.Zone || IsWord(i - 1, "at"))))
        {
            return false;
        }

        if (Class(k) == WordClass.Zone)
        {
            k++;
        }

        minutes = (hour * 60) + minute;
        end = k;
        return true;
    }

    private Found? ClockFirst(int i) => ClockAt(i, out var minutes, out var end) ? ClockWithDay(end, minutes) : null;

    /// <summary>A clock time, with the day that follows if any ("10 a.m. Thursday", "5 p.m. today").</summary>
    private Found ClockWithDay(int end, int minutes)
    {
        var k = Class(end) == WordClass.Comma ? end + 1 : end;

        // "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)": the day sits in or right after a
        // parenthesis that restates the time; it gives the clock its date, and stays an expression of its own
        var parenthesisDay = -1;
        if (IsChar(k, '('))
        {
            for (var p = k + 1; p < _n && p <= k + 6; p++)
            {
                if (IsChar(p, ')'))
                {
                    parenthesisDay = Class(p - 1) == WordClass.Weekday ? p - 1 : Class(p + 1) == WordClass.Weekday ? p + 1 : -1;
                    break;
                }
            }
        }

        if (parenthesisDay >= 0 && WeekdayFirst(parenthesisDay) is { } inner && inner.Value.Length == 10)
        {
            return new Found(end, TimeType.Time, TimeValues.Clock(inner.Value, minutes));
        }

        if (IsWord(k, "on"))
        {
            k++;
        }

        if (Class(k) == WordClass.Weekday || Class(k) == WordClass.Deictic || (Class(k) == WordClass.Month && IsDayNumber(k + 1)))
        {
            var day = Class(k) switch
            {
                WordClass.Weekday => WeekdayFirst(k),
                WordClass.Deictic => DeicticFirst(k),
                _ => MonthFirst(k),
            };
            if (day is { } d && d.Value.Length == 10)
            {
                return new Found(d.End, TimeType.Time, TimeValues.Clock(d.Value, minutes));
            }
        }

        if (Class(end) == WordClass.PartOfDay && _t[end].Value <= 4 && !Plural(end))
        {
            end++;
        }

        // a clock time alone is on the day the story last named (its reference time), else the article's date
        return new Found(end, TimeType.Time, TimeValues.Clock(_story.LastDayNumber > 0 ? _story.LastDayValue() : DayValue(0), minutes));
    }

    private Found? PartOfDayFirst(int i)
    {
        // "High Noon", "high noon": a title or a figure of speech
        if (_t[i].Value < 5 || IsWord(i - 1, "high") || ((_t[i].Flags & ScanFlags.Capitalized) != 0 && i > 0 && _t[i - 1].Class != WordClass.SentenceEnd))
        {
            return null;
        }

        var minutes = _t[i].Value == 5 ? 12 * 60 : 24 * 60;
        return ClockWithDay(i + 1, minutes);
    }

    /// <summary>"mid-afternoon", "mid-afternoon yesterday", "early morning Tuesday", "late night yesterday": a part of a day.</summary>
    private Found? PositionPartOfDay(int i, int k)
    {
        var part = _t[k].Value;
        var after = k + 1;
        string date;
        if (Class(after) == WordClass.Deictic && _t[after].Value is -1 or 0 or 1)
        {
            date = DayValue(_t[after].Value);
            after++;
        }
        else if (Class(after) == WordClass.Weekday)
        {
            date = WeekdayByTense(_t[after].Value, after);
            after++;
        }
        else if (IsWord(i, "mid"))
        {
            date = DayValue(0);
        }
        else
        {
            return null; // "early morning", "late night" alone: too vague (and often an adjective: "late-night show")
        }

        return new Found(after, TimeType.Time, TimeValues.PartOfDay(date, part));
    }

    /// <summary>"this morning", "this evening": a part of the anchor's day; "last night": the night before.</summary>
    private Found? RelativePartOfDay(int k, int direction, bool isThis)
    {
        var part = _t[k].Value;
        if (part > 4)
        {
            return null;
        }

        if (direction < 0 && part == 4)
        {
            return new Found(k + 1, TimeType.Time, TimeValues.PartOfDay(DayValue(-1), 4));
        }

        return isThis ? new Found(k + 1, TimeType.Time, TimeValues.PartOfDay(DayValue(0), part)) : null;
    }
}
