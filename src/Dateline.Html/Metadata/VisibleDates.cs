using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Dateline.Html.Metadata;

/// <summary>
/// The publication day written on the page when its markup gives none: the first date in the text just after
/// the headline (bylines and date lines sit there), else the last one just before it, else a date in the
/// page's URL (<c>/2020/01/23/</c>). Dates are read in the common written forms: <c>23.01.2020</c>,
/// <c>2020-01-23</c>, <c>23. Januar 2020</c>, <c>January 23, 2020</c>, <c>23 January 2020</c>, French month
/// names.
/// </summary>
internal static partial class VisibleDates
{
    /// <summary>How much text after the headline is searched.</summary>
    private const int After = 1500;

    /// <summary>How much text before the headline is searched.</summary>
    private const int Before = 400;

    public static DateOnly? Find(IElement body, IElement? headline, string? url)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (headline is not null)
        {
            var after = new StringBuilder();
            for (var node = Next(headline, skipChildren: false); node is not null && after.Length < After; node = Next(node, skipChildren: false))
            {
                if (node is IText text)
                {
                    after.Append(text.Data).Append(' ');
                }
            }

            if (First(after.ToString()) is { } day)
            {
                return day;
            }

            var before = new List<string>();
            var length = 0;
            for (var node = Previous(headline); node is not null && length < Before; node = Previous(node))
            {
                if (node is IText text)
                {
                    before.Add(text.Data);
                    length += text.Data.Length;
                }
            }

            before.Reverse();
            if (Last(string.Join(' ', before)) is { } earlier)
            {
                return earlier;
            }
        }

        if (url is not null && FromUrl(url) is { } fromUrl)
        {
            return fromUrl;
        }

        if (headline is null)
        {
            var start = new StringBuilder();
            for (INode? node = body; node is not null && start.Length < After; node = Next(node, skipChildren: false))
            {
                if (node is IText text)
                {
                    start.Append(text.Data).Append(' ');
                }
            }

            return First(start.ToString());
        }

        return null;
    }

    internal static DateOnly? First(string text)
    {
        foreach (Match match in DatePattern().Matches(text))
        {
            if (Read(match) is { } day)
            {
                return day;
            }
        }

        return null;
    }

    private static DateOnly? Last(string text)
    {
        DateOnly? last = null;
        foreach (Match match in DatePattern().Matches(text))
        {
            last = Read(match) ?? last;
        }

        return last;
    }

    internal static DateOnly? FromUrl(string url)
    {
        var match = UrlPattern().Match(url);
        return match.Success ? Make(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) : null;
    }

    private static DateOnly? Read(Match match)
    {
        var month = match.Groups["m"].Success ? match.Groups["m"].Value : match.Groups["mn"].Success ? MonthNumber(match.Groups["mn"].Value) : null;
        return month is null ? null : Make(match.Groups["y"].Value, month, match.Groups["d"].Value);
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (y is < 1995 or > 2099 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d);
    }

    private static string? MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("juil", StringComparison.Ordinal))
        {
            return "7";
        }

        if (lower.StartsWith("juin", StringComparison.Ordinal))
        {
            return "6";
        }

        return (lower.Length >= 3 ? lower[..3] : lower) switch
        {
            "jan" or "jän" => "1",
            "feb" or "fév" or "fev" => "2",
            "mar" or "mär" or "mrz" => "3",
            "apr" or "avr" => "4",
            "mai" or "may" => "5",
            "jun" => "6",
            "jul" => "7",
            "aug" or "aoû" or "aou" => "8",
            "sep" => "9",
            "okt" or "oct" => "10",
            "nov" => "11",
            "dez" or "dec" or "déc" => "12",
            _ => null,
        };
    }

    /// <summary>The next node in document order (its first child, else its next sibling, else an ancestor's).</summary>
    private static INode? Next(INode node, bool skipChildren)
    {
        if (!skipChildren && node.FirstChild is { } child)
        {
            return child;
        }

        for (var n = node; n is not null; n = n.Parent)
        {
            if (n.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>The previous node in document order (the deepest last child of the previous sibling, else the parent).</summary>
    private static INode? Previous(INode node)
    {
        if (node.PreviousSibling is { } sibling)
        {
            var n = sibling;
            while (n.LastChild is { } last)
            {
                n = last;
            }

            return n;
        }

        return node.Parent is IElement parent && parent.LocalName != "body" ? parent : null;
    }

    private const string Months =
        @"jan(?:uar|uary|vier)?|jänner|feb(?:ruar|ruary)?|févr(?:ier)?|m(?:ärz|arch|ars|rz|ar)|apr(?:il)?|avr(?:il)?|ma[iy]|jun[ie]?|juin|jul[iy]?|juil(?:let)?|aug(?:ust)?|août|sep(?:t|tember|tembre)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember)?|déc(?:embre)?";

    [GeneratedRegex(
        @"(?<![\d.])(?<d>[0-3]?\d)\.\s?(?<m>[01]?\d)\.\s?(?<y>(?:19|20)\d\d)(?!\d)"
        + @"|(?<!\d)(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)(?!\d)"
        + @"|(?<!\d)(?<d>[0-3]?\d)(?:\.|st|nd|rd|th|er)?\s+(?<mn>" + Months + @")\.?,?\s+(?<y>(?:19|20)\d\d)(?!\d)"
        + @"|\b(?<mn>" + Months + @")\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(?:/|-|_|\.|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UrlPattern();
}
