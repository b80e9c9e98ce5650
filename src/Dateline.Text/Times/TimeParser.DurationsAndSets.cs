using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>
/// Durations and sets for <see cref="TimeParser"/>: an amount and a unit ("three years", "5 1/2 hours", "a
/// minute and a half"), the same moved from now ("two days ago", "five years from now"), bare units ("day-long", "for
/// years", "year-end") and sets ("every Tuesday", "each July", "daily", "$5 million a year").
/// </summary>
internal sealed partial class TimeParser
{
    /// <summary>
    /// An amount (at <paramref name="next"/>, its count <paramref name="amount"/>; the first word at <paramref name="i"/>)
    /// and what follows: a duration ("three years", "5 1/2 hours", "two and a half years"), the anchor moved ("two days
    /// ago", "five years from now"), a rate ("$5 million a year"). True when that decides the match, with
    /// <paramref name="found"/> null where the words are no time ("one half", "a 44-year-old", "60 Minutes"); false
    /// when no unit follows the amount.
    /// </summary>
    private bool TryAmountAndUnit(int i, int amount, int next, out Found? found)
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
            found = null; // "one half": a fraction
            return true;
        }

        if (unit != TimeUnit.None && Class(i) == WordClass.Digits && (_t[unitAt].Flags & ScanFlags.Capitalized) != 0)
        {
            found = null; // "60 Minutes": a title
            return true;
        }

        if (unit != TimeUnit.None && (Plural(unitAt) || amount == 1 || hyphenated || IsWord(i, "a") || IsWord(i, "an")
            || (Class(i) == WordClass.Number && IsLowerWord(unitAt + 1))))
        {
            var end = unitAt + 1;
            if (unit == TimeUnit.Second && !Plural(unitAt) && !hyphenated && amount != 1)
            {
                found = null;
                return true;
            }

            // fractions: three-quarters of, a quarter of, a half
            if (unit is TimeUnit.Quarter or TimeUnit.Half && (Class(end) == WordClass.Of || hyphenated && Plural(unitAt) || Class(i) == WordClass.Article))
            {
                found = null;
                return true;
            }

            // ages: a 44-year-old, six years old
            if (IsWord(SkipHyphen(end), "old"))
            {
                found = null;
                return true;
            }

            // a year-earlier loss: the adjective, not "a year"
            if (Class(end) == WordClass.Hyphen && Class(end + 1) == WordClass.Direction)
            {
                found = null;
                return true;
            }

            // ago / earlier / later / from now
            if (!hyphenated && Class(end) == WordClass.Direction)
            {
                // "three days later", "a few days earlier": counted from an event, not from the article's date, so
                // what can be said is the length (TimeML leaves "later" outside as a signal). "A year earlier" stays
                // a date: the earnings comparison with the reported period.
                if (_t[end].Value != 1 && unit < TimeUnit.Quarter && !half)
                {
                    found = new Found(end, TimeType.Duration, TimeValues.Duration(amount, unit));
                    return true;
                }

                var direction = _t[end].Value == 3 ? 1 : -1;
                found = new Found(end + 1, TimeType.Date, Ago(unit, amount, direction));
                return true;
            }

            if (!hyphenated && IsWord(end, "from") && IsWord(end + 1, "now"))
            {
                found = new Found(end + 2, TimeType.Date, Ago(unit, amount, 1));
                return true;
            }

            // $5 million a year: a rate
            if (Class(i) == WordClass.Article && !Plural(unitAt) && IsRateContext(i - 1))
            {
                found = new Found(end, TimeType.Set, TimeValues.Duration(1, unit));
                return true;
            }

            if (Class(i) == WordClass.Quantity && IsWord(i, "some") && !Plural(unitAt))
            {
                found = null;
                return true;
            }

            // a minute and a half, two and a half years
            if (!half && amount > 0 && IsWord(end, "and") && Class(end + 1) == WordClass.Article && Class(end + 2) == WordClass.Half)
            {
                half = true;
                end += 3;
            }

            found = new Found(end, TimeType.Duration, half && amount > 0 ? TimeValues.DurationAndHalf(amount, unit) : TimeValues.Duration(amount, unit));
            return true;
        }

        found = null;
        return false;
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

    private bool IsAmount(int i) => Class(i) is WordClass.Digits or WordClass.Number or WordClass.Article;

    /// <summary>"$3 million last year", "40 cents last year": an amount right before a time in an earnings comparison.</summary>
    private bool IsAmountWord(int i) =>
        i >= 0 && ((_t[i].Kind == ScanKind.Number && Class(i) != WordClass.SentenceEnd) || IsWord(i, "million") || IsWord(i, "billion") || IsWord(i, "cents") || IsWord(i, "share"));

    /// <summary>Words between a count and its unit that keep it a duration: "two more years", "eight trading days", "an additional year".</summary>
    private bool IsDurationAdjective(int i) =>
        IsWord(i, "more") || IsWord(i, "straight") || IsWord(i, "consecutive") || IsWord(i, "full") || IsWord(i, "trading")
        || IsWord(i, "business") || IsWord(i, "working") || IsWord(i, "additional") || IsWord(i, "extra") || IsWord(i, "further");

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
        if (unit == TimeUnit.Year && amount == 1 && _story.QuarterIsTopic)
        {
            return TimeValues.Quarter(_story.QuarterYear + direction, _story.Quarter);
        }

        if (_anchor is not { } a)
        {
            return TimeValues.Unresolved(unit);
        }

        var granularity = unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? TimeUnit.Day : unit;
        var shifted = unit switch
        {
            TimeUnit.Hour => TimeValues.TryShift(a, TimeUnit.Day, amount >= 24 ? direction * (long)(amount / 24) : 0),
            TimeUnit.Minute or TimeUnit.Second => a,
            _ => TimeValues.TryShift(a, unit, direction * (long)amount),
        };
        if (shifted is not { } day)
        {
            // beyond the calendar ("6000 years ago"): a reference to the past or future, as for an unknown amount
            return direction < 0 ? TimeValues.PastRef : TimeValues.FutureRef;
        }

        return TimeValues.Period(day, granularity);
    }

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
}
