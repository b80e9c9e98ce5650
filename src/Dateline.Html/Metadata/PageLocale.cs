namespace Dateline.Html.Metadata;

/// <summary>
/// What the page's language tag (<c>&lt;html lang&gt;</c>, <c>og:locale</c>, <c>content-language</c>) and its
/// address's country domain say about how it writes dates: day or month first, and the publisher's usual UTC
/// offset (to turn a UTC time stamp into the publisher's local day).
/// </summary>
internal sealed class PageLocale
{
    /// <summary>Standard offsets in hours of countries whose pages are common; <c>Dst</c>: summer time (northern, April to October) adds an hour.</summary>
    private static readonly Dictionary<string, (double Hours, bool Dst)> Offsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us"] = (-5, true), ["ca"] = (-5, true), ["mx"] = (-6, false), ["ar"] = (-3, false), ["br"] = (-3, false), ["uy"] = (-3, false),
        ["cl"] = (-4, false), ["py"] = (-4, false), ["bo"] = (-4, false), ["ve"] = (-4, false), ["co"] = (-5, false), ["pe"] = (-5, false),
        ["ec"] = (-5, false), ["cu"] = (-5, false), ["gt"] = (-6, false), ["cr"] = (-6, false),
        ["uk"] = (0, true), ["gb"] = (0, true), ["ie"] = (0, true), ["pt"] = (0, true),
        ["de"] = (1, true), ["at"] = (1, true), ["ch"] = (1, true), ["fr"] = (1, true), ["it"] = (1, true), ["es"] = (1, true),
        ["nl"] = (1, true), ["be"] = (1, true), ["lu"] = (1, true), ["pl"] = (1, true), ["cz"] = (1, true), ["sk"] = (1, true),
        ["dk"] = (1, true), ["se"] = (1, true), ["no"] = (1, true), ["hu"] = (1, true), ["si"] = (1, true), ["hr"] = (1, true),
        ["fi"] = (2, true), ["gr"] = (2, true), ["ro"] = (2, true), ["bg"] = (2, true), ["ee"] = (2, true), ["lv"] = (2, true), ["lt"] = (2, true),
        ["in"] = (5.5, false), ["jp"] = (9, false), ["kr"] = (9, false), ["cn"] = (8, false), ["au"] = (10, false), ["nz"] = (12, false),
    };

    /// <summary>Languages whose pages write the day first; English depends on the country.</summary>
    private static readonly HashSet<string> DayFirstLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "da", "sv", "no", "nb", "nn", "fi", "ru", "uk", "tr", "el", "ro", "hr", "sl", "sr", "bg", "ca", "ga", "et", "lv", "lt", "id", "vi",
    };

    private static readonly HashSet<string> DayFirstEnglish = new(StringComparer.OrdinalIgnoreCase) { "gb", "uk", "ie", "au", "nz", "in", "za", "sg", "my", "ng", "ke", "pk" };

    private PageLocale(string? language, string? country)
    {
        Language = language;
        Country = country;
    }

    /// <summary>The language subtag (<c>de</c>, <c>en</c>), lower case, or <c>null</c>.</summary>
    public string? Language { get; }

    /// <summary>The country: the language tag's region (<c>en-US</c>), else the address's country domain, or <c>null</c>.</summary>
    public string? Country { get; }

    public static PageLocale Of(string? languageTag, string? url)
    {
        string? language = null;
        string? region = null;
        if (!string.IsNullOrWhiteSpace(languageTag))
        {
            var parts = languageTag.Trim().Split('-', '_');
            language = parts[0].ToLowerInvariant();
            region = parts.Length > 1 && parts[1].Length == 2 ? parts[1].ToLowerInvariant() : null;
        }

        return new PageLocale(language, region ?? CountryDomain(url));
    }

    /// <summary>How numeric days are written on the page.</summary>
    public DateOrder Order
    {
        get
        {
            if (Language is "en")
            {
                return Country is null ? DateOrder.Unknown : DayFirstEnglish.Contains(Country) ? DateOrder.DayFirst : Country is "us" or "ph" ? DateOrder.MonthFirst : DateOrder.Unknown;
            }

            if (Language is not null)
            {
                return DayFirstLanguages.Contains(Language) ? DateOrder.DayFirst : DateOrder.Unknown;
            }

            return Country is null ? DateOrder.Unknown : Country is "us" ? DateOrder.MonthFirst : Offsets.ContainsKey(Country) && Country is not ("cn" or "jp" or "kr") ? DateOrder.DayFirst : DateOrder.Unknown;
        }
    }

    /// <summary>The publisher's offset from UTC on <paramref name="moment"/>'s day, when the country is known.</summary>
    public TimeSpan? OffsetOn(DateTimeOffset moment)
    {
        if (Country is null || !Offsets.TryGetValue(Country, out var offset))
        {
            return null;
        }

        var summer = offset.Dst && moment.UtcDateTime.Month is >= 4 and <= 10;
        return TimeSpan.FromHours(offset.Hours + (summer ? 1 : 0));
    }

    /// <summary>The country of an address's domain (<c>.de</c>, <c>.com.ar</c>), or <c>null</c> for generic domains.</summary>
    internal static string? CountryDomain(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host;
        var dot = host.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var tld = host[(dot + 1)..].ToLowerInvariant();
        return tld.Length == 2 ? tld : null;
    }
}
