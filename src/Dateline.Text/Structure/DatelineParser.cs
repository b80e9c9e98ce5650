using Dateline.Text.Places;

namespace Dateline.Text.Structure;

/// <summary>
/// Reads datelines: on their own line ("ALBUQUERQUE, N.M.", "WASHINGTON (AP)") or starting the first body
/// line ("WASHINGTON (AP) — ...", "LONDON, Feb 26 - ...", "NEW YORK, March 3 (Reuters) - ...",
/// "PORTLAND, Ore., Feb 26 - ..."). A dateline is a place (capitalised words), then optional comma-separated
/// parts, each a region or country, a date ("Feb 26", "March 3, 2017") or an agency ("Reuter"), then an
/// optional "(Agency)" and, inline, a dash. The place is resolved against the <see cref="Gazetteer"/>.
/// </summary>
internal sealed class DatelineParser
{
    private const int MaxPrefixLength = 90;
    private const int MaxPlaceWords = 5;
    private const int MaxOwnLinePlaceWords = 3;
    private const int MaxSmallWords = 2;
    private const int MaxParts = 5;
    private const int MaxPlaceWordsBeforeDate = 3;

    private static readonly string[] Connectors = ["de", "da", "do", "du", "des", "del", "la", "le", "el", "of", "the", "es", "am", "an", "sur", "en", "upon", "on"];

    private readonly Gazetteer _gazetteer;

    public DatelineParser(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
    }

    /// <summary>A dateline that is the whole line.</summary>
    public bool TryOwnLine(ReadOnlySpan<char> line, out DatelineMatch match)
    {
        match = default;
        if (line.Length > MaxPrefixLength)
        {
            return false;
        }

        // A dash closing the line marks a dateline as surely as a date does: parts we cannot read are then tolerated.
        var prefix = line.TrimEnd("-–— ".AsSpan());
        var dashed = prefix.Length < line.Length && line.TrimEnd()[^1] is '-' or '–' or '—';
        return TryPrefix(prefix, strict: !dashed, out var parsed)
            && Build(parsed, line.Length, line.Length, out match);
    }

    /// <summary>A dateline followed by a dash and the first words of the body.</summary>
    public bool TryInline(ReadOnlySpan<char> line, out DatelineMatch match)
    {
        match = default;
        var dash = FindDash(line);
        if (dash <= 0)
        {
            return false;
        }

        var dashEnd = dash;
        while (dashEnd < line.Length && line[dashEnd] is '-' or '–' or '—' or '_')
        {
            dashEnd++;
        }

        var bodyStart = dashEnd;
        while (bodyStart < line.Length && char.IsWhiteSpace(line[bodyStart]))
        {
            bodyStart++;
        }

        if (bodyStart == line.Length)
        {
            return false;
        }

        return TryPrefix(line[..dash].TrimEnd(), strict: false, out var parsed)
            && Build(parsed, dashEnd, bodyStart, out match);
    }

    /// <summary>The first dash that follows a space or ")" within the prefix window, or -1.</summary>
    private static int FindDash(ReadOnlySpan<char> line)
    {
        var limit = Math.Min(line.Length, MaxPrefixLength);
        for (var i = 1; i < limit; i++)
        {
            var c = line[i];
            if (c is '—' or '–' || (c is '-' or '_' && (line[i - 1] is ' ' or ')' || (char.IsAsciiDigit(line[i - 1]) && i + 1 < line.Length && line[i + 1] == ' '))))
            {
                return i;
            }
        }

        return -1;
    }

    private bool TryPrefix(ReadOnlySpan<char> prefix, bool strict, out DatelineParts parsed)
    {
        parsed = default;
        if (prefix.Length == 0)
        {
            return false;
        }

        string? agency = null;
        if (prefix[^1] == ')')
        {
            var open = prefix.LastIndexOf('(');
            if (open <= 0 || Agencies.Exact(prefix[(open + 1)..^1]) is not { } named)
            {
                return false;
            }

            agency = named;
            prefix = prefix[..open].TrimEnd();
        }

        Span<Range> parts = stackalloc Range[MaxParts + 1];
        var count = prefix.Split(parts, ',');
        if (count > MaxParts)
        {
            return false;
        }

        var place = prefix[parts[0]].Trim();
        var hasDate = false;

        // "JOHANNESBURG March 13 -": a date without a comma (inline only, a short place, a day given).
        if (!strict && SplitAtDate(place, out var left) && WordCount(left) <= MaxPlaceWordsBeforeDate && place[left.Length..].ContainsAnyInRange('0', '9'))
        {
            place = left;
            hasDate = true;
        }

        if (!IsPlace(place, strict ? MaxOwnLinePlaceWords : MaxPlaceWords, out var allCaps, out var smallWords))
        {
            return false;
        }

        Place? region = null, country = null;
        var unknown = 0;
        for (var p = 1; p < count; p++)
        {
            var part = prefix[parts[p]].Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (IsDate(part))
            {
                hasDate = true;
            }
            else if (Resolve(part, ref region, ref country))
            {
                continue;
            }
            else if (Agencies.Exact(part) is { } named)
            {
                agency ??= named;
            }
            else
            {
                // "Va. Feb 26": a region and a date without a comma between.
                if (SplitAtDate(part, out var before) && Resolve(before, ref region, ref country))
                {
                    hasDate = true;
                }
                else
                {
                    unknown++;
                }
            }
        }

        // A place in small letters ("omaha, April 7 -", "Mexico city, March 2 -") needs a date and nothing unread.
        // A date or an agency is strong evidence; a resolved region or country, or a known place in capitals, is enough
        // when every part was understood. Parts we cannot read are tolerated only inline, after a place in capitals, with a date or agency.
        var strong = hasDate || agency is not null;
        var known = region is not null || country is not null;
        var placeKnown = _gazetteer.TryCity(place, null, null, out _) || _gazetteer.TryCountry(place, out _);
        var accepted = smallWords > 0
            ? !strict && hasDate && unknown == 0 && smallWords <= MaxSmallWords
            : unknown == 0
                ? strong || known || (allCaps && placeKnown)
                : !strict && allCaps && strong;
        if (!accepted)
        {
            return false;
        }

        parsed = new DatelineParts(place.ToString(), allCaps, region, country, agency);
        return true;
    }

    private bool Resolve(ReadOnlySpan<char> part, ref Place? region, ref Place? country)
    {
        if (region is null && _gazetteer.TryRegion(part, out var r))
        {
            region = r;
            return true;
        }

        if (country is null && _gazetteer.TryCountry(part, out var c))
        {
            country = c;
            return true;
        }

        return false;
    }

    private bool Build(DatelineParts parsed, int length, int bodyStart, out DatelineMatch match)
    {
        var placeText = parsed.Place.AsSpan();
        var countryCode = parsed.Country?.Country ?? parsed.Region?.Country;
        string? regionName = parsed.Region?.Name;
        Place? known = null;
        if (_gazetteer.TryCity(placeText, regionName, countryCode, out var city))
        {
            known = city;
            regionName ??= city.Region;
            countryCode ??= city.Country;
        }
        else if (regionName is null && countryCode is null && _gazetteer.TryCountry(placeText, out var country))
        {
            known = country;
            countryCode = country.Country;
        }
        else if (regionName is null && countryCode is null && _gazetteer.TryRegion(placeText, out var region))
        {
            known = region;
            regionName = region.Name;
            countryCode = region.Country;
        }

        var name = known is not null && placeText.Equals(known.Name, StringComparison.OrdinalIgnoreCase)
            ? known.Name
            : NameCasing.Normalize(placeText);
        match = new DatelineMatch(length, bodyStart, name, regionName, countryCode, parsed.Agency);
        return true;
    }

    /// <summary>Words of letters, periods, hyphens and apostrophes, starting with a letter; <paramref name="smallWords"/> counts words that are neither capitalised nor connectors ("de", "of").</summary>
    private static bool IsPlace(ReadOnlySpan<char> place, int maxWords, out bool allCaps, out int smallWords)
    {
        allCaps = true;
        smallWords = 0;
        if (place.Length == 0 || !char.IsLetter(place[0]))
        {
            return false;
        }

        var words = 0;
        foreach (var range in place.Split(' '))
        {
            var word = place[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (++words > maxWords)
            {
                return false;
            }

            if (!char.IsUpper(word[0]) && !IsConnector(word))
            {
                smallWords++;
            }

            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    allCaps = false;
                }
                else if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '’' or '&' or '/'))
                {
                    return false;
                }
            }
        }

        return words > 0;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.Split(' '))
        {
            count += text[range].Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static bool IsConnector(ReadOnlySpan<char> word)
    {
        foreach (var connector in Connectors)
        {
            if (word.Equals(connector, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Feb 26", "March 3", "Sept. 3", "2017", "March 3 2017": a month (then numbers) or a year alone.</summary>
    private static bool IsDate(ReadOnlySpan<char> part)
    {
        var first = true;
        var month = false;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (first && (MonthNames.Parse(word) > 0 || IsMisspeltMonth(part, word)))
            {
                month = true;
            }
            else if (!IsNumber(word) || (!month && word.Length != 4))
            {
                return false;
            }

            first = false;
        }

        return !first;
    }

    /// <summary>A short word of letters followed by a day number ("Narch 2", "Apri 13", "ABR 7"): a month misspelt or in another language.</summary>
    private static bool IsMisspeltMonth(ReadOnlySpan<char> part, ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 9)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        var rest = part[word.Length..].Trim();
        return rest.Length is 1 or 2 && IsNumber(rest) && int.Parse(rest, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return word.Length is > 0 and <= 4;
    }

    /// <summary>Splits "JOHANNESBURG March 13" into the words before the date; false when no date ends the text.</summary>
    private static bool SplitAtDate(ReadOnlySpan<char> text, out ReadOnlySpan<char> before)
    {
        before = default;
        foreach (var range in text.Split(' '))
        {
            var (start, _) = range.GetOffsetAndLength(text.Length);
            if (start > 0 && MonthNames.Parse(text[range]) > 0 && IsDate(text[start..]))
            {
                before = text[..start].TrimEnd();
                return before.Length > 0;
            }
        }

        return false;
    }
}
