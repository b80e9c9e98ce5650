using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// Weeks, months, seasons, years, decades and centuries for <see cref="TimeParser"/>: after last/this/next ("last week",
/// "this month", "next year", "last March", "this summer", "the past decade", "last century"), a season ("summer 1998",
/// a bare season resolved by the tense; winter belongs to the year it starts in) and a bare year ("1987", "1997 third
/// quarter"). Quarters and halves are in TimeParser.Quarters.cs.
/// </summary>
internal sealed partial class TimeParser
{
    private Found? SeasonFirst(int i, bool requireContext)
    {
        var season = _t[i].Value;
        var k = Class(i + 1) == WordClass.Of ? i + 2 : i + 1;
        if (IsYear(k, strict: false))
        {
            return new Found(k + 1, TimeType.Date, TimeValues.Season(_t[k].Value, season));
        }

        if (SpelledYear(k, out var spelled, out var spelledEnd))
        {
            return new Found(spelledEnd, TimeType.Date, TimeValues.Season(spelled, season));
        }

        if (season == 3 && IsWord(i, "fall"))
        {
            return null;
        }

        if (requireContext && !((_t[i].Flags & ScanFlags.Capitalized) == 0 && i > 0 && (_t[i - 1].Lexicon & LexemeFlags.YearPreposition) != 0))
        {
            return null;
        }

        if (Class(i + 1) is WordClass.Unit or WordClass.Digits or WordClass.Number)
        {
            return null;
        }

        if (_anchor is not { } a)
        {
            return new Found(i + 1, TimeType.Date, "XXXX-" + TimeValues.Season(1, season)[5..]);
        }

        var current = TimeValues.SeasonOf(a.Month);
        var seasonYear = a.Month <= 2 ? a.Year - 1 : a.Year;
        var year = Tense(i) switch
        {
            Times.Tense.Past => season <= current ? seasonYear : seasonYear - 1,
            Times.Tense.Future => season >= current ? seasonYear : seasonYear + 1,
            _ => seasonYear,
        };
        return new Found(i + 1, TimeType.Date, TimeValues.Season(year, season));
    }

    /// <summary>
    /// A unit after last/this/next/past (at <paramref name="r"/>): "last week", "this month", "next year", "this quarter",
    /// "the past decade" (ten years), "last century"; "the following year" and the like from the story; "the past years",
    /// "coming months" (an unknown length).
    /// </summary>
    private Found? RelativeUnit(int r, int k, int direction, int first, bool isPast, bool isThis)
    {
        var unit = UnitAt(k);
        if (Plural(k))
        {
            // the past years, coming years: an unknown amount
            return isThis ? null : new Found(k + 1, TimeType.Duration, TimeValues.Duration(-1, unit));
        }

        if (unit is TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour)
        {
            return new Found(k + 1, TimeType.Duration, TimeValues.Duration(1, unit));
        }

        if (unit == TimeUnit.Century)
        {
            // "the past century" is the last hundred years, as "the past decade" is ten; "last century" the one before
            return isPast && first < r
                ? new Found(k + 1, TimeType.Duration, "P100Y")
                : new Found(k + 1, TimeType.Date, Shifted(TimeUnit.Century, direction));
        }

        if (unit == TimeUnit.Decade)
        {
            return isThis || !isPast ? new Found(k + 1, TimeType.Date, Shifted(TimeUnit.Decade, direction)) : new Found(k + 1, TimeType.Duration, "P10Y");
        }

        if (unit == TimeUnit.Quarter)
        {
            var value = SetQuarter(direction);
            return new Found(k + 1, TimeType.Date, value);
        }

        var end = k + 1;
        var result = Shifted(unit, direction);

        // the following year, the previous month, the next day: from the last year, month or day the story named
        if (NarrativeUnit(r, first, unit, direction, end) is { } narrative)
        {
            return narrative;
        }

        // last year's quarter, last year's period: the quarter the story is about, a year before
        if (unit == TimeUnit.Year && (_t[k].Flags & ScanFlags.Possessive) != 0 && (IsWord(end, "quarter") || IsWord(end, "period"))
            && _story.Quarter > 0 && direction != 0)
        {
            return new Found(end + 1, TimeType.Date, TimeValues.Quarter(_story.QuarterYear + direction, _story.Quarter));
        }

        // this year's third quarter, last year's first half
        if (unit == TimeUnit.Year && (_t[k].Flags & ScanFlags.Possessive) != 0 && Class(end) == WordClass.Ordinal
            && UnitAt(SkipHyphen(end + 1)) is TimeUnit.Quarter or TimeUnit.Half && _anchor is { } a)
        {
            var q = SkipHyphen(end + 1);
            var year = a.Year + direction;
            return new Found(q + 1, TimeType.Date, PeriodOfYear(year, _t[end].Value, UnitAt(q)));
        }

        // an earnings comparison: "compared with $3 million last year", "from last year's $1.55 billion",
        // "last year's results" next to the reported quarter mean that quarter a year before
        if (unit == TimeUnit.Year && direction < 0 && IsWord(r, "last") && _story.QuarterIsTopic
            && ((_t[k].Flags & ScanFlags.Possessive) != 0 || IsWord(first - 1, "with") || IsWord(first - 1, "from") || IsAmountWord(first - 1)))
        {
            return new Found(end, TimeType.Date, TimeValues.Quarter(_story.QuarterYear - 1, _story.Quarter));
        }

        return new Found(end, TimeType.Date, result);
    }

    /// <summary>"last March", "next August", "last Nov. 15": the month (and day) before, after or in the anchor's year; a full date after the determiner stands on its own ("this Aug. 1, 2016 file photo").</summary>
    private Found? RelativeMonth(int k, int direction, bool isThis)
    {
        // "this Aug. 1, 2016 file photo": a full date after a determiner stands on its own.
        var afterDay = Class(k + 2) == WordClass.Comma ? k + 3 : k + 2;
        if ((IsDayNumber(k + 1) && (isThis || IsYear(afterDay))) || IsYear(k + 1) || (Class(k + 1) == WordClass.Of && IsYear(k + 2)))
        {
            return null;
        }

        var month = _t[k].Value;
        if (_anchor is not { } a)
        {
            return new Found(k + 1, TimeType.Date, "XXXX-" + TimeValues.Month(1, month)[5..]);
        }

        if (IsDayNumber(k + 1))
        {
            var day = _t[k + 1].Value;
            var dayYear = direction switch
            {
                < 0 => TimeValues.IsValidDate(a.Year, month, day) && new DateOnly(a.Year, month, day) < a ? a.Year : a.Year - 1,
                > 0 => TimeValues.IsValidDate(a.Year, month, day) && new DateOnly(a.Year, month, day) > a ? a.Year : a.Year + 1,
                _ => a.Year,
            };
            return TimeValues.IsValidDate(dayYear, month, day) ? new Found(k + 2, TimeType.Date, TimeValues.Date(dayYear, month, day)) : null;
        }

        var year = direction switch
        {
            < 0 => month < a.Month ? a.Year : a.Year - 1,
            > 0 => month > a.Month ? a.Year : a.Year + 1,
            _ => a.Year,
        };
        return new Found(k + 1, TimeType.Date, TimeValues.Month(year, month));
    }

    /// <summary>"last fall", "this summer", "next winter": winter belongs to the year it starts in.</summary>
    private Found? RelativeSeason(int k, int direction)
    {
        var season = _t[k].Value;
        if (_anchor is not { } a)
        {
            return new Found(k + 1, TimeType.Date, "XXXX-" + TimeValues.Season(1, season)[5..]);
        }

        // Winter belongs to the year it starts in: January 1998 is in 1997-WI.
        var current = TimeValues.SeasonOf(a.Month);
        var seasonYear = a.Month <= 2 ? a.Year - 1 : a.Year;
        var year = direction switch
        {
            < 0 => season < current ? seasonYear : seasonYear - 1,
            > 0 => season > current ? seasonYear : seasonYear + 1,
            _ => seasonYear,
        };
        return new Found(k + 1, TimeType.Date, TimeValues.Season(year, season));
    }

    /// <summary>A bare year number (at <paramref name="i"/>, a strict <see cref="IsYear"/>): "1987", "in 2016"; "1997 third quarter", "1998's first half".</summary>
    private Found YearFirst(int i)
    {
        var year = _t[i].Value;

        // 1997 third quarter, 1998's first half
        var q = i + 1;
        if (Class(q) == WordClass.Ordinal && UnitAt(SkipHyphen(q + 1)) is TimeUnit.Quarter or TimeUnit.Half)
        {
            var unitAt = SkipHyphen(q + 1);
            return new Found(unitAt + 1, TimeType.Date, PeriodOfYear(year, _t[q].Value, UnitAt(unitAt)));
        }

        _story.LastYear = year;
        return new Found(i + 1, TimeType.Date, TimeValues.Year(year));
    }
}
