using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Ingest.Fields;

/// <summary>
/// Reads publication dates in the forms news dumps hold them: ISO 8601 (<c>2019-10-08</c>,
/// <c>2019-10-08T14:03:00Z</c>, <c>2019-10-08 14:03:00</c>), RFC 1123 (<c>Tue, 08 Oct 2019 14:03:00 GMT</c>,
/// also with US zone names such as EDT), numeric US dates (<c>3/8/17</c> is 8 March 2017; a first number over 12
/// makes it day/month), month names (<c>October 8, 2019</c>, <c>8 Oct 2019</c>) and Unix times in seconds or
/// milliseconds. Anything else is <see cref="DateStatus.Unreadable"/>; a date before 1800 or more than two days
/// after <c>now</c> is <see cref="DateStatus.Implausible"/>. Never guesses a year that the value does not give.
/// </summary>
public static partial class LooseDate
{
    /// <summary>The earliest plausible publication year.</summary>
    public const int EarliestYear = 1800;

    private static readonly (string Name, string Offset)[] Zones =
    [
        ("GMT", "+00:00"), ("UTC", "+00:00"), ("UT", "+00:00"), ("Z", "+00:00"),
        ("EST", "-05:00"), ("EDT", "-04:00"), ("CST", "-06:00"), ("CDT", "-05:00"),
        ("MST", "-07:00"), ("MDT", "-06:00"), ("PST", "-08:00"), ("PDT", "-07:00"),
        ("BST", "+01:00"), ("CET", "+01:00"), ("CEST", "+02:00"), ("IST", "+05:30"),
    ];

    /// <summary>Reads <paramref name="value"/> and checks it against <paramref name="now"/>.</summary>
    public static DateReading Read(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DateReading.Missing;
        }

        var reading = Parse(value.Trim());
        return reading.Status == DateStatus.Read ? CheckPlausible(reading, now) : reading;
    }

    /// <summary>Reads a Unix time in seconds (or milliseconds, for values past the year 5000 in seconds).</summary>
    public static DateReading FromUnixTime(double value, DateTimeOffset now)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return DateReading.Unreadable;
        }

        var reading = UnixMoment(value);
        return reading.Status == DateStatus.Read ? CheckPlausible(reading, now) : reading;
    }

    private static DateReading UnixMoment(double value)
    {
        var seconds = Math.Abs(value) > 1e11 ? value / 1000 : value;
        if (seconds < -1e10 || seconds > 1e11)
        {
            return DateReading.Unreadable;
        }

        var moment = DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000));
        return new DateReading(DateStatus.Read, DateOnly.FromDateTime(moment.UtcDateTime), moment);
    }

    private static DateReading CheckPlausible(DateReading reading, DateTimeOffset now)
    {
        var date = reading.Date!.Value;
        var latest = DateOnly.FromDateTime(now.UtcDateTime).AddDays(2);
        return date.Year < EarliestYear || date > latest ? reading with { Status = DateStatus.Implausible } : reading;
    }

    private static DateReading Parse(string value)
    {
        if (value.Length is 10 or 13 && value.All(char.IsAsciiDigit) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return UnixMoment(epoch);
        }

        if (IsoDate().IsMatch(value))
        {
            if (value.Length == 10)
            {
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? new DateReading(DateStatus.Read, day)
                    : DateReading.Unreadable;
            }

            return FromMoment(value);
        }

        if (NumericDate().Match(value) is { Success: true } numeric)
        {
            return FromNumbers(numeric);
        }

        if (!FourDigitYear().IsMatch(value) || !MonthName().IsMatch(value))
        {
            return DateReading.Unreadable;
        }

        return FromMoment(ReplaceZone(MonthAbbreviation().Replace(value, m => m.Groups[1].Value[..3])));
    }

    private static DateReading FromMoment(string value)
    {
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var moment))
        {
            return DateReading.Unreadable;
        }

        var day = DateOnly.FromDateTime(moment.DateTime);
        return new DateReading(DateStatus.Read, day, HasTime(value) ? moment : null);
    }

    private static DateReading FromNumbers(Match match)
    {
        var a = int.Parse(match.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
        var b = int.Parse(match.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
        var c = int.Parse(match.Groups["c"].ValueSpan, CultureInfo.InvariantCulture);
        int year, month, day;
        if (match.Groups["a"].Length == 4)
        {
            (year, month, day) = (a, b, c);
        }
        else
        {
            year = match.Groups["c"].Length == 2 ? (c < 50 ? 2000 + c : 1900 + c) : c;
            (month, day) = a > 12 ? (b, a) : (a, b);
        }

        if (month is < 1 or > 12 || day < 1 || year < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month))
        {
            return DateReading.Unreadable;
        }

        var date = new DateOnly(year, month, day);
        if (match.Groups["time"].Success)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}T{match.Groups["time"].Value.Trim()}");
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                return new DateReading(DateStatus.Read, date, moment);
            }
        }

        return new DateReading(DateStatus.Read, date);
    }

    private static string ReplaceZone(string value)
    {
        var last = value.LastIndexOf(' ');
        if (last < 0)
        {
            return value;
        }

        var zone = value.AsSpan(last + 1).Trim("()");
        foreach (var (name, offset) in Zones)
        {
            if (zone.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Concat(value.AsSpan(0, last + 1), offset);
            }
        }

        return value;
    }

    private static bool HasTime(string value) => TimeOfDay().IsMatch(value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<a>\d{1,2}|\d{4})[/.-](?<b>\d{1,2})[/.-](?<c>\d{4}|\d{2})(?<time>[ T]\d{1,2}:\d{2}(:\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(1[89]|2\d|0\d)\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthAbbreviation();

    [GeneratedRegex(@"\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
