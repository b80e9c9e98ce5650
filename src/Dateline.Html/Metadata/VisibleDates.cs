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

    /// <summary>
    /// The first date in the text just after the headline, else the last one just before it. Numeric days written
    /// with slashes (<c>06/11/2023</c>) are read in <paramref name="order"/>; when the order is unknown, in the
    /// reading that gives <paramref name="hint"/> (the day the markup says), else only when unambiguous.
    /// </summary>
    public static DateOnly? NearHeadline(IElement body, IElement? headline, DateOrder order = DateOrder.Unknown, DateOnly? hint = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (headline is null)
        {
            return null;
        }

        var after = new StringBuilder();
        for (var node = Next(headline, skipChildren: false); node is not null && after.Length < After; node = Next(node, skipChildren: false))
        {
            if (node is IText text)
            {
                after.Append(text.Data).Append(' ');
            }
        }

        if (First(after.ToString(), order, hint) is { } day)
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
        return Last(string.Join(' ', before), order, hint);
    }

    /// <summary>The first date in the first characters of the page body (for pages without a headline).</summary>
    public static DateOnly? AtStart(IElement body, DateOrder order = DateOrder.Unknown)
    {
        ArgumentNullException.ThrowIfNull(body);
        var start = new StringBuilder();
        for (INode? node = body; node is not null && start.Length < After; node = Next(node, skipChildren: false))
        {
            if (node is IText text)
            {
                start.Append(text.Data).Append(' ');
            }
        }

        return First(start.ToString(), order);
    }

    /// <summary>
    /// The first date anywhere in the page body that follows a label such as "Datum:", "Stand:", "veröffentlicht am",
    /// "Published on", "Posted", "publié le" (a date line far from the headline, or on a page without one).
    /// </summary>
    public static DateOnly? Labelled(IElement body, DateOrder order = DateOrder.Unknown)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = new StringBuilder();
        for (INode? node = body; node is not null && text.Length < LabelledLimit; node = Next(node, skipChildren: false))
        {
            if (node is IText piece)
            {
                text.Append(piece.Data).Append(' ');
            }
        }

        // Labels first (a small pattern), then a date right after each (the large date pattern on a few characters only).
        var all = text.ToString();
        foreach (Match label in LabelPattern().Matches(all))
        {
            var start = label.Index + label.Length;
            var match = DatePattern().Match(all[start..Math.Min(all.Length, start + 40)]);
            if (match.Success && match.Index <= 2 && Read(match, order, hint: null) is { } day)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>How much of the page body's text <see cref="Labelled"/> searches.</summary>
    private const int LabelledLimit = 20_000;

    internal static DateOnly? First(string text, DateOrder order = DateOrder.Unknown, DateOnly? hint = null)
    {
        foreach (Match match in DatePattern().Matches(text))
        {
            if (Read(match, order, hint) is { } day)
            {
                return day;
            }
        }

        return null;
    }

    private static DateOnly? Last(string text, DateOrder order, DateOnly? hint)
    {
        DateOnly? last = null;
        foreach (Match match in DatePattern().Matches(text))
        {
            last = Read(match, order, hint) ?? last;
        }

        return last;
    }

    internal static DateOnly? FromUrl(string url)
    {
        var match = UrlPattern().Match(url);
        return match.Success ? Make(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) : null;
    }

    private static DateOnly? Read(Match match, DateOrder order, DateOnly? hint)
    {
        var year = match.Groups["y"].Value;
        if (match.Groups["a"].Success)
        {
            var a = int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture);
            if (order == DateOrder.Unknown && hint is { } known)
            {
                foreach (var guess in (DateOrder[])[DateOrder.DayFirst, DateOrder.MonthFirst])
                {
                    var (m, d) = DateText.DayMonth(a, b, guess);
                    if (m is not null && Make(year, Text(m.Value), Text(d)) == known)
                    {
                        return known;
                    }
                }
            }

            var (month, day) = DateText.DayMonth(a, b, order);
            return month is null ? null : Make(year, Text(month.Value), Text(day));
        }

        var number = match.Groups["m"].Success ? match.Groups["m"].Value : match.Groups["mn"].Success && MonthNames.Month(match.Groups["mn"].Value) is { } named ? Text(named) : null;
        return number is null ? null : Make(year, number, match.Groups["d"].Value);

        static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
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

    // Month names come from MonthNames (eight languages); "3 de mayo de 2022" and "3. Mai 2022" are read too.
    [GeneratedRegex(
        @"(?<![\d.])(?<d>[0-3]?\d)\.\s?(?<m>[01]?\d)\.\s?(?<y>(?:19|20)\d\d)(?!\d)"
        + @"|(?<![\d/])(?<a>[0-3]?\d)/(?<b>[0-3]?\d)/(?<y>(?:19|20)\d\d)(?![\d/])"
        + @"|(?<!\d)(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)(?!\d)"
        + @"|(?<![\d\w])(?<d>[0-3]?\d)(?:\.|st|nd|rd|th|er|º)?\s+(?:de\s+)?(?<mn>" + MonthNames.Pattern + @")\.?,?\s+(?:de\s+|del\s+)?(?<y>(?:19|20)\d\d)(?!\d)"
        + @"|(?<!\w)(?<mn>" + MonthNames.Pattern + @")\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?:datum|stand|ver\w*ffentlicht(?:\s+am)?|publiziert(?:\s+am)?|erstellt(?:\s+am)?|erschienen(?:\s+am)?|published(?:\s+on)?|posted(?:\s+on)?|date|publi\w+(?:\s+(?:le|il|el|em))?|pubblicato(?:\s+il)?)\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)(?:/|-|_|\.|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UrlPattern();
}
