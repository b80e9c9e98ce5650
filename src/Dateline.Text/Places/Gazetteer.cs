using System.Reflection;

namespace Dateline.Text.Places;

/// <summary>
/// A small bundled gazetteer (embedded <c>places.tsv</c>): ISO 3166 countries, US states with AP-style and
/// postal abbreviations, Canadian provinces, Australian states, the UK's nations, and a few hundred cities.
/// Look-ups ignore case, periods, spaces and hyphens ("N.M." = "NM", "ST LOUIS" = "St. Louis") and do not allocate.
/// </summary>
public sealed class Gazetteer
{
    private const int MaxKeyLength = 64;
    private static readonly Lazy<Gazetteer> Bundled = new(Load);

    private readonly Dictionary<string, Place> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place[]> _cities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> _countryLookup;
    private readonly Dictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> _regionLookup;
    private readonly Dictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _cityLookup;

    private Gazetteer(TextReader reader)
    {
        var cities = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "C":
                    var country = new Place(PlaceKind.Country, fields[2], null, fields[1]);
                    countryNames[fields[1]] = fields[2];
                    AddAll(_countries, country, fields[2], Field(fields, 3));
                    break;
                case "R":
                    AddAll(_regions, new Place(PlaceKind.Region, fields[2], fields[2], fields[1]), fields[2], Field(fields, 3));
                    break;
                case "P":
                    var region = Field(fields, 2);
                    var city = new Place(PlaceKind.City, fields[1], region.Length == 0 ? null : region, fields[3]);
                    foreach (var name in Names(fields[1], Field(fields, 4)))
                    {
                        var key = Key(name);
                        if (!cities.TryGetValue(key, out var list))
                        {
                            cities[key] = list = [];
                        }

                        list.Add(city);
                    }

                    break;
                default:
                    throw new InvalidDataException("Unknown gazetteer entry kind: " + fields[0]);
            }
        }

        foreach (var (key, list) in cities)
        {
            _cities[key] = [.. list];
        }

        _countryLookup = _countries.GetAlternateLookup<ReadOnlySpan<char>>();
        _regionLookup = _regions.GetAlternateLookup<ReadOnlySpan<char>>();
        _cityLookup = _cities.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The gazetteer bundled with Dateline.</summary>
    public static Gazetteer Default => Bundled.Value;

    public int CountryCount => _countries.Values.Distinct().Count();

    /// <summary>Reads a gazetteer in the bundled tab-separated format.</summary>
    public static Gazetteer Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Gazetteer(reader);
    }

    public bool TryCountry(ReadOnlySpan<char> name, out Place country) => TryGet(_countryLookup, name, out country);

    public bool TryRegion(ReadOnlySpan<char> name, out Place region) => TryGet(_regionLookup, name, out region);

    /// <summary>A city by name, the first listed one that lies in <paramref name="region"/> and <paramref name="country"/> when given.</summary>
    public bool TryCity(ReadOnlySpan<char> name, string? region, string? country, out Place city)
    {
        city = null!;
        Span<char> buffer = stackalloc char[MaxKeyLength];
        if (!TryKey(name, buffer, out var length) || !_cityLookup.TryGetValue(buffer[..length], out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if ((region is null || string.Equals(candidate.Region, region, StringComparison.Ordinal))
                && (country is null || string.Equals(candidate.Country, country, StringComparison.Ordinal)))
            {
                city = candidate;
                return true;
            }
        }

        return false;
    }

    private static bool TryGet(Dictionary<string, Place>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> name, out Place place)
    {
        place = null!;
        Span<char> buffer = stackalloc char[MaxKeyLength];
        return TryKey(name, buffer, out var length) && lookup.TryGetValue(buffer[..length], out place!);
    }

    /// <summary>The look-up key: letters and digits upper-cased, everything else dropped.</summary>
    private static bool TryKey(ReadOnlySpan<char> name, Span<char> buffer, out int length)
    {
        length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length == buffer.Length)
                {
                    return false;
                }

                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        return length > 0;
    }

    private static string Key(string name)
    {
        Span<char> buffer = stackalloc char[MaxKeyLength];
        return TryKey(name, buffer, out var length) ? new string(buffer[..length]) : throw new InvalidDataException("Bad gazetteer name: " + name);
    }

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : string.Empty;

    private static IEnumerable<string> Names(string name, string aliases)
    {
        yield return name;
        foreach (var alias in aliases.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return alias;
        }
    }

    private static void AddAll(Dictionary<string, Place> map, Place place, string name, string aliases)
    {
        foreach (var each in Names(name, aliases))
        {
            map.TryAdd(Key(each), place);
        }
    }

    private static Gazetteer Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dateline.Text.Places.places.tsv")
            ?? throw new InvalidOperationException("The bundled gazetteer (places.tsv) is missing.");
        using var reader = new StreamReader(stream);
        return new Gazetteer(reader);
    }
}
