using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// The time grammar over the scanned tokens of one document: finds each expression (longest match from its first
/// token), gives it a TIMEX3 type and resolves its value against the anchor (the document date). Rules are in
/// docs/time.md. One instance per document; not shared between threads.
/// </summary>
internal sealed class TimeParser
{
    private const int DaySlack = 120;
    private const int MonthSlack = 120;

    // A past verb governing a date without a year moves it back once it lies this far after the anchor.
    private const int GovernedSlack = 30;

    private readonly string _text;
    private readonly ScanToken[] _t;
    private readonly int _n;
    private readonly DateOnly? _anchor;
    private readonly TextSpan? _skip;

    // The last quarter mentioned (for "a year earlier", "the year-ago quarter"), and the sentence it was in.
    private int _quarterYear;
    private int _quarter;
    private int _quarterSentence = -10;
    private int _sentence;

    // The last explicit year mentioned (for "the following year", "that year").
    private int _lastYear;

    // The last day and the last month any expression of the story named (the reference time of narrative: "the
    // previous Friday", "the next day", "that day", "the following month"); 0 when none yet.
    private int _lastDayNumber;
    private int _lastMonthYear;
    private int _lastMonth;

    public TimeParser(string text, ScanToken[] tokens, int count, DateOnly? anchor, TextSpan? skip)
    {
        _text = text;
        _t = tokens;
        _n = count;
        _anchor = anchor;
        _skip = skip;
    }

    public ImmutableArray<TimeExpression> Parse(CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<TimeExpression>();
        var i = 0;
        while (i < _n)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ref var token = ref _t[i];
            if (token.Class == WordClass.SentenceEnd)
            {
                _sentence++;
                i++;
                continue;
            }

            if ((token.Class == WordClass.None && token.Kind == ScanKind.Word) || (_skip is { } skip && token.Start < skip.End && token.End > skip.Start))
            {
                i++;
                continue;
            }

            var found = Match(i, out var first);
            if (found is { } compound && IsUnitPairCompound(compound.End))
            {
                // "quarter-to-quarter", "year-over-year", "day-to-day": a comparison or a manner, not a time
                i = compound.End + 4;
                continue;
            }

            if (found is { } f)
            {
                var start = _t[first].Start;
                var end = SpanEnd(f.End - 1);
                builder.Add(new TimeExpression(new TextSpan(start, end), f.Type, f.Value));
                Remember(f.Value);
                i = f.End;
                if (CoordinatedDay(f) is { } second)
                {
                    // "April 24 and 25": the second day number is a date of its own, in the same month
                    builder.Add(new TimeExpression(new TextSpan(_t[i + 1].Start, _t[i + 1].End), TimeType.Date, second));
                    Remember(second);
                    i += 2;
                }

                continue;
            }

            i++;
        }

        return builder.ToImmutable();
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

    private bool IsModal(int i) =>
        IsWord(i, "will") || IsWord(i, "would") || IsWord(i, "could") || IsWord(i, "might") || IsWord(i, "may") || IsWord(i, "can")
        || IsWord(i, "shall") || IsWord(i, "should");

    private bool IsPreposition(int i) =>
        IsWord(i, "in") || IsWord(i, "at") || IsWord(i, "on") || IsWord(i, "to") || IsWord(i, "for") || IsWord(i, "and") || IsWord(i, "when");

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

    private bool IsUnitPairCompound(int end) =>
        Class(end - 1) == WordClass.Unit && Class(end) == WordClass.Hyphen && (IsWord(end + 1, "to") || IsWord(end + 1, "over"))
        && Class(end + 2) == WordClass.Hyphen && Class(end + 3) == WordClass.Unit;

    private int SpanEnd(int last)
    {
        ref var token = ref _t[last];
        var end = token.End;
        if ((token.Flags & ScanFlags.Dot) != 0 && token.Kind == ScanKind.Word
            && ((token.Lexicon & LexemeFlags.Abbreviation) != 0 || (token.Class == WordClass.Meridiem && token.Length > 2)))
        {
            end++;
        }

        return end;
    }

    private Found? Match(int i, out int first)
    {
        first = i;
        var afterPrefix = Approximator(i);
        if (afterPrefix > i)
        {
            var inner = Core(afterPrefix);
            if (inner is { } f && (f.Type == TimeType.Duration || AgoPhrase(f.End)))
            {
                return f;
            }

            return null;
        }

        return Core(i);
    }

    private bool AgoPhrase(int end) => end > 0 && _t[end - 1].Class == WordClass.Direction;

    /// <summary>"nearly", "about", "more than", "less than", "at least", "no more than", "up to", "some" before a number.</summary>
    private int Approximator(int i)
    {
        if (Class(i) == WordClass.Approximate && _t[i].Value == 0)
        {
            if (IsWord(i, "over") && !IsAmount(i + 1))
            {
                return i;
            }

            return i + 1;
        }

        if ((IsWord(i, "more") || IsWord(i, "less") || IsWord(i, "fewer")) && IsWord(i + 1, "than"))
        {
            return i + 2;
        }

        if (IsWord(i, "no") && (IsWord(i + 1, "more") || IsWord(i + 1, "less")) && IsWord(i + 2, "than"))
        {
            return i + 3;
        }

        if ((IsWord(i, "at") && (IsWord(i + 1, "least") || IsWord(i + 1, "most"))) || (IsWord(i, "up") && IsWord(i + 1, "to")))
        {
            return i + 2;
        }

        if (IsWord(i, "some") && Class(i + 1) is WordClass.Digits or WordClass.Number)
        {
            return i + 1;
        }

        return i;
    }

    private Found? Core(int i)
    {
        return Class(i) switch
        {
            WordClass.The => The(i),
            WordClass.Relative => Relative(i, i + 1, _t[i].Value, i),
            WordClass.Position => PositionFirst(i),
            WordClass.Direction => PositionFirst(i),
            WordClass.Month => MonthFirst(i),
            WordClass.Weekday => WeekdayFirst(i),
            WordClass.Digits or WordClass.Number or WordClass.Article or WordClass.Quantity => NumberFirst(i),
            WordClass.Clock => ClockFirst(i),
            WordClass.NumericDate => NumericDate(i),
            WordClass.DecadeDigits when _t[i].Kind != ScanKind.Word => new Found(i + 1, TimeType.Date, TimeValues.Decade(_t[i].Value)),
            WordClass.Deictic => DeicticFirst(i),
            WordClass.Reference => ReferenceFirst(i),
            WordClass.Current => CurrentFirst(i, i),
            WordClass.Every => EveryFirst(i),
            WordClass.Frequency => new Found(i + 1, TimeType.Set, TimeValues.Duration(1, (TimeUnit)_t[i].Value)),
            WordClass.PartOfDay => PartOfDayFirst(i),
            WordClass.Season => SeasonFirst(i, requireContext: true),
            WordClass.Fiscal => FiscalFirst(i),
            WordClass.Ordinal => OrdinalFirst(i, i),
            WordClass.Same when IsWord(i, "these") && IsWord(i + 1, "days") => new Found(i + 2, TimeType.Date, TimeValues.PresentRef),
            WordClass.Same when IsWord(i, "that") && UnitAt(i + 1) == TimeUnit.Year && !Plural(i + 1) && _lastYear > 0
                => new Found(i + 2, TimeType.Date, TimeValues.Year(_lastYear)),
            WordClass.Same when IsWord(i, "that") && ThatDay(i + 1) is var dayEnd and > 0 => new Found(dayEnd, TimeType.Date, LastDayValue()),
            WordClass.Same when IsWord(i, "that") && UnitAt(i + 1) == TimeUnit.Quarter && !Plural(i + 1) && _quarter > 0
                => new Found(i + 2, TimeType.Date, TimeValues.Quarter(_quarterYear, _quarter)),
            WordClass.Unit => UnitFirst(i),
            WordClass.Holiday => HolidayFirst(i),
            _ => null,
        };
    }

    // ---------------------------------------------------------------- "the ..."
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
                return new Found(sameDayEnd, TimeType.Date, LastDayValue());
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
        if (_quarter > 0 && (IsWord(k + 1, "period") || IsWord(k + 1, "quarter"))
            && (IsWord(k, "latest") || IsWord(k, "same") || IsWord(k, "corresponding") || IsWord(k, "comparable") || IsYear(k)))
        {
            // the same period last year, the corresponding quarter a year earlier
            var year = IsYear(k) ? _t[k].Value : _quarterYear;
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

            return new Found(end, TimeType.Date, TimeValues.Quarter(year, _quarter));
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
            _lastYear = spelled;
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
                    if (_quarter > 0 && _sentence - _quarterSentence <= 3)
                    {
                        // "the quarter" keeps the reported quarter the topic; the quarter a year ago
                        _quarterSentence = _sentence;
                        return YearBack(k + 1) is var back and > 0
                            ? new Found(back, TimeType.Date, TimeValues.Quarter(_quarterYear - 1, _quarter))
                            : new Found(k + 1, TimeType.Date, TimeValues.Quarter(_quarterYear, _quarter));
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
                return new Found(k + 1, TimeType.Date, _lastDayNumber > 0 ? LastDayValue() : DayValue(0));
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- last / this / next
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

                    // the following year, the previous year: from the last year the story named
                    if (unit == TimeUnit.Year && first < r && _lastYear > 0
                        && (IsWord(r, "following") || IsWord(r, "previous") || IsWord(r, "preceding") || IsWord(r, "prior")))
                    {
                        return new Found(end, TimeType.Date, TimeValues.Year(_lastYear + direction));
                    }

                    // the following month, the previous month: from the last month the story named
                    if (unit == TimeUnit.Month && _lastMonth > 0 && IsNarrativeRelative(r, first) && !IsWord(r, "next"))
                    {
                        var m = new DateOnly(_lastMonthYear, _lastMonth, 1).AddMonths(direction);
                        return new Found(end, TimeType.Date, TimeValues.Month(m.Year, m.Month));
                    }

                    // the next day, the following day, the previous day: from the last day the story named
                    if (unit == TimeUnit.Day && _lastDayNumber > 0 && IsNarrativeRelative(r, first))
                    {
                        return new Found(end, TimeType.Date, TimeValues.Date(DateOnly.FromDayNumber(_lastDayNumber + direction)));
                    }

                    // last year's quarter, last year's period: the quarter the story is about, a year before
                    if (unit == TimeUnit.Year && (_t[k].Flags & ScanFlags.Possessive) != 0 && (IsWord(end, "quarter") || IsWord(end, "period"))
                        && _quarter > 0 && direction != 0)
                    {
                        return new Found(end + 1, TimeType.Date, TimeValues.Quarter(_quarterYear + direction, _quarter));
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
                    if (unit == TimeUnit.Year && direction < 0 && IsWord(r, "last") && _quarter > 0 && _sentence - _quarterSentence <= 3
                        && ((_t[k].Flags & ScanFlags.Possessive) != 0 || IsWord(first - 1, "with") || IsWord(first - 1, "from") || IsAmountWord(first - 1)))
                    {
                        return new Found(end, TimeType.Date, TimeValues.Quarter(_quarterYear - 1, _quarter));
                    }

                    return new Found(end, TimeType.Date, result);
                }

            case WordClass.Weekday:
                {
                    var day = _t[k].Value;
                    string value;
                    if (_anchor is not { } a)
                    {
                        value = "XXXX-XX-XX";
                    }
                    else if (_lastDayNumber > 0 && IsNarrativeRelative(r, first) && !IsWord(r, "next"))
                    {
                        // the previous Friday, the following Monday: from the last day the story named
                        var reference = DateOnly.FromDayNumber(_lastDayNumber);
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

            case WordClass.Month:
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

            case WordClass.Season:
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

            case WordClass.Half when IsWord(r, "last") && Class(k + 1) == WordClass.Of && IsYear(k + 2):
                {
                    // the last half of 1989: the second half
                    _lastYear = _t[k + 2].Value;
                    return new Found(k + 3, TimeType.Date, TimeValues.Half(_t[k + 2].Value, 2));
                }

            case WordClass.Holiday when _anchor is { } ha:
                {
                    var holiday = _t[k].Value;
                    var month = holiday == 1 ? 12 : 11;
                    var end = IsWord(k + 1, "day") ? k + 2 : k + 1;
                    var year = ha.Year;
                    if (direction < 0 && new DateOnly(year, month, HolidayDay(year, holiday, false)) >= ha)
                    {
                        year--;
                    }
                    else if (direction > 0 && new DateOnly(year, month, HolidayDay(year, holiday, false)) <= ha)
                    {
                        year++;
                    }

                    return new Found(end, TimeType.Date, TimeValues.Date(year, month, HolidayDay(year, holiday, false)));
                }

            case WordClass.PartOfDay when !Plural(k):
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

    // ---------------------------------------------------------------- early / mid / late / earlier / later
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
            case WordClass.Same when IsWord(k, "that") && UnitAt(k + 1) == TimeUnit.Year && !Plural(k + 1) && _lastYear > 0:
                return new Found(k + 2, TimeType.Date, TimeValues.Year(_lastYear));
            case WordClass.Same when isDirection && IsWord(k, "that") && ThatDay(k + 1) is var dayEnd and > 0:
                // earlier that day, later that day
                return new Found(dayEnd, TimeType.Date, LastDayValue());
            default:
                return null;
        }
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

    // ---------------------------------------------------------------- months
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
                _lastYear = year;
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
            _lastYear = _t[afterOf].Value;
            return new Found(afterOf + 1, TimeType.Date, TimeValues.Month(_t[afterOf].Value, month));
        }

        if (SpelledYear(k, out var spelledYear, out var spelledEnd))
        {
            _lastYear = spelledYear;
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

    /// <summary>The year of a bare month name: the nearest to the anchor month, as for a day in the middle of the month.</summary>
    private int YearOfMonth(int month, int at) => YearOfDay(month, 15, at, MonthSlack);

    /// <summary>The year of a month and day without one: the nearest to the anchor, moved back for past tense when that lands after it, forward for future tense.</summary>
    private int YearOfDay(int month, int day, int at, int slack = DaySlack)
    {
        var year = NearestYear(month, day);
        if (year <= 0 || _anchor is not { } a || !TimeValues.IsValidDate(year, month, day))
        {
            return year;
        }

        // Tense only overrides the nearest year when the nearest date lies well on the other side of the anchor;
        // "since" and "by"/"until" always do.
        var date = new DateOnly(year, month, day);
        var tense = DateTense(at, out var preposition);
        if (preposition)
        {
            slack = slack == MonthSlack ? 15 : 0;
        }
        else if (tense != Times.Tense.Future && date.DayNumber - a.DayNumber > GovernedSlack && GovernedByPast(at))
        {
            // a past verb right by the date: "bought RJR in February", "In January, the company hired"
            tense = Times.Tense.Past;
            slack = GovernedSlack;
        }

        if (tense == Times.Tense.Past && date.DayNumber - a.DayNumber > slack && TimeValues.IsValidDate(year - 1, month, day))
        {
            return year - 1;
        }

        if (tense == Times.Tense.Future && a.DayNumber - date.DayNumber > slack && TimeValues.IsValidDate(year + 1, month, day))
        {
            return year + 1;
        }

        return year;
    }

    /// <summary>
    /// The tense for a date without a year: "by August", "until June 1" name a deadline ahead, "since March" a time
    /// behind; otherwise the tense of the clause. ("through August" is left to the clause: "this year through August".)
    /// </summary>
    private Tense DateTense(int at, out bool preposition)
    {
        preposition = true;
        var k = at - 1;
        if (IsWord(k, "early") || IsWord(k, "late") || IsWord(k, "mid") || IsWord(k, "the"))
        {
            k--;
        }

        if (IsWord(k, "by") || IsWord(k, "until") || IsWord(k, "till"))
        {
            return Times.Tense.Future;
        }

        if (IsWord(k, "since"))
        {
            return Times.Tense.Past;
        }

        // "since shortly after the Oct. 23 slaying", "since just before the March vote"
        for (var j = k; j >= 0 && j >= at - 5; j--)
        {
            if (IsWord(j, "since"))
            {
                return Times.Tense.Past;
            }

            if (!(IsWord(j, "shortly") || IsWord(j, "just") || IsWord(j, "soon") || IsWord(j, "after") || IsWord(j, "before") || IsWord(j, "the")))
            {
                break;
            }
        }

        preposition = false;
        return Tense(at);
    }

    private int NearestYear(int month, int day)
    {
        if (_anchor is not { } a)
        {
            return 0;
        }

        var best = a.Year;
        var bestDistance = int.MaxValue;
        for (var y = a.Year - 1; y <= a.Year + 1; y++)
        {
            if (!TimeValues.IsValidDate(y, month, day))
            {
                continue;
            }

            var distance = Math.Abs(new DateOnly(y, month, day).DayNumber - a.DayNumber);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = y;
            }
        }

        return best;
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

    // ---------------------------------------------------------------- weekdays
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

    // ---------------------------------------------------------------- numbers: durations, ago, years, day-month, clock
    private Found? NumberFirst(int i)
    {
        // "Islam will one day be ...", "he hopes he may one day fly": some day ahead, not a length of a day
        if (IsWord(i, "one") && UnitAt(i + 1) == TimeUnit.Day && !Plural(i + 1) && IsModal(i - 1))
        {
            return new Found(i + 2, TimeType.Date, TimeValues.FutureRef);
        }

        if (Class(i) == WordClass.Digits && (_t[i].Flags & ScanFlags.Grouped) == 0)
        {
            // 3 August 2017
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

            if (ClockAt(i, out var minutes, out var clockEnd))
            {
                return ClockWithDay(clockEnd, minutes);
            }
        }

        if (SpelledYear(i, out var spelled, out var spelledEnd))
        {
            _lastYear = spelled;
            return new Found(spelledEnd, TimeType.Date, TimeValues.Year(spelled));
        }

        if (Amount(i, out var amount, out var next))
        {
            // 5 1/2 hours, 2 1/2 years
            var half = false;
            if (Class(i) == WordClass.Digits && Class(next) == WordClass.Digits && _t[next].Value == 1 && Class(next + 1) == WordClass.Slash
                && Class(next + 2) == WordClass.Digits && _t[next + 2].Value == 2 && _t[next + 2].Length == 1)
            {
                half = true;
                next += 3;
            }

            var hyphenated = next > i && Class(next - 1) == WordClass.Hyphen;
            if (IsDurationAdjective(next))
            {
                next++;
            }

            var unitAt = SkipHyphen(next);
            hyphenated |= unitAt > next;
            var unit = UnitAt(unitAt);
            if (unit == TimeUnit.Half)
            {
                return null; // "one half": a fraction
            }

            if (unit != TimeUnit.None && Class(i) == WordClass.Digits && (_t[unitAt].Flags & ScanFlags.Capitalized) != 0)
            {
                return null; // "60 Minutes": a title
            }

            if (unit != TimeUnit.None && (Plural(unitAt) || amount == 1 || hyphenated || IsWord(i, "a") || IsWord(i, "an")
                || (Class(i) == WordClass.Number && IsLowerWord(unitAt + 1))))
            {
                var end = unitAt + 1;
                if (unit == TimeUnit.Second && !Plural(unitAt) && !hyphenated && amount != 1)
                {
                    return null;
                }

                // fractions: three-quarters of, a quarter of, a half
                if (unit is TimeUnit.Quarter or TimeUnit.Half && (Class(end) == WordClass.Of || hyphenated && Plural(unitAt) || Class(i) == WordClass.Article))
                {
                    return null;
                }

                // ages: a 44-year-old, six years old
                if (IsWord(SkipHyphen(end), "old"))
                {
                    return null;
                }

                // a year-earlier loss: the adjective, not "a year"
                if (Class(end) == WordClass.Hyphen && Class(end + 1) == WordClass.Direction)
                {
                    return null;
                }

                // ago / earlier / later / from now
                if (!hyphenated && Class(end) == WordClass.Direction)
                {
                    // "three days later", "a few days earlier": counted from an event, not from the article's date, so
                    // what can be said is the length (TimeML leaves "later" outside as a signal). "A year earlier" stays
                    // a date: the earnings comparison with the reported period.
                    if (_t[end].Value != 1 && unit < TimeUnit.Quarter && !half)
                    {
                        return new Found(end, TimeType.Duration, TimeValues.Duration(amount, unit));
                    }

                    var direction = _t[end].Value == 3 ? 1 : -1;
                    return new Found(end + 1, TimeType.Date, Ago(unit, amount, direction));
                }

                if (!hyphenated && IsWord(end, "from") && IsWord(end + 1, "now"))
                {
                    return new Found(end + 2, TimeType.Date, Ago(unit, amount, 1));
                }

                // $5 million a year: a rate
                if (Class(i) == WordClass.Article && !Plural(unitAt) && IsRateContext(i - 1))
                {
                    return new Found(end, TimeType.Set, TimeValues.Duration(1, unit));
                }

                if (Class(i) == WordClass.Quantity && IsWord(i, "some") && !Plural(unitAt))
                {
                    return null;
                }

                // a minute and a half, two and a half years
                if (!half && amount > 0 && IsWord(end, "and") && Class(end + 1) == WordClass.Article && Class(end + 2) == WordClass.Half)
                {
                    half = true;
                    end += 3;
                }

                return new Found(end, TimeType.Duration, half && amount > 0 ? TimeValues.DurationAndHalf(amount, unit) : TimeValues.Duration(amount, unit));
            }
        }

        if (Class(i) == WordClass.Digits && IsYear(i, strict: true))
        {
            var year = _t[i].Value;

            // 1997 third quarter, 1998's first half
            var q = i + 1;
            if (Class(q) == WordClass.Ordinal && UnitAt(SkipHyphen(q + 1)) is TimeUnit.Quarter or TimeUnit.Half)
            {
                var unitAt = SkipHyphen(q + 1);
                return new Found(unitAt + 1, TimeType.Date, PeriodOfYear(year, _t[q].Value, UnitAt(unitAt)));
            }

            _lastYear = year;
            return new Found(i + 1, TimeType.Date, TimeValues.Year(year));
        }

        return null;
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

    private bool IsRateContext(int before)
    {
        if (before < 0)
        {
            return false;
        }

        ref var token = ref _t[before];
        if (token.Kind == ScanKind.Number)
        {
            return true;
        }

        return IsWord(before, "million") || IsWord(before, "billion") || IsWord(before, "trillion") || IsWord(before, "thousand")
            || IsWord(before, "dollars") || IsWord(before, "percent") || IsWord(before, "times") || IsWord(before, "twice")
            || IsWord(before, "once") || IsWord(before, "cents") || IsWord(before, "points") || IsWord(before, "tons")
            || IsWord(before, "barrels") || IsWord(before, "people") || IsWord(before, "visitors") || IsWord(before, "%");
    }

    private string Ago(TimeUnit unit, int amount, int direction)
    {
        if (amount < 0)
        {
            return direction < 0 ? TimeValues.PastRef : TimeValues.FutureRef;
        }

        // a year earlier / a year ago next to a quarter: the same quarter a year before
        if (unit == TimeUnit.Year && amount == 1 && _quarter > 0 && _sentence - _quarterSentence <= 3)
        {
            return TimeValues.Quarter(_quarterYear + direction, _quarter);
        }

        if (_anchor is not { } a)
        {
            return TimeValues.Unresolved(unit);
        }

        var granularity = unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? TimeUnit.Day : unit;
        var shifted = unit switch
        {
            TimeUnit.Hour => a.AddDays(amount >= 24 ? direction * (amount / 24) : 0),
            TimeUnit.Minute or TimeUnit.Second => a,
            _ => TimeValues.Shift(a, unit, direction * amount),
        };
        return TimeValues.Period(shifted, granularity);
    }

    /// <summary>A count before a unit: digits, number words ("twenty-four"), "a", "a few", "a couple of", "several".</summary>
    private bool Amount(int i, out int amount, out int next)
    {
        amount = 0;
        next = i;
        switch (Class(i))
        {
            case WordClass.Digits:
                if ((_t[i].Flags & ScanFlags.Grouped) != 0)
                {
                    return false;
                }

                amount = _t[i].Value;
                next = i + 1;
                return true;
            case WordClass.Number:
                {
                    amount = _t[i].Value;
                    next = i + 1;
                    if (amount >= 20 && amount < 100 && amount % 10 == 0)
                    {
                        var k = SkipHyphen(next);
                        if (Class(k) == WordClass.Number && _t[k].Value is > 0 and < 10)
                        {
                            amount += _t[k].Value;
                            next = k + 1;
                        }
                    }

                    if (Class(next) == WordClass.Number && _t[next].Value is 100 or 1000)
                    {
                        amount *= _t[next].Value;
                        next++;
                    }

                    return true;
                }

            case WordClass.Article:
                {
                    next = i + 1;
                    amount = 1;
                    if (IsWord(next, "few") || IsWord(next, "couple"))
                    {
                        amount = IsWord(next, "couple") ? 2 : -1;
                        next++;
                        if (Class(next) == WordClass.Of)
                        {
                            next++;
                        }
                    }
                    else if (Class(next) == WordClass.Number && _t[next].Value is 100 or 12)
                    {
                        amount = _t[next].Value;
                        next++;
                    }
                    else if (IsDurationAdjective(next) && !IsWord(next, "more") && Class(next + 1) == WordClass.Unit)
                    {
                        next++; // an additional year, a full week
                    }

                    return Class(next) == WordClass.Unit || (Class(next) == WordClass.Number && amount == 1);
                }

            case WordClass.Quantity:
                // "the next couple of years": two, as after "a"
                amount = IsWord(i, "couple") ? 2 : -1;
                next = i + 1;
                if (Class(next) == WordClass.Of)
                {
                    next++;
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>"$3 million last year", "40 cents last year": an amount right before a time in an earnings comparison.</summary>
    private bool IsAmountWord(int i) =>
        i >= 0 && ((_t[i].Kind == ScanKind.Number && Class(i) != WordClass.SentenceEnd) || IsWord(i, "million") || IsWord(i, "billion") || IsWord(i, "cents") || IsWord(i, "share"));

    /// <summary>Words between a count and its unit that keep it a duration: "two more years", "eight trading days", "an additional year".</summary>
    private bool IsDurationAdjective(int i) =>
        IsWord(i, "more") || IsWord(i, "straight") || IsWord(i, "consecutive") || IsWord(i, "full") || IsWord(i, "trading")
        || IsWord(i, "business") || IsWord(i, "working") || IsWord(i, "additional") || IsWord(i, "extra") || IsWord(i, "further");

    private bool IsAmount(int i) => Class(i) is WordClass.Digits or WordClass.Number or WordClass.Article;

    // ---------------------------------------------------------------- clock times
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
        return new Found(end, TimeType.Time, TimeValues.Clock(_lastDayNumber > 0 ? LastDayValue() : DayValue(0), minutes));
    }

    // ---------------------------------------------------------------- numeric dates
    private Found? NumericDate(int i)
    {
        var v = _t[i].Value;
        var date = TimeValues.Date(v / 10000, v / 100 % 100, v % 100);
        return WithClock(i + 1, date);
    }

    // ---------------------------------------------------------------- today, yesterday, tomorrow, tonight
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

    private Found? ReferenceFirst(int i)
    {
        var kind = _t[i].Value;
        if (IsWord(i, "recent"))
        {
            // recent years -> PAST_REF; recent months, recent days -> an unknown duration
            var unit = UnitAt(i + 1);
            if (unit != TimeUnit.None && Plural(i + 1))
            {
                return unit == TimeUnit.Year
                    ? new Found(i + 2, TimeType.Date, TimeValues.PastRef)
                    : new Found(i + 2, TimeType.Duration, TimeValues.Duration(-1, unit));
            }
        }

        // "future" and "recent" alone are adjectives far more often than times ("future plans", "recent events").
        if (IsWord(i, "future") || IsWord(i, "recent"))
        {
            return null;
        }

        if (IsWord(i, "now") && (IsWord(i - 1, "right") || IsWord(i + 1, "that")))
        {
            return new Found(i + 1, TimeType.Date, TimeValues.PresentRef);
        }

        return new Found(i + 1, TimeType.Date, kind switch
        {
            1 => TimeValues.PresentRef,
            2 => TimeValues.PastRef,
            _ => TimeValues.FutureRef,
        });
    }

    private Found? CurrentFirst(int i, int first)
    {
        var k = i + 1;
        if (Class(k) == WordClass.Fiscal)
        {
            k++;
        }

        var unit = UnitAt(k);
        if (unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Quarter or TimeUnit.Decade or TimeUnit.Century && !Plural(k))
        {
            return new Found(k + 1, TimeType.Date, unit == TimeUnit.Quarter ? SetQuarter(0) : Shifted(unit, 0));
        }

        return first == i ? new Found(i + 1, TimeType.Date, TimeValues.PresentRef) : null;
    }

    // ---------------------------------------------------------------- sets
    private Found? EveryFirst(int i)
    {
        var k = i + 1;
        if (IsWord(k, "other"))
        {
            k++;
        }

        var step = k > i + 1 ? 2 : 1;
        if (Class(k) == WordClass.Weekday && !IsWord(i, "per"))
        {
            return new Found(k + 1, TimeType.Set, "XXXX-WXX-" + _t[k].Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Class(k) == WordClass.PartOfDay && _t[k].Value <= 4 && !IsWord(i, "per"))
        {
            return new Found(k + 1, TimeType.Set, TimeValues.PartOfDay("XXXX-XX-XX", _t[k].Value));
        }

        // "each July", "every summer": that month or season of every year
        if (Class(k) == WordClass.Month && step == 1 && !IsWord(i, "per") && !IsDayNumber(k + 1))
        {
            return new Found(k + 1, TimeType.Set, "XXXX-" + TimeValues.Month(1, _t[k].Value)[5..]);
        }

        if (Class(k) == WordClass.Season && step == 1 && !IsWord(i, "per"))
        {
            return new Found(k + 1, TimeType.Set, "XXXX-" + TimeValues.Season(1, _t[k].Value)[5..]);
        }

        if (UnitAt(k) is var unit and not TimeUnit.None && !Plural(k))
        {
            return new Found(k + 1, TimeType.Set, TimeValues.Duration(step, unit));
        }

        if (!IsWord(i, "per") && Amount(k, out var amount, out var next) && UnitAt(next) is var u and not TimeUnit.None && amount > 0)
        {
            return new Found(next + 1, TimeType.Set, TimeValues.Duration(amount, u));
        }

        return null;
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

    // ---------------------------------------------------------------- seasons, fiscal years, quarters
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
                _quarterYear = year;
                _quarter = ordinal;
                _quarterSentence = _sentence;
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

    // ---------------------------------------------------------------- holidays
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

    // ---------------------------------------------------------------- bare units: year-earlier, years
    private Found? UnitFirst(int i)
    {
        var unit = UnitAt(i);
        if (unit == TimeUnit.Year && !Plural(i) && YearAgo(i) is { } ago)
        {
            return ago;
        }

        // day-long, decades-long: a length ("a day-long strike", "the decades-long battle")
        if (Class(i + 1) == WordClass.Hyphen && IsWord(i + 2, "long") && unit is not (TimeUnit.None or TimeUnit.Half or TimeUnit.Weekend))
        {
            var amount = Plural(i) ? -1 : 1;
            var value = amount < 0 && unit is TimeUnit.Decade or TimeUnit.Century ? "PXY" : TimeValues.Duration(amount, unit);
            return new Found(i + 3, TimeType.Duration, value);
        }

        // year-end, the accounting term, is the closing day of the anchor's year ("by year-end"; after "since", of the
        // year before); "year end", "year's end" are the end of the year
        if (unit == TimeUnit.Year && !Plural(i) && IsWord(SkipHyphen(i + 1), "end") && !IsWord(i - 1, "fiscal"))
        {
            var endValue = _anchor is { } ya && Class(i + 1) == WordClass.Hyphen
                ? TimeValues.Date(IsWord(i - 1, "since") ? ya.Year - 1 : ya.Year, 12, 31)
                : Shifted(TimeUnit.Year, 0);
            return new Found(SkipHyphen(i + 1) + 1, TimeType.Date, endValue);
        }

        if (Plural(i) && unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day
            && (IsWord(i - 1, "for") || IsWord(i - 1, "in") || IsWord(i - 1, "within")) && !IsWord(i + 1, "of") && !IsWord(i + 1, "old"))
        {
            return new Found(i + 1, TimeType.Duration, TimeValues.Duration(-1, unit));
        }

        return null;
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
            var baseYear = _quarter > 0 ? _quarterYear : _anchor is { } qa ? qa.AddMonths(-3).Year : 0;
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

        if (_quarter > 0)
        {
            return new Found(end, TimeType.Date, TimeValues.Quarter(_quarterYear - 1, _quarter));
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

    // ---------------------------------------------------------------- helpers
    private string Shifted(TimeUnit unit, int amount) =>
        _anchor is { } a ? TimeValues.Period(TimeValues.Shift(a, unit, amount), unit) : TimeValues.Unresolved(unit);

    private string DayValue(int offset) => _anchor is { } a ? TimeValues.Date(a.AddDays(offset)) : "XXXX-XX-XX";

    private WordClass Class(int i) => i >= 0 && i < _n ? _t[i].Class : WordClass.None;

    private TimeUnit UnitAt(int i)
    {
        if (i < 0 || i >= _n)
        {
            return TimeUnit.None;
        }

        ref var token = ref _t[i];
        if (token.Class == WordClass.Unit)
        {
            return (TimeUnit)token.Value;
        }

        if (token.Class == WordClass.Half)
        {
            return TimeUnit.Half;
        }

        return (token.Lexicon & LexemeFlags.AlsoUnit) != 0 ? TimeUnit.Second : TimeUnit.None;
    }

    private bool IsLowerWord(int i) =>
        i < _n && _t[i].Kind == ScanKind.Word && (_t[i].Flags & ScanFlags.Lower) != 0 && _t[i].Class == WordClass.None
        && (_t[i].Lexicon & LexemeFlags.YearPreposition) == 0;

    private bool Plural(int i) => i >= 0 && i < _n && (_t[i].Lexicon & LexemeFlags.Plural) != 0;

    private int SkipHyphen(int i) => Class(i) == WordClass.Hyphen ? i + 1 : i;

    private bool IsChar(int i, char c) => i >= 0 && i < _n && _t[i].Length == 1 && _text[_t[i].Start] == c;

    private bool IsWord(int i, string word) =>
        i >= 0 && i < _n && _t[i].Kind == ScanKind.Word && _text.AsSpan(_t[i].Start, _t[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsDayNumber(int i)
    {
        if (i >= _n)
        {
            return false;
        }

        ref var token = ref _t[i];
        return (token.Class == WordClass.Digits && (token.Flags & ScanFlags.Grouped) == 0 && token.Length <= 2 && token.Value is >= 1 and <= 31)
            || (token.Class == WordClass.Ordinal && (token.Flags & ScanFlags.DigitOrdinal) != 0 && token.Value is >= 1 and <= 31);
    }

    /// <summary>A four-digit year. Strict (a bare number standing alone) asks for 1900..2099 and no measure word after it.</summary>
    private bool IsYear(int i, bool strict = false)
    {
        if (i < 0 || i >= _n)
        {
            return false;
        }

        ref var token = ref _t[i];
        if (token.Class != WordClass.Digits || token.Length != 4 || (token.Flags & ScanFlags.Grouped) != 0)
        {
            return false;
        }

        if (!strict)
        {
            return token.Value is >= 1000 and <= 2199;
        }

        if (token.Value is < 1850 or > 2099)
        {
            return false;
        }

        var next = i + 1;
        if (next < _n && _t[next].Kind == ScanKind.Word && (_t[next].Flags & ScanFlags.Lower) != 0 && _t[next].Class == WordClass.None
            && (_t[next].Lexicon & (LexemeFlags.YearPreposition | LexemeFlags.PastCue | LexemeFlags.FutureCue | LexemeFlags.Auxiliary)) == 0
            && !IsYearFollower(next) && !IsYearModifierContext(i - 1))
        {
            return false;
        }

        if (next < _n && _t[next].Class is WordClass.Unit or WordClass.Digits)
        {
            return false;
        }

        return true;
    }

    /// <summary>"the 1998 bombing", "its 1989 results", "since 1990": a year used as a modifier.</summary>
    private bool IsYearModifierContext(int before) =>
        before >= 0 && (Class(before) is WordClass.The or WordClass.Fiscal || (_t[before].Flags & ScanFlags.Possessive) != 0
            || (_t[before].Lexicon & LexemeFlags.YearPreposition) != 0 || IsWord(before, "its") || IsWord(before, "his")
            || IsWord(before, "her") || IsWord(before, "their") || IsWord(before, "our") || IsWord(before, "that") || IsWord(before, "this")
            || IsWord(before, "unsuccessful") || IsWord(before, "successful"));

    private bool IsYearFollower(int i) =>
        IsWord(i, "when") || IsWord(i, "as") || IsWord(i, "because") || IsWord(i, "but") || IsWord(i, "while") || IsWord(i, "that")
        || IsWord(i, "with") || IsWord(i, "the") || IsWord(i, "it") || IsWord(i, "he") || IsWord(i, "she") || IsWord(i, "they")
        || IsWord(i, "we") || IsWord(i, "levels") || IsWord(i, "level") || IsWord(i, "election") || IsWord(i, "elections")
        || IsWord(i, "season") || IsWord(i, "budget") || IsWord(i, "results") || IsWord(i, "earnings") || IsWord(i, "sales")
        || IsWord(i, "figures") || IsWord(i, "model") || IsWord(i, "census") || IsWord(i, "law") || IsWord(i, "act");

    // ---------------------------------------------------------------- tense
    private bool GovernedByPast(int at)
    {
        var (start, end) = SentenceAround(at);

        // the expression: the month, its day number and its year
        var last = at;
        while (last + 1 < end && (IsDayNumber(last + 1) || IsYear(last + 1) || (Class(last + 1) == WordClass.Month && last == at - 1)))
        {
            last++;
        }

        return TenseDetector.GovernedByPast(_text, _t, start, end, at, last);
    }

    private Tense Tense(int at)
    {
        var (start, end) = SentenceAround(at);
        return TenseDetector.Detect(_text, _t, start, end, at);
    }

    /// <summary>The tokens of the sentence holding token <paramref name="at"/>: [start, end).</summary>
    private (int Start, int End) SentenceAround(int at)
    {
        var start = at;
        while (start > 0 && _t[start - 1].Class != WordClass.SentenceEnd)
        {
            start--;
        }

        var end = at;
        while (end < _n && _t[end].Class != WordClass.SentenceEnd)
        {
            end++;
        }

        return (start, end);
    }
}
