using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Html.Metadata;

/// <summary>
/// Reads the date strings pages put in JSON-LD, meta tags and <c>datetime</c> attributes: ISO 8601
/// (<c>2020-01-28T15:28:56+01:00</c>, <c>2022-5-5 22:17:36</c>), RFC 1123 (<c>Tue, 08 Oct 2019 14:03:00 GMT</c>),
/// C's <c>ctime</c> (<c>Tue Jan 28 15:28:56 CET 2020</c>), month-first forms (<c>Tue, Sep 15 2020 10:01:41 EDT</c>),
/// numeric days (<c>28.01.2020</c>, <c>06/11/2023</c> in the page's order) and Unix times. The day is the day as
/// written, in the string's own zone (a time at 23:30-05:00 stays on its day); zone names (CET, EDT, MESZ ...)
/// give the offset of the moment.
/// </summary>
internal static partial class DateText
{
    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Z"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["UT"] = 0,
        ["WET"] = 0, ["WEST"] = 60, ["BST"] = 60, ["CET"] = 60, ["MEZ"] = 60, ["CEST"] = 120, ["MESZ"] = 120,
        ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420, ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600,
        ["JST"] = 540, ["KST"] = 540, ["AEST"] = 600, ["AEDT"] = 660, ["NZST"] = 720, ["NZDT"] = 780,
    };

    /// <summary>Reads <paramref name="text"/>; a numeric day such as <c>06/11/2023</c> is read in <paramref name="order"/>.</summary>
    public static ParsedDate? Parse(string? text, DateOrder order = DateOrder.Unknown)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        text = text.Trim();
        if (UnixTime(text) is { } unix)
        {
            return unix;
        }

        var iso = IsoPattern().Match(text);
        if (iso.Success)
        {
            return Make(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, iso);
        }

        var numeric = NumericPattern().Match(text);
        if (numeric.Success)
        {
            var a = int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture);
            var (month, day) = DayMonth(a, b, numeric.Groups["sep"].Value == "." ? DateOrder.DayFirst : order);
            var parsed = month is null ? null : Make(numeric.Groups["y"].Value, month.Value.ToString(CultureInfo.InvariantCulture), day.ToString(CultureInfo.InvariantCulture), numeric);
            if (parsed is not null && numeric.Groups["sep"].Value != "." && a != b && a <= 12 && b <= 12)
            {
                // Either reading is possible: keep the other for the resolver to weigh against the page's other dates.
                parsed = parsed with { Alternative = new DateOnly(parsed.Day.Year, parsed.Day.Day, parsed.Day.Month) };
            }

            return parsed;
        }

        return Words(text);
    }

    /// <summary>The month and day of two numbers written <c>a/b</c>: a number over 12 decides, else the order.</summary>
    internal static (int? Month, int Day) DayMonth(int a, int b, DateOrder order)
    {
        if (a > 12 && b <= 12)
        {
            return (b, a);
        }

        if (b > 12 && a <= 12)
        {
            return (a, b);
        }

        if (a > 12 || b > 12)
        {
            return (null, 0);
        }

        return order == DateOrder.DayFirst ? (b, a) : order == DateOrder.MonthFirst ? (a, b) : a == b ? (a, b) : (null, 0);
    }

    /// <summary>Dates written with a month name: the name, a four-digit year, a day number that is not part of the time.</summary>
    private static ParsedDate? Words(string text)
    {
        int? month = null;
        string? year = null;
        string? day = null;
        foreach (Match token in TokenPattern().Matches(text))
        {
            var value = token.Value;
            if (char.IsLetter(value[0]))
            {
                month ??= MonthNames.Month(value);
            }
            else if (value.Length == 4 && value[0] is '1' or '2')
            {
                year ??= value;
            }
            else if (value.Length <= 2 && !value.Contains(':', StringComparison.Ordinal))
            {
                day ??= value;
            }
        }

        if (month is null || year is null || day is null)
        {
            return null;
        }

        return Make(year, month.Value.ToString(CultureInfo.InvariantCulture), day, TimePattern().Match(text));
    }

    private static ParsedDate? Make(string year, string month, string day, Match time)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y is < 1900 or > 2199 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        var date = new DateOnly(y, m, d);
        if (!time.Success || !time.Groups["h"].Success)
        {
            return new ParsedDate(date, null, DateZone.None);
        }

        var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(time.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var second = time.Groups["s"].Success ? int.Parse(time.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (time.Groups["ampm"].Success)
        {
            var pm = time.Groups["ampm"].Value.StartsWith('p') || time.Groups["ampm"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return new ParsedDate(date, null, DateZone.None);
        }

        var zone = time.Groups["z"].Success ? Offset(time.Groups["z"].Value) : null;
        var offset = zone ?? TimeSpan.Zero;
        var moment = new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute, second)), offset);
        return new ParsedDate(date, moment, zone is null ? DateZone.None : zone == TimeSpan.Zero && IsUtcName(time.Groups["z"].Value) ? DateZone.Utc : DateZone.Local);
    }

    private static bool IsUtcName(string zone) => zone is "Z" or "z" || zone.StartsWith("+00", StringComparison.Ordinal) || zone.StartsWith("-00", StringComparison.Ordinal)
        || zone.Equals("UTC", StringComparison.OrdinalIgnoreCase) || zone.Equals("GMT", StringComparison.OrdinalIgnoreCase) || zone.Equals("UT", StringComparison.OrdinalIgnoreCase);

    private static TimeSpan? Offset(string zone)
    {
        if (ZoneMinutes.TryGetValue(zone, out var minutes))
        {
            return TimeSpan.FromMinutes(minutes);
        }

        var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is 2 or 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            var total = digits.Length == 2 ? value * 60 : (value / 100 * 60) + (value % 100);
            return total > 14 * 60 ? null : TimeSpan.FromMinutes(zone[0] == '-' ? -total : total);
        }

        return null;
    }

    private static ParsedDate? UnixTime(string text)
    {
        if (text.Length is not (10 or 13) || !text.All(char.IsAsciiDigit) || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var moment = text.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(value) : DateTimeOffset.FromUnixTimeMilliseconds(value);
        return moment.Year is < 1995 or > 2100 ? null : new ParsedDate(DateOnly.FromDateTime(moment.UtcDateTime), moment, DateZone.Utc);
    }

    private const string Time = @"(?:[T\s,]+(?:um\s+|at\s+|à\s+)?(?<h>[0-2]?\d)[:h.](?<mi>[0-5]\d)(?::(?<s>[0-5]\d)(?:[.,]\d+)?)?\s*(?<ampm>[ap]\.?m\.?)?\s*(?:Uhr\s*)?(?<z>Z|[+-]\d\d(?::?\d\d)?|[A-Z]{2,5}(?![a-z]))?)?";

    [GeneratedRegex(@"^(?<y>(?:19|20|21)\d\d)[-/.](?<m>[01]?\d)[-/.](?<d>[0-3]?\d)(?!\d)" + Time, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<a>[0-3]?\d)(?<sep>[./-])(?<b>[0-3]?\d)\k<sep>(?<y>(?:19|20|21)\d\d)(?!\d)" + Time, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"\p{L}+\.?|\d+(?::\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"(?<!\d)(?<h>[0-2]?\d):(?<mi>[0-5]\d)(?::(?<s>[0-5]\d)(?:[.,]\d+)?)?\s*(?<ampm>[ap]\.?m\.?)?(?:\s*(?<z>Z|[+-]\d\d(?::?\d\d)?|[A-Z]{2,5}(?![a-z])))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();
}
