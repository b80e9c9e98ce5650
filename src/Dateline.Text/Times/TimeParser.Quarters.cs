using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// Quarters, halves and fiscal years for <see cref="TimeParser"/>: "the first quarter", "1997 third quarter", "the
/// second half", "fiscal 1990", "the first nine months", and the earnings comparison with the reported quarter ("a year
/// ago", "the year-ago quarter", "year-earlier").
/// </summary>
internal sealed partial class TimeParser
{
    private Found? FiscalFirst(int i)
    {
        var k = i + 1;
        if (UnitAt(k) == TimeUnit.Year && !Plural(k))
        {
            k++;
        }

        if (IsYear(k, strict: false))
        {
            return new Found(k + 1, TimeType.Date, TimeValues.Year(_t[k].Value));
        }

        if (Class(k) == WordClass.Ordinal)
        {
            return OrdinalFirst(k, i);
        }

        return null;
    }

    private Found? OrdinalFirst(int i, int first)
    {
        var ordinal = _t[i].Value;
        var k = SkipHyphen(i + 1);
        if (Class(k) == WordClass.Fiscal)
        {
            k++;
        }

        // the first nine months
        if (Class(k) is WordClass.Number or WordClass.Digits && Amount(k, out var amount, out var next) && UnitAt(next) is var durationUnit and not TimeUnit.None && Plural(next))
        {
            // the first two quarters of 1990: the first half
            if (durationUnit == TimeUnit.Quarter && amount == 2 && ordinal is 1 or -1 && Class(next + 1) == WordClass.Of && IsYear(next + 2))
            {
                return new Found(next + 3, TimeType.Date, TimeValues.Half(_t[next + 2].Value, ordinal == 1 ? 1 : 2));
            }

            return new Found(next + 1, TimeType.Duration, TimeValues.Duration(amount, durationUnit));
        }

        var unit = UnitAt(k);

        // "today is the eighth day of the operation", "it's the second day of the offensive": the present day
        if (unit == TimeUnit.Day && !Plural(k) && ordinal >= 1 && IsWord(i - 1, "the") && (IsWord(i - 2, "is") || (i >= 2 && IsWord(i - 2, "it") && (_t[i - 2].Flags & ScanFlags.Possessive) != 0)))
        {
            return new Found(k + 1, TimeType.Date, DayValue(0));
        }

        if (unit is TimeUnit.Quarter or TimeUnit.Half && ordinal is >= 1 and <= 4 && (unit == TimeUnit.Quarter || ordinal <= 2) && !Plural(k))
        {
            var end = k + 1;
            int year;
            var y = Class(end) is WordClass.Of or WordClass.Comma ? end + 1 : end;
            if (IsYear(y, strict: false))
            {
                year = _t[y].Value;
                end = y + 1;
            }
            else if (IsWord(end, "of") && Class(end + 1) == WordClass.Relative && UnitAt(end + 2) == TimeUnit.Year && _anchor is { } a1)
            {
                year = a1.Year + _t[end + 1].Value;
                end += 3;
            }
            else if (Class(end) == WordClass.Relative && UnitAt(end + 1) == TimeUnit.Year && _anchor is { } a2)
            {
                year = a2.Year + _t[end].Value;
                end += 2;
            }
            else if (_anchor is { } a)
            {
                var current = unit == TimeUnit.Quarter ? TimeValues.QuarterOf(a.Month) : (a.Month <= 6 ? 1 : 2);
                year = a.Year;
                if (ordinal > current && Tense(i) != Times.Tense.Future)
                {
                    year--;
                }
            }
            else
            {
                return new Found(end, TimeType.Date, unit == TimeUnit.Quarter ? "XXXX-Q" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture) : "XXXX-H" + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return new Found(end, TimeType.Date, PeriodOfYear(year, ordinal, unit, reported: IsWord(end, "ended") || IsWord(end, "ending") || Tense(i) == Times.Tense.Past));
        }

        if (unit == TimeUnit.Century && !Plural(k) && (first < i || (_t[i].Flags & ScanFlags.DigitOrdinal) != 0))
        {
            return new Found(k + 1, TimeType.Date, TimeValues.Century(ordinal));
        }

        return null;
    }

    private string PeriodOfYear(int year, int ordinal, TimeUnit unit, bool reported = false)
    {
        if (unit == TimeUnit.Quarter)
        {
            // The quarter a report is about has ended by the article's date (or is named with "ended Sept. 30", or in a past-tense sentence); one that
            // has not is a forecast ("into the fourth quarter") and is not what "a year ago" compares with.
            var ended = reported || _anchor is not { } qa || new DateOnly(year, ordinal * 3, 1).AddMonths(1) <= qa;
            if (ended)
            {
                _story.ReportQuarter(year, ordinal);
            }

            return TimeValues.Quarter(year, ordinal);
        }

        return TimeValues.Half(year, ordinal);
    }

    /// <summary>The quarter <paramref name="direction"/> steps from the anchor's (-1 = the last completed quarter).</summary>
    private string SetQuarter(int direction)
    {
        if (_anchor is not { } a)
        {
            return "XXXX-QX";
        }

        var shifted = a.AddMonths(3 * direction);
        return PeriodOfYear(shifted.Year, TimeValues.QuarterOf(shifted.Month), TimeUnit.Quarter);
    }

    /// <summary>"year-earlier", "year-ago" (+ "quarter", "period"): the last quarter mentioned, a year before; else last year.</summary>
    private Found? YearAgo(int i)
    {
        var k = i + 1;
        if (Class(k) != WordClass.Hyphen || Class(k + 1) != WordClass.Direction || _t[k + 1].Value is not (1 or 2))
        {
            return null;
        }

        var end = k + 2;

        // the year-earlier nine months: a span of that length, a year before
        if (Class(end) is WordClass.Number or WordClass.Digits && Amount(end, out var amount, out var next) && UnitAt(next) is var spanUnit and not TimeUnit.None
            && spanUnit != TimeUnit.Half && Plural(next))
        {
            return new Found(next + 1, TimeType.Duration, TimeValues.Duration(amount, spanUnit));
        }

        // the year-ago third quarter
        if (Class(end) == WordClass.Ordinal && _t[end].Value is >= 1 and <= 4 && UnitAt(SkipHyphen(end + 1)) == TimeUnit.Quarter && !Plural(SkipHyphen(end + 1)))
        {
            var baseYear = _story.Quarter > 0 ? _story.QuarterYear : _anchor is { } qa ? qa.AddMonths(-3).Year : 0;
            var quarterEnd = SkipHyphen(end + 1) + 1;
            return baseYear > 0
                ? new Found(quarterEnd, TimeType.Date, TimeValues.Quarter(baseYear - 1, _t[end].Value))
                : new Found(quarterEnd, TimeType.Date, "XXXX-Q" + _t[end].Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var withPeriod = IsWord(end, "quarter") || IsWord(end, "period");
        if (withPeriod)
        {
            end++;
        }

        if (_story.Quarter > 0)
        {
            return new Found(end, TimeType.Date, TimeValues.Quarter(_story.QuarterYear - 1, _story.Quarter));
        }

        if (withPeriod && _anchor is { } a)
        {
            var last = a.AddMonths(-3);
            return new Found(end, TimeType.Date, TimeValues.Quarter(last.Year - 1, TimeValues.QuarterOf(last.Month)));
        }

        return new Found(end, TimeType.Date, Shifted(TimeUnit.Year, -1));
    }

    /// <summary>"a year ago", "a year earlier", "last year" right after a period: the index after it, else 0.</summary>
    private int YearBack(int i)
    {
        if (Class(i) == WordClass.Article && UnitAt(i + 1) == TimeUnit.Year && !Plural(i + 1) && Class(i + 2) == WordClass.Direction && _t[i + 2].Value is 1 or 2)
        {
            return i + 3;
        }

        return IsWord(i, "last") && UnitAt(i + 1) == TimeUnit.Year && !Plural(i + 1) ? i + 2 : 0;
    }
}
