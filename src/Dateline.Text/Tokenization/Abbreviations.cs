using System.Collections.Frozen;

namespace Dateline.Text.Tokenization;

/// <summary>
/// Words that keep their trailing period in news text ("Calif.", "Aug.", "Jr.", "Dr."), and which of them
/// (titles, months) almost never end a sentence. Looked up through spans, without allocating.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles and name parts: what follows is part of the same sentence.</summary>
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Rev", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Cpl", "Pvt",
        "Adm", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Hon", "Pres", "Supt", "Det", "Insp", "Atty", "Sec", "Amb", "Fr", "Sr", "Jr",
        "St", "Ste", "Mt", "Ft", "Pt", "vs", "v", "No", "Nos", "Vol", "Art", "Fig", "pp", "approx", "ca", "cf", "Ave", "Blvd", "Rd",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "MR", "MRS", "MS", "DR", "GOV", "SEN", "REP", "GEN", "ST", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
    ]);

    /// <summary>Other abbreviations, which may end a sentence ("... Inc. The company said").</summary>
    private static readonly FrozenSet<string> Others = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Dept", "Univ", "Plc", "Pty", "Intl", "Mfg", "etc", "al", "eg", "ie", "Ph",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        "Alta", "Ont", "Que", "Sask", "Man", "Yr", "Yrs", "Mln", "Bln", "Pct", "Dist", "Cty", "Twp",
        "INC", "CORP", "CO", "LTD", "PLC", "CALIF", "FLA", "MASS", "WASH", "TEX",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup = Others.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => TitleLookup.Contains(word) || OtherLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> (without its period) is a title or month, after which a sentence never ends.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);
}
