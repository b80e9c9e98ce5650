namespace Dateline.Text.Times;

/// <summary>
/// Tense for <see cref="TimeParser"/>: the tense of the sentence around a token, the past verb governing a date, and
/// the year of a month and day (or a bare month) named without one: the nearest to the anchor, moved by the tense, by
/// a governing past verb, or by "by", "until" and "since".
/// </summary>
internal sealed partial class TimeParser
{
    private const int DaySlack = 120;
    private const int MonthSlack = 120;

    // A past verb governing a date without a year moves it back once it lies this far after the anchor.
    private const int GovernedSlack = 30;

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
