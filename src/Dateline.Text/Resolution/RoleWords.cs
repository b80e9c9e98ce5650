using System.Collections.Frozen;

namespace Dateline.Text.Resolution;

/// <summary>Words of titles and roles that stand before a name ("U.S. Attorney General", "Executive Director", "spokesman").</summary>
internal static class RoleWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "president", "vice", "attorney", "general", "secretary", "sen.", "senator", "rep.", "representative", "gov.", "governor",
        "mayor", "executive", "director", "ceo", "cfo", "coo", "chief", "officer", "spokesman", "spokeswoman", "spokesperson",
        "chairman", "chairwoman", "chair", "chairperson", "minister", "prime", "judge", "sheriff", "commissioner", "councilor",
        "councillor", "councilman", "councilwoman", "chancellor", "superintendent", "professor", "prof.", "dr.", "lt.", "gen.",
        "col.", "sgt.", "capt.", "adm.", "maj.", "rev.", "leader", "manager", "campaign", "candidate", "presidential", "nominee",
        "speaker", "majority", "minority", "whip", "ambassador", "deputy", "assistant", "former", "acting", "interim", "senior",
        "adviser", "advisor", "press", "founder", "co-founder", "cofounder", "analyst", "economist", "lawyer", "police",
        "detective", "coach", "head", "lady", "pope", "king", "queen", "prince", "princess", "congressman", "congresswoman",
        "lawmaker", "delegate", "justice", "district", "u.s.", "state", "federal", "county", "city", "national", "security",
        "homeland", "foreign", "defense", "treasury", "labor", "health", "education", "energy", "interior", "commerce",
        "agriculture", "transportation", "legal", "policy", "communications", "staff", "managing", "editor", "reporter",
        "correspondent", "columnist", "pastor", "bishop", "cardinal", "rabbi", "imam", "activist", "organizer", "strategist",
        "pollster", "consultant", "researcher", "scientist", "physician", "doctor", "nurse", "surgeon", "prosecutor",
        "solicitor", "trooper", "officer", "agent", "inspector", "auditor", "treasurer", "clerk", "administrator", "chairs",
        "gop", "democratic", "republican", "independent", "libertarian", "house", "senate", "majority", "white", "first",
        "undersecretary", "under", "associate", "emeritus", "dean", "provost", "principal", "trustee", "regent", "board",
        "member", "vp", "svp", "evp", "cto", "founding", "partner", "owner", "operator", "commander", "admiral", "colonel",
        "sergeant", "captain", "major", "lieutenant", "private", "corporal", "marshal", "warden", "chaplain", "mr.", "mrs.", "ms.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Honorifics give a gender but are not kept as titles.</summary>
    private static readonly FrozenSet<string> Honorifics = new[] { "mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificLookup = Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsRole(ReadOnlySpan<char> word) => Lookup.Contains(word);

    public static bool IsHonorific(ReadOnlySpan<char> word) => HonorificLookup.Contains(word);

    /// <summary>The gender a role or honorific implies ("spokeswoman", "Mrs."), if any.</summary>
    public static Gender GenderOf(ReadOnlySpan<char> word)
    {
        if (word.Equals("mr.", StringComparison.OrdinalIgnoreCase) || word.Equals("mr", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("man", StringComparison.OrdinalIgnoreCase) || word.Equals("king", StringComparison.OrdinalIgnoreCase)
            || word.Equals("prince", StringComparison.OrdinalIgnoreCase))
        {
            return word.EndsWith("woman", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Male;
        }

        if (word.Equals("mrs.", StringComparison.OrdinalIgnoreCase) || word.Equals("ms.", StringComparison.OrdinalIgnoreCase)
            || word.Equals("mrs", StringComparison.OrdinalIgnoreCase) || word.Equals("ms", StringComparison.OrdinalIgnoreCase)
            || word.Equals("miss", StringComparison.OrdinalIgnoreCase) || word.EndsWith("woman", StringComparison.OrdinalIgnoreCase)
            || word.Equals("queen", StringComparison.OrdinalIgnoreCase) || word.Equals("princess", StringComparison.OrdinalIgnoreCase)
            || word.Equals("lady", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Female;
        }

        return Gender.Unknown;
    }
}
