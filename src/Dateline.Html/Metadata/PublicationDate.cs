using AngleSharp.Dom;
using Dateline.Html.Extraction;

namespace Dateline.Html.Metadata;

/// <summary>
/// Chooses a page's publication day from all the dates it offers, in a fixed order of precedence (as htmldate
/// does, markup before text): the JSON-LD article's <c>datePublished</c>, then publication meta tags, then a full
/// day in the URL, then a <c>&lt;time&gt;</c> of the article itself (not of a sidebar, a teaser or a related
/// post), then a date written near the headline, then weaker evidence (modification dates, any time element, a
/// date at the start of the body). Dates before 1995 or more than two days after today are never taken. The day
/// is the publisher's local day: a time with its own offset keeps its own day; a UTC time stamp takes the day
/// before (or after) when other evidence on the page says so, else the local day at the offset of the page's
/// country when that is known.
/// </summary>
internal static class PublicationDate
{
    private static readonly DateOnly Earliest = new(1995, 1, 1);

    /// <summary>Class and id words of containers whose dates belong to other articles or to comments.</summary>
    private static readonly string[] ForeignScopes =
    [
        "related", "sidebar", "teaser", "comment", "widget", "recommend", "popular", "trending", "mostread", "promo",
        "newsletter", "footer", "similar", "latest", "aside", "verwandt", "empfehlung", "weitere", "kommentar", "respond",
    ];

    public static DateCandidate? Resolve(List<DateCandidate> markup, PageScan scan, IElement body, IElement? headline, string? url, PageLocale locale)
    {
        var latest = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        var candidates = markup.Where(c => Plausible(c.Date.Day, latest)).ToList();
        if (url is not null && VisibleDates.FromUrl(url) is { } fromUrl && Plausible(fromUrl, latest))
        {
            candidates.Add(new DateCandidate(DateSource.Url, new ParsedDate(fromUrl, null, DateZone.None)));
        }

        AddTimes(candidates, scan.Times, headline, locale.Order, latest);
        var best = Best(candidates);
        if (best is null || best.Source > DateSource.Visible || best.Date.Zone == DateZone.Utc || best.Date.Alternative is not null)
        {
            var hint = best?.Date.Day;
            AddVisible(candidates, VisibleDates.NearHeadline(body, headline, locale.Order, hint), DateSource.Visible, latest);
            AddVisible(candidates, VisibleDates.Labelled(body, locale.Order), DateSource.Visible, latest);
            if (best is null && headline is null)
            {
                AddVisible(candidates, VisibleDates.AtStart(body, locale.Order), DateSource.Other, latest);
            }

            best = Best(candidates);
        }

        if (best is null)
        {
            return null;
        }

        if (best.Date.Alternative is { } alternative && candidates.Any(c => c.Date.Day == alternative) && !candidates.Any(c => c != best && c.Date.Day == best.Date.Day))
        {
            // "11/01/2023" in a meta tag, "01.11.2023" on the page: the other reading is the one the page means.
            best = best with { Date = best.Date with { Day = alternative, Moment = null, Alternative = null } };
        }

        return best.Date.Zone == DateZone.Utc && best.Date.Moment is { } moment ? best with { Date = LocalDay(best, moment, candidates, locale) } : best;
    }

    /// <summary>A UTC time stamp's local day: a day next to it that other evidence gives, else the day at the country's offset.</summary>
    private static ParsedDate LocalDay(DateCandidate best, DateTimeOffset moment, List<DateCandidate> candidates, PageLocale locale)
    {
        foreach (var other in candidates)
        {
            if (other == best)
            {
                continue;
            }

            if (other.Date.Zone == DateZone.Local && other.Date.Moment is { } local && Math.Abs((local - moment).TotalHours) < 1)
            {
                return best.Date with { Day = other.Date.Day };
            }

            var apart = other.Date.Day.DayNumber - best.Date.Day.DayNumber;
            if (other.Date.Zone != DateZone.Utc && apart is -1 or 1 && Near(moment, apart))
            {
                return best.Date with { Day = other.Date.Day };
            }
        }

        if (locale.OffsetOn(moment) is { } offset)
        {
            return best.Date with { Day = DateOnly.FromDateTime(moment.ToOffset(offset).DateTime) };
        }

        return best.Date;

        // The day before only for a time early in the UTC day, the day after only for a late one.
        static bool Near(DateTimeOffset moment, int apart) => apart < 0 ? moment.UtcDateTime.Hour < 12 : moment.UtcDateTime.Hour >= 12;
    }

    private static void AddVisible(List<DateCandidate> candidates, DateOnly? day, DateSource source, DateOnly latest)
    {
        if (day is { } found && Plausible(found, latest))
        {
            candidates.Add(new DateCandidate(source, new ParsedDate(found, null, DateZone.None)));
        }
    }

    private static DateCandidate? Best(List<DateCandidate> candidates)
    {
        DateCandidate? best = null;
        foreach (var candidate in candidates)
        {
            if (best is null || candidate.Source < best.Source)
            {
                best = candidate;
            }
        }

        return best;
    }

    private static bool Plausible(DateOnly day, DateOnly latest) => day >= Earliest && day <= latest;

    /// <summary>
    /// The article's own time element: one marked as the publication date (<c>itemprop=datePublished</c>,
    /// <c>pubdate</c>), else the first after the headline, else the last before it, among those not inside a
    /// sidebar, a teaser, a related post or a comment; any other time element is weaker evidence.
    /// </summary>
    private static void AddTimes(List<DateCandidate> candidates, List<IElement> times, IElement? headline, DateOrder order, DateOnly latest)
    {
        DateCandidate? marked = null, after = null, before = null, any = null;
        var headlineAt = headline?.SourceReference?.Position.Index ?? -1;
        foreach (var element in times)
        {
            if (DateText.Parse(element.GetAttribute("datetime") ?? element.GetAttribute("content"), order) is not { } parsed || !Plausible(parsed.Day, latest))
            {
                continue;
            }

            var candidate = new DateCandidate(DateSource.ArticleTime, parsed);
            any ??= candidate with { Source = DateSource.Other };
            if (InForeignScope(element))
            {
                continue;
            }

            if (element.HasAttribute("pubdate") || (element.GetAttribute("itemprop") ?? string.Empty).Contains("datePublished", StringComparison.OrdinalIgnoreCase))
            {
                marked ??= candidate;
            }

            var at = element.SourceReference?.Position.Index ?? -1;
            if (headlineAt >= 0 && at > headlineAt)
            {
                after ??= candidate;
            }
            else if (headlineAt >= 0)
            {
                before = candidate;
            }
            else
            {
                after ??= candidate;
            }
        }

        if ((marked ?? after ?? before) is { } own)
        {
            candidates.Add(own);
        }
        else if (any is not null)
        {
            candidates.Add(any);
        }
    }

    private static bool InForeignScope(IElement element)
    {
        for (var e = element.ParentElement; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (e.LocalName is "aside" or "nav" or "footer")
            {
                return true;
            }

            foreach (var value in (string?[])[e.ClassName, e.Id])
            {
                if (string.IsNullOrEmpty(value))
                {
                    continue;
                }

                foreach (var token in BoilerplateRules.Tokens(value))
                {
                    if (ForeignScopes.Any(word => token.StartsWith(word, StringComparison.Ordinal)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
