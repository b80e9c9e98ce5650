namespace Dateline.Text.Times;

/// <summary>
/// What the story has named so far, for the expressions of <see cref="TimeParser"/> that refer back to it rather than
/// to the article's date: the last explicit year ("the following year", "that year"), the last day and month any
/// expression named (the reference time of narrative: "the previous Friday", "the next day", "that day", "the following
/// month"), and the last quarter reported on with the sentence it was in ("a year earlier", "the year-ago quarter", "the
/// quarter"). One per document; each number is 0 until the story names one.
/// </summary>
internal sealed class StoryState
{
    /// <summary>The sentence being read (counted from 0).</summary>
    public int Sentence { get; private set; }

    /// <summary>The last explicit year the story named.</summary>
    public int LastYear { get; set; }

    /// <summary>The last day an expression named, as a <see cref="DateOnly.DayNumber"/>.</summary>
    public int LastDayNumber { get; private set; }

    /// <summary>The year of the last month an expression named.</summary>
    public int LastMonthYear { get; private set; }

    /// <summary>The last month an expression named (1-12).</summary>
    public int LastMonth { get; private set; }

    /// <summary>The year of the reported quarter.</summary>
    public int QuarterYear { get; private set; }

    /// <summary>The reported quarter (1-4): the last one named that has ended, or is named as ended or in the past tense.</summary>
    public int Quarter { get; private set; }

    /// <summary>The sentence the reported quarter was last the topic of.</summary>
    public int QuarterSentence { get; private set; } = -10;

    /// <summary>Whether the reported quarter was named within the last three sentences (so that "the quarter", "a year ago" refer to it).</summary>
    public bool QuarterIsTopic => Quarter > 0 && Sentence - QuarterSentence <= 3;

    /// <summary>Moves to the next sentence.</summary>
    public void NextSentence() => Sentence++;

    /// <summary>Keeps a quarter the story reports on, in the current sentence.</summary>
    public void ReportQuarter(int year, int quarter)
    {
        QuarterYear = year;
        Quarter = quarter;
        QuarterSentence = Sentence;
    }

    /// <summary>"The quarter" names the reported quarter again: it stays the topic from the current sentence.</summary>
    public void KeepQuarterTopic() => QuarterSentence = Sentence;

    /// <summary>The value of the last day named (<c>yyyy-MM-dd</c>); only when <see cref="LastDayNumber"/> is set.</summary>
    public string LastDayValue() => TimeValues.Date(DateOnly.FromDayNumber(LastDayNumber));

    /// <summary>Keeps the day and the month a found value names as the story's reference time.</summary>
    public void Remember(string value)
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

        LastMonthYear = year;
        LastMonth = month;
        if (value.Length >= 10 && value[7] == '-' && char.IsAsciiDigit(value[8]) && char.IsAsciiDigit(value[9]))
        {
            var day = ((value[8] - '0') * 10) + (value[9] - '0');
            if (TimeValues.IsValidDate(year, month, day))
            {
                LastDayNumber = new DateOnly(year, month, day).DayNumber;
            }
        }
    }
}
