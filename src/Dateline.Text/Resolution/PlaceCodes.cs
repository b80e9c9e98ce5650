using System.Collections.Frozen;

namespace Dateline.Text.Resolution;

/// <summary>U.S. state names and their postal codes, for acronyms such as "ACLU-NM" and places such as "N.M.".</summary>
internal static class PlaceCodes
{
    private static readonly (string Name, string Code, string Short)[] States =
    [
        ("Alabama", "AL", "Ala."), ("Alaska", "AK", "Alaska"), ("Arizona", "AZ", "Ariz."), ("Arkansas", "AR", "Ark."),
        ("California", "CA", "Calif."), ("Colorado", "CO", "Colo."), ("Connecticut", "CT", "Conn."), ("Delaware", "DE", "Del."),
        ("Florida", "FL", "Fla."), ("Georgia", "GA", "Ga."), ("Hawaii", "HI", "Hawaii"), ("Idaho", "ID", "Idaho"),
        ("Illinois", "IL", "Ill."), ("Indiana", "IN", "Ind."), ("Iowa", "IA", "Iowa"), ("Kansas", "KS", "Kan."),
        ("Kentucky", "KY", "Ky."), ("Louisiana", "LA", "La."), ("Maine", "ME", "Maine"), ("Maryland", "MD", "Md."),
        ("Massachusetts", "MA", "Mass."), ("Michigan", "MI", "Mich."), ("Minnesota", "MN", "Minn."), ("Mississippi", "MS", "Miss."),
        ("Missouri", "MO", "Mo."), ("Montana", "MT", "Mont."), ("Nebraska", "NE", "Neb."), ("Nevada", "NV", "Nev."),
        ("New Hampshire", "NH", "N.H."), ("New Jersey", "NJ", "N.J."), ("New Mexico", "NM", "N.M."), ("New York", "NY", "N.Y."),
        ("North Carolina", "NC", "N.C."), ("North Dakota", "ND", "N.D."), ("Ohio", "OH", "Ohio"), ("Oklahoma", "OK", "Okla."),
        ("Oregon", "OR", "Ore."), ("Pennsylvania", "PA", "Pa."), ("Rhode Island", "RI", "R.I."), ("South Carolina", "SC", "S.C."),
        ("South Dakota", "SD", "S.D."), ("Tennessee", "TN", "Tenn."), ("Texas", "TX", "Texas"), ("Utah", "UT", "Utah"),
        ("Vermont", "VT", "Vt."), ("Virginia", "VA", "Va."), ("Washington", "WA", "Wash."), ("West Virginia", "WV", "W.Va."),
        ("Wisconsin", "WI", "Wis."), ("Wyoming", "WY", "Wyo."), ("District of Columbia", "DC", "D.C."),
    ];

    private static readonly FrozenDictionary<string, string> CodeByName =
        States.ToFrozenDictionary(s => s.Name, s => s.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>States named like a city: their abbreviation names the state ("Wash." is Washington State, not the capital).</summary>
    private static readonly FrozenSet<string> CityNamed = new[] { "New York", "Washington" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> NameByShort =
        States.Where(s => s.Short.EndsWith('.'))
            .ToFrozenDictionary(s => s.Short, s => CityNamed.Contains(s.Name) ? s.Name + " State" : s.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodeByNameLookup =
        CodeByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> NameByShortLookup =
        NameByShort.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The postal code of a state name ("New Mexico" -> "NM").</summary>
    public static string? CodeOf(ReadOnlySpan<char> name) => CodeByNameLookup.TryGetValue(name, out var code) ? code : null;

    /// <summary>The full state name of an AP-style abbreviation ("N.M." -> "New Mexico", "N.Y." -> "New York State").</summary>
    public static string? NameOfAbbreviation(ReadOnlySpan<char> abbreviation) => NameByShortLookup.TryGetValue(abbreviation, out var name) ? name : null;
}
