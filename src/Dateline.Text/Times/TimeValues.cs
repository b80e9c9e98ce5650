using System.Globalization;

namespace Dateline.Text.Times;

/// <summary>Calendar arithmetic and TIMEX3 value formatting (ISO 8601 dates, weeks, quarters, seasons, durations).</summary>
internal static class TimeValues
{
    public const string PresentRef = "PRESENT_REF";
    public const string PastRef = "PAST_REF";
    public const string FutureRef = "FUTURE_REF";

    private static readonly string[] SeasonCodes = ["", "SP", "SU", "FA", "WI"];
    private static readonly string[] PartCodes = ["", "MO", "AF", "EV", "NI"];

    public static bool IsValidDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    public static string Date(int year, int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    /// <summary>The ISO 8601 week of a day: 2016-01-01 is in 2015-W53.</summary>
    public static string Week(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dateTime):D4}-W{ISOWeek.GetWeekOfYear(dateTime):D2}");
    }

    /// <summary>The weekend of the ISO week of a day (<c>2017-W31-WE</c>).</summary>
    public static string Weekend(DateOnly date) => Week(date) + "-WE";

    public static int QuarterOf(int month) => ((month - 1) / 3) + 1;

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    public static string Half(int year, int half) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-H{half}");

    /// <summary>Season codes: 1 spring (SP), 2 summer (SU), 3 fall (FA), 4 winter (WI).</summary>
    public static string Season(int year, int season) => Year(year) + "-" + SeasonCodes[season];

    /// <summary>The decade of a year in TIMEX3 form: 1990 -> "199".</summary>
    public static string Decade(int year) => (year / 10).ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The century in TIMEX3 form: the 20th century -> "19".</summary>
    public static string Century(int ordinal) => (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>A part of day (1 morning, 2 afternoon, 3 evening, 4 night) appended to a date: <c>2017-08-03TMO</c>.</summary>
    public static string PartOfDay(string date, int part) => date + "T" + PartCodes[part];

    public static string Clock(string date, int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{date}T{minutes / 60:D2}:{minutes % 60:D2}");

    /// <summary>The season of a month: Dec-Feb winter, Mar-May spring, Jun-Aug summer, Sep-Nov fall.</summary>
    public static int SeasonOf(int month) => month switch
    {
        12 or 1 or 2 => 4,
        >= 3 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        _ => 3,
    };

    /// <summary>A duration and a half: <c>P2Y6M</c>, <c>PT5H30M</c>, <c>PT1M30S</c>, <c>P3DT12H</c>.</summary>
    public static string DurationAndHalf(int amount, TimeUnit unit)
    {
        var n = amount.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Year => "P" + n + "Y6M",
            TimeUnit.Day => "P" + n + "DT12H",
            TimeUnit.Hour => "PT" + n + "H30M",
            TimeUnit.Minute => "PT" + n + "M30S",
            TimeUnit.Decade => "P" + ((amount * 10) + 5).ToString(CultureInfo.InvariantCulture) + "Y",
            TimeUnit.Century => "P" + ((amount * 100) + 50).ToString(CultureInfo.InvariantCulture) + "Y",
            _ => Duration(amount, unit),
        };
    }

    /// <summary>A TIMEX3 duration: <c>P3Y</c>, <c>PT48H</c>, <c>PXD</c> (amount unknown when <paramref name="amount"/> is negative).</summary>
    public static string Duration(int amount, TimeUnit unit)
    {
        var number = amount < 0 ? "X" : amount.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Second => "PT" + number + "S",
            TimeUnit.Minute => "PT" + number + "M",
            TimeUnit.Hour => "PT" + number + "H",
            TimeUnit.Day => "P" + number + "D",
            TimeUnit.Weekend => "P" + number + "WE",
            TimeUnit.Week => "P" + number + "W",
            TimeUnit.Month => "P" + number + "M",
            TimeUnit.Quarter => "P" + number + "Q",
            TimeUnit.Half => amount < 0 ? "PXM" : "P" + (amount * 6).ToString(CultureInfo.InvariantCulture) + "M",
            TimeUnit.Year => "P" + number + "Y",
            TimeUnit.Decade => amount < 0 ? "PXDE" : "P" + (amount * 10).ToString(CultureInfo.InvariantCulture) + "Y",
            TimeUnit.Century => amount < 0 ? "PXCE" : "P" + (amount * 100).ToString(CultureInfo.InvariantCulture) + "Y",
            _ => "PX",
        };
    }

    /// <summary>The latest day with the given ISO weekday (1 Monday .. 7 Sunday) on or before <paramref name="date"/>.</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly date, int weekday)
    {
        var back = (IsoDay(date) - weekday + 7) % 7;
        return date.AddDays(-back);
    }

    /// <summary>The first day with the given ISO weekday strictly after <paramref name="date"/>.</summary>
    public static DateOnly WeekdayAfter(DateOnly date, int weekday)
    {
        var forward = (weekday - IsoDay(date) + 7) % 7;
        return date.AddDays(forward == 0 ? 7 : forward);
    }

    public static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>
    /// The day a unit-sized step away, or null when that day is outside the calendar's years 1-9999
    /// ("6000 years ago" in a story of 2016): the caller then answers with a past or future reference.
    /// </summary>
    public static DateOnly? TryShift(DateOnly date, TimeUnit unit, long amount)
    {
        // an upper bound of the step in days (31-day months, 366-day years), so a step that passes is representable
        var days = unit switch
        {
            TimeUnit.Day => amount,
            TimeUnit.Week or TimeUnit.Weekend => 7 * amount,
            TimeUnit.Month => 31 * amount,
            TimeUnit.Quarter => 93 * amount,
            TimeUnit.Half => 186 * amount,
            TimeUnit.Year => 366 * amount,
            TimeUnit.Decade => 3_660 * amount,
            TimeUnit.Century => 36_600 * amount,
            _ => 0,
        };
        var target = date.DayNumber + days;
        return Math.Abs(amount) <= 10_000_000 && target >= DateOnly.MinValue.DayNumber && target <= DateOnly.MaxValue.DayNumber
            ? Shift(date, unit, (int)amount)
            : null;
    }

    /// <summary>The day a unit-sized step away: used for "two days ago", "last week", "next month".</summary>
    public static DateOnly Shift(DateOnly date, TimeUnit unit, int amount) => unit switch
    {
        TimeUnit.Day => date.AddDays(amount),
        TimeUnit.Week or TimeUnit.Weekend => date.AddDays(7 * amount),
        TimeUnit.Month => date.AddMonths(amount),
        TimeUnit.Quarter => date.AddMonths(3 * amount),
        TimeUnit.Half => date.AddMonths(6 * amount),
        TimeUnit.Year => date.AddYears(amount),
        TimeUnit.Decade => date.AddYears(10 * amount),
        TimeUnit.Century => date.AddYears(100 * amount),
        _ => date,
    };

    /// <summary>The period of <paramref name="unit"/> granularity that contains <paramref name="date"/>.</summary>
    public static string Period(DateOnly date, TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day => Date(date),
        TimeUnit.Week => Week(date),
        TimeUnit.Weekend => Weekend(date),
        TimeUnit.Month => Month(date.Year, date.Month),
        TimeUnit.Quarter => Quarter(date.Year, QuarterOf(date.Month)),
        TimeUnit.Half => Half(date.Year, date.Month <= 6 ? 1 : 2),
        TimeUnit.Year => Year(date.Year),
        TimeUnit.Decade => Decade(date.Year),
        TimeUnit.Century => (date.Year / 100).ToString("D2", CultureInfo.InvariantCulture),
        _ => Date(date),
    };

    /// <summary>The unresolved form of a period of the unit's granularity (no document date to anchor to).</summary>
    public static string Unresolved(TimeUnit unit) => unit switch
    {
        TimeUnit.Week => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.Half => "XXXX-HX",
        TimeUnit.Year => "XXXX",
        TimeUnit.Decade => "XXX",
        TimeUnit.Century => "XX",
        _ => "XXXX-XX-XX",
    };

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian computus).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
