using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// Expressions of <see cref="TimeParser"/> opened by a determiner or a modifier: "the ..." (the 1990s, the year
/// 2000, the quarter, the week of March 6, the past), "last/this/next/past ..." (the past three months; then by what
/// follows: a unit, a weekday, a month, a season, a holiday, a part of the day, each resolved in its family's file) and
/// "early/mid/late/earlier/later ..." (the late 1980s, earlier this year, later that day).
/// </summary>
internal sealed partial class TimeParser
{
    private Found? The(int i)
    {
        var k = i + 1;
        switch (Class(k))
        {
            case WordClass.DecadeDigits:
                return new Found(k + 1, TimeType.Date, TimeValues.Decade(_t[k].Value));
            case WordClass.Position:
                {
                    // the late 1980s, the mid-1990s, the end of 1997, the beginning of October
                    var p = SkipHyphen(k + 1);
                    if (Class(p) == WordClass.DecadeDigits)
                    {
                        return new Found(p + 1, TimeType.Date, TimeValues.Decade(_t[p].Value));
                    }

                    if (Class(k + 1) == WordClass.Of)
                    {
                        var inner = Core(k + 2);
                        if (inner is { } f && f.Type is TimeType.Date or TimeType.Time && !f.Value.StartsWith('P'))
                        {
                            return f;
                        }
                    }

                    return null;
                }

            case WordClass.Relative:
                {
                    // "the latest period" is not a relative unit; fall through to the quarterly report rules below
                    if (Relative(k, k + 1, _t[k].Value, i) is { } relative)
                    {
                        return relative;
                    }

                    break;
                }

            case WordClass.Ordinal:
                return OrdinalFirst(k, i);
            case WordClass.Current:
                return CurrentFirst(k, i);
            case WordClass.Fiscal:
                {
                    if (UnitAt(k + 1) == TimeUnit.Year && !Plural(k + 1))
                    {
                        return new Found(k + 2, TimeType.Duration, "P1Y");
                    }

                    if (Class(k + 1) == WordClass.Ordinal)
                    {
                        return OrdinalFirst(k + 1, i);
                    }

                    return null;
                }

            case WordClass.Season:
                return SeasonFirst(k, requireContext: false);
            case WordClass.Same when IsWord(k, "same") && ThatDay(k) is var sameDayEnd and > 0:
                // the same day: the day the story last named
                return new Found(sameDayEnd, TimeType.Date, _story.LastDayValue());
            case WordClass.Reference when _t[k].Value == 3:
                return new Found(k + 1, TimeType.Date, TimeValues.FutureRef);
            case WordClass.Digits or WordClass.Number:
                {
                    // the nine months, the four days
                    if (Amount(k, out var amount, out var next) && UnitAt(next) is var unit and not TimeUnit.None && (Plural(next) || amount == 1))
                    {
                        return new Found(next + 1, TimeType.Duration, TimeValues.Duration(amount, unit));
                    }

                    break;
                }

            case WordClass.Unit when Plural(k) && IsWord(k + 1, "ahead") && UnitAt(k) is not (TimeUnit.Half or TimeUnit.Weekend):
                // the weeks ahead, the months ahead: an unknown length from now
                return new Found(k + 2, TimeType.Duration, TimeValues.Duration(-1, UnitAt(k)));
            case WordClass.Unit when Plural(k) && UnitAt(k) == TimeUnit.Year && (IsWord(i - 1, "over") || (IsWord(i - 1, "in") && IsWord(k + 1, "that"))):
                // over the years, in the years that followed: an unknown number of years
                return new Found(k + 1, TimeType.Duration, TimeValues.Duration(-1, TimeUnit.Year));
            case WordClass.Unit:
                {
                    if (TheUnit(k) is { } unitFound)
                    {
                        return unitFound;
                    }

                    break;
                }

            default:
                break;
        }

        if (IsWord(k, "past") && Class(k + 1) is not WordClass.Unit and not WordClass.Digits and not WordClass.Number and not WordClass.Quantity)
        {
            return new Found(k + 1, TimeType.Date, TimeValues.PastRef);
        }

        // the near future, the near term, the short term
        if ((IsWord(k, "near") && (IsWord(k + 1, "future") || IsWord(k + 1, "term"))) || (IsWord(k, "short") && IsWord(k + 1, "term")))
        {
            return new Found(k + 2, TimeType.Date, TimeValues.FutureRef);
        }

        // the latest period, the 1989 period: a quarterly report's quarter
        if (_story.Quarter > 0 && (IsWord(k + 1, "period") || IsWord(k + 1, "quarter"))
            && (IsWord(k, "latest") || IsWord(k, "same") || IsWord(k, "corresponding") || IsWord(k, "comparable") || IsYear(k)))
        {
            // the same period last year, the corresponding quarter a year earlier
            var year = IsYear(k) ? _t[k].Value : _story.QuarterYear;
            var end = k + 2;
            if (!IsYear(k) && YearBack(end) is var back and > 0)
            {
                year--;
                end = back;
            }
            else if (IsWord(k, "corresponding") || IsWord(k, "comparable"))
            {
                return null;
            }

            return new Found(end, TimeType.Date, TimeValues.Quarter(year, _story.Quarter));
        }

        // the 1988 quarter before any quarter was named: that year's quarter matching the last completed one
        if (IsYear(k) && IsWord(k + 1, "quarter") && _anchor is { } qa)
        {
            var last = qa.AddMonths(-3);
            return new Found(k + 2, TimeType.Date, TimeValues.Quarter(_t[k].Value, TimeValues.QuarterOf(last.Month)));
        }

        // the week of March 6: the ISO week of that day
        if (UnitAt(k) == TimeUnit.Week && !Plural(k) && Class(k + 1) == WordClass.Of && Class(k + 2) == WordClass.Month && IsDayNumber(k + 3)
            && MonthFirst(k + 2) is { Type: TimeType.Date } day && day.Value.Length == 10
            && DateOnly.TryParseExact(day.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var weekDay))
        {
            return new Found(day.End, TimeType.Date, TimeValues.Week(weekDay));
        }

        if (IsWord(k, "latest") && IsWord(k + 1, "period"))
        {
            return new Found(k + 2, TimeType.Date, SetQuarter(-1));
        }

        // the full year: the year of the report
        if (IsWord(k, "full") && UnitAt(k + 1) == TimeUnit.Year && !Plural(k + 1))
        {
            return new Found(k + 2, TimeType.Date, Shifted(TimeUnit.Year, 0));
        }

        return null;
    }

    private Found? TheUnit(int k)
    {
        var unit = UnitAt(k);
        if (Plural(k))
        {
            return null;
        }

        // the year-ago quarter, the year-earlier period
        if (unit == TimeUnit.Year && YearAgo(k) is { } ago)
        {
            return ago;
        }

        if (unit == TimeUnit.Year && (SpelledYear(k + 1, out var spelled, out var spelledEnd)
            || (Amount(k + 1, out spelled, out spelledEnd) && spelled is >= 1000 and <= 2100)))
        {
            _story.LastYear = spelled;
            return new Found(spelledEnd, TimeType.Date, TimeValues.Year(spelled));
        }

        switch (unit)
        {
            case TimeUnit.Year:
                {
                    // "the year ended Sept. 30": a fiscal year, a span of a year; "the year before": relative to an event
                    if (IsWord(k + 1, "ended") || IsWord(k + 1, "ending") || IsWord(k + 1, "through"))
                    {
                        return new Found(k + 1, TimeType.Duration, "P1Y");
                    }

                    if (IsWord(k + 1, "before") || IsWord(k + 1, "after") || IsWord(k + 1, "earlier") || IsWord(k + 1, "later"))
                    {
                        return null;
                    }

                    return new Found(k + 1, TimeType.Date, Shifted(TimeUnit.Year, 0));
                }

            case TimeUnit.Quarter:
                {
                    if (_story.QuarterIsTopic)
                    {
                        // "the quarter" keeps the reported quarter the topic; the quarter a year ago
                        _story.KeepQuarterTopic();
                        return YearBack(k + 1) is var back and > 0
                            ? new Found(back, TimeType.Date, TimeValues.Quarter(_story.QuarterYear - 1, _story.Quarter))
                            : new Found(k + 1, TimeType.Date, TimeValues.Quarter(_story.QuarterYear, _story.Quarter));
                    }

                    return new Found(k + 1, TimeType.Date, SetQuarter(Tense(k) == Times.Tense.Future ? 0 : -1));
                }

            case TimeUnit.Month:
                return new Found(k + 1, TimeType.Date, Shifted(TimeUnit.Month, 0));
            case TimeUnit.Day when (IsWord(k + 1, "before") || IsWord(k + 1, "after")) && Core(k + 2) is { Type: TimeType.Date } named
                && DateOnly.TryParseExact(named.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var namedDay):
                // the day before last Tuesday, the day after Christmas
                return new Found(named.End, TimeType.Date, TimeValues.Date(namedDay.AddDays(IsWord(k + 1, "before") ? -1 : 1)));
            case TimeUnit.Weekend:
                return new Found(k + 1, TimeType.Date, WeekendByTense(k));
            case TimeUnit.Day when IsWord(k - 2, "in") && (IsWord(k - 3, "later") || IsWord(k - 3, "earlier")):
                // later in the day: the day the story last named, else the article's date
                return new Found(k + 1, TimeType.Date, _story.LastDayNumber > 0 ? _story.LastDayValue() : DayValue(0));
            default:
                return null;
        }
    }

    private Found? Relative(int r, int k, int direction, int first)
    {
        var isPast = IsWord(r, "past");
        var isThis = direction == 0;

        // "This Week", "Next Year" in the middle of a sentence: a title
        if ((_t[r].Flags & ScanFlags.Capitalized) != 0 && (_t[k].Flags & ScanFlags.Capitalized) != 0 && Class(k) == WordClass.Unit
            && r > 0 && _t[r - 1].Class != WordClass.SentenceEnd && first == r)
        {
            return null;
        }

        // this past week
        if (isThis && (IsWord(k, "past") || IsWord(k, "last")))
        {
            direction = -1;
            k++;
        }

        // last five years, the past two months, the next several days, the last half of 1998
        if (!isThis && Amount(k, out var amount, out var next))
        {
            if (IsWord(next, "more"))
            {
                next++;
            }

            var unit = UnitAt(next);
            if (unit != TimeUnit.None && (Plural(next) || amount == 1))
            {
                return new Found(next + 1, TimeType.Duration, TimeValues.Duration(amount, unit));
            }

            return null;
        }

        switch (Class(k))
        {
            case WordClass.Unit:
                return RelativeUnit(r, k, direction, first, isPast, isThis);
            case WordClass.Weekday:
                return RelativeWeekday(r, k, direction, first);
            case WordClass.Month:
                return RelativeMonth(k, direction, isThis);
            case WordClass.Season:
                return RelativeSeason(k, direction);
            case WordClass.Half when IsWord(r, "last") && Class(k + 1) == WordClass.Of && IsYear(k + 2):
                {
                    // the last half of 1989: the second half
                    _story.LastYear = _t[k + 2].Value;
                    return new Found(k + 3, TimeType.Date, TimeValues.Half(_t[k + 2].Value, 2));
                }

            case WordClass.Holiday when _anchor is { } ha:
                return RelativeHoliday(k, direction, ha);
            case WordClass.PartOfDay when !Plural(k):
                return RelativePartOfDay(k, direction, isThis);
            default:
                break;
        }

        if (isPast && first < r)
        {
            // "the past" as a noun
            return new Found(k, TimeType.Date, TimeValues.PastRef);
        }

        return null;
    }

    private Found? PositionFirst(int i)
    {
        var isDirection = Class(i) == WordClass.Direction;
        if (isDirection && _t[i].Value == 1)
        {
            return null;
        }

        if (!isDirection && (IsWord(i, "end") || IsWord(i, "beginning") || IsWord(i, "start") || IsWord(i, "middle")))
        {
            return null;
        }

        var k = SkipHyphen(i + 1);
        switch (Class(k))
        {
            case WordClass.Relative:
                {
                    var inner = Relative(k, k + 1, _t[k].Value, k);
                    return inner is { Type: TimeType.Date } f && !f.Value.StartsWith('P') ? f : null;
                }

            case WordClass.Month:
                return isDirection ? null : MonthFirst(k);
            case WordClass.DecadeDigits:
                // "the late nineties" is a decade, "in his late nineties" an age
                return isDirection || (_t[k].Kind == ScanKind.Word && !IsWord(i - 1, "the"))
                    ? null
                    : new Found(k + 1, TimeType.Date, TimeValues.Decade(_t[k].Value));
            case WordClass.Digits when IsYear(k):
                return isDirection ? null : new Found(k + 1, TimeType.Date, TimeValues.Year(_t[k].Value));
            case WordClass.Deictic:
                return DeicticFirst(k);
            case WordClass.Weekday:
                return isDirection ? null : WeekdayFirst(k);
            case WordClass.Season:
                return isDirection ? null : SeasonFirst(k, requireContext: false);
            case WordClass.PartOfDay when !isDirection && _t[k].Value <= 4 && !Plural(k):
                return PositionPartOfDay(i, k);
            case WordClass.Same when IsWord(k, "that") && UnitAt(k + 1) == TimeUnit.Year && !Plural(k + 1) && _story.LastYear > 0:
                return new Found(k + 2, TimeType.Date, TimeValues.Year(_story.LastYear));
            case WordClass.Same when isDirection && IsWord(k, "that") && ThatDay(k + 1) is var dayEnd and > 0:
                // earlier that day, later that day
                return new Found(dayEnd, TimeType.Date, _story.LastDayValue());
            default:
                return null;
        }
    }
}
