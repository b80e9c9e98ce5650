using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// Absolute dates for <see cref="TimeParser"/>: a month first ("Aug. 1, 2016", "March 1987", "January this year", a
/// bare "January"), a day first ("3 August 2017"), numeric dates ("2017-08-03", "3/4/17"), spelled years ("nineteen
/// ninety-six"), a second day joined to a date ("April 24 and 25"), and the clock time or part of day that may follow.
/// </summary>
internal sealed partial class TimeParser
{
    private Found? MonthFirst(int i)
    {
        var month = _t[i].Value;
        var k = i + 1;
        var abbreviation = (_t[i].Lexicon & LexemeFlags.Abbreviation) != 0;

        // Month Day[,] [Year] [time]
        if (IsDayNumber(k))
        {
            var day = _t[k].Value;
            var end = k + 1;
            int year;
            var y = Class(end) == WordClass.Comma ? end + 1 : end;
            if (IsYear(y, strict: false))
            {
                year = _t[y].Value;
                end = y + 1;
                _story.LastYear = year;
            }
            else
            {
                year = YearOfDay(month, day, i);
            }

            if (!TimeValues.IsValidDate(year <= 0 ? 2000 : year, month, day))
            {
                return null;
            }

            var date = year <= 0 ? "XXXX-" + TimeValues.Date(2000, month, day)[5..] : TimeValues.Date(year, month, day);
            return WithClock(end, date);
        }

        // Month [of|,] Year
        var afterOf = Class(k) is WordClass.Of or WordClass.Comma ? k + 1 : k;
        if (IsYear(afterOf, strict: false))
        {
            _story.LastYear = _t[afterOf].Value;
            return new Found(afterOf + 1, TimeType.Date, TimeValues.Month(_t[afterOf].Value, month));
        }

        if (SpelledYear(k, out var spelledYear, out var spelledEnd))
        {
            _story.LastYear = spelledYear;
            return new Found(spelledEnd, TimeType.Date, TimeValues.Month(spelledYear, month));
        }

        // January this year, June last year
        if (Class(k) == WordClass.Relative && UnitAt(k + 1) == TimeUnit.Year && !Plural(k + 1) && _anchor is { } anchor)
        {
            return new Found(k + 2, TimeType.Date, TimeValues.Month(anchor.Year + _t[k].Value, month));
        }

        // Bare month: needs a period after an abbreviation, and context for March and May.
        if (abbreviation && (_t[i].Flags & ScanFlags.Dot) == 0)
        {
            return null;
        }

        if (month is 3 or 5)
        {
            var before = i - 1;
            var ok = before >= 0 && (Class(before) is WordClass.Relative or WordClass.Position or WordClass.Hyphen
                || (_t[before].Lexicon & LexemeFlags.YearPreposition) != 0);
            if (!ok)
            {
                return null;
            }
        }

        if (_anchor is not { } a)
        {
            return new Found(k, TimeType.Date, "XXXX-" + TimeValues.Month(1, month)[5..]);
        }

        return new Found(k, TimeType.Date, TimeValues.Month(YearOfMonth(month, i), month));
    }

    private Found? NumericDate(int i)
    {
        var v = _t[i].Value;
        var date = TimeValues.Date(v / 10000, v / 100 % 100, v % 100);
        return WithClock(i + 1, date);
    }

    /// <summary>
    /// The value of a day number joined by "and" or "or" to a month-and-day date that ends at f ("on April 24 and 25"), or
    /// null. Not when a measure or a month follows it ("April 24 and 25 percent", "April 24 and 25 May").
    /// </summary>
    private string? CoordinatedDay(Found f)
    {
        var e = f.End;
        if (f.Type != TimeType.Date || f.Value.Length != 10 || !IsDayNumber(e - 1) || Class(e - 2) != WordClass.Month
            || !(IsWord(e, "and") || IsWord(e, "or")) || !IsDayNumber(e + 1) || _t[e + 1].Class != WordClass.Digits)
        {
            return null;
        }

        var next = e + 2;
        if (next < _n && (Class(next) is WordClass.Month or WordClass.Unit or WordClass.Digits or WordClass.Number or WordClass.Hyphen
            || (_t[next].Kind == ScanKind.Word && (_t[next].Flags & ScanFlags.Lower) != 0 && !IsPreposition(next))))
        {
            return null;
        }

        var day = _t[e + 1].Value;
        if (!int.TryParse(f.Value.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month))
        {
            return null;
        }

        if (!int.TryParse(f.Value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            // no anchor: "XXXX-04-25"
            return TimeValues.IsValidDate(2000, month, day) ? "XXXX-" + TimeValues.Date(2000, month, day)[5..] : null;
        }

        return TimeValues.IsValidDate(year, month, day) ? TimeValues.Date(year, month, day) : null;
    }

    /// <summary>"nineteen ninety-six", "nineteen eighty".</summary>
    private bool SpelledYear(int i, out int year, out int end)
    {
        year = 0;
        end = i;
        if (Class(i) != WordClass.Number || _t[i].Value is not (18 or 19 or 20) || Class(i + 1) != WordClass.Number)
        {
            return false;
        }

        var tens = _t[i + 1].Value;
        if (tens is < 20 or > 90 || tens % 10 != 0)
        {
            return false;
        }

        end = i + 2;
        var k = SkipHyphen(end);
        if (Class(k) == WordClass.Number && _t[k].Value is > 0 and < 10)
        {
            tens += _t[k].Value;
            end = k + 1;
        }

        year = (_t[i].Value * 100) + tens;
        return true;
    }

    /// <summary>Extends a date with a following clock time ("August 03, 2017 1:33 PM", "Aug. 1 at 10 a.m.").</summary>
    private Found WithClock(int end, string date)
    {
        var k = Class(end) == WordClass.Comma ? end + 1 : end;
        if (IsWord(k, "at"))
        {
            k++;
        }

        if (ClockAt(k, out var minutes, out var clockEnd))
        {
            return new Found(clockEnd, TimeType.Time, TimeValues.Clock(date, minutes));
        }

        return WithPartOfDay(end, date);
    }

    private Found WithPartOfDay(int end, string date)
    {
        if (Class(end) == WordClass.PartOfDay && _t[end].Value <= 4 && !Plural(end))
        {
            return new Found(end + 1, TimeType.Time, TimeValues.PartOfDay(date, _t[end].Value));
        }

        return new Found(end, TimeType.Date, date);
    }

    /// <summary>A day first: "3 August 2017", "3 August" (in the year nearest the anchor).</summary>
    private Found? DayFirst(int i)
    {
        if (IsDayNumber(i) && Class(i + 1) == WordClass.Month)
        {
            var month = _t[i + 1].Value;
            var day = _t[i].Value;
            if (IsYear(i + 2, strict: false) && TimeValues.IsValidDate(_t[i + 2].Value, month, day))
            {
                return new Found(i + 3, TimeType.Date, TimeValues.Date(_t[i + 2].Value, month, day));
            }

            var year = NearestYear(month, day);
            if (year > 0 && TimeValues.IsValidDate(year, month, day))
            {
                return new Found(i + 2, TimeType.Date, TimeValues.Date(year, month, day));
            }
        }

        return null;
    }
}
