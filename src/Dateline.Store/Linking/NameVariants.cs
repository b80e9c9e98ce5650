using Dateline.Core.Annotations;

namespace Dateline.Store.Linking;

/// <summary>
/// Known variants of one name that no rule derives (docs/entities.md): each maps a normalised key to the key
/// of its entry, for one label only ("America" is the United States only as a place).
/// </summary>
internal static class NameVariants
{
    private static readonly Dictionary<(EntityLabel, string), string> Table = new()
    {
        [(EntityLabel.LOC, "us")] = "united states",
        [(EntityLabel.LOC, "usa")] = "united states",
        [(EntityLabel.LOC, "united states of america")] = "united states",
        [(EntityLabel.LOC, "america")] = "united states",
        [(EntityLabel.LOC, "uk")] = "united kingdom",
        [(EntityLabel.LOC, "britain")] = "united kingdom",
        [(EntityLabel.LOC, "great britain")] = "united kingdom",
        [(EntityLabel.LOC, "uae")] = "united arab emirates",
        [(EntityLabel.LOC, "dc")] = "washington dc",
        [(EntityLabel.LOC, "washington d c")] = "washington dc",
        [(EntityLabel.LOC, "district of columbia")] = "washington dc",
        [(EntityLabel.LOC, "washington")] = "washington dc",
        [(EntityLabel.LOC, "state of washington")] = "washington state",
        [(EntityLabel.LOC, "nyc")] = "new york city",
        [(EntityLabel.LOC, "ny")] = "new york",
        [(EntityLabel.LOC, "new york state")] = "new york",
        [(EntityLabel.LOC, "state of new york")] = "new york",
        [(EntityLabel.ORG, "house of representatives")] = "house",
        [(EntityLabel.ORG, "us house")] = "house",
        [(EntityLabel.ORG, "us senate")] = "senate",
        [(EntityLabel.ORG, "un")] = "united nations",
        [(EntityLabel.ORG, "eu")] = "european union",
        [(EntityLabel.LOC, "eu")] = "european union",
        [(EntityLabel.ORG, "gop")] = "republican party",
        [(EntityLabel.ORG, "fed")] = "federal reserve",
        [(EntityLabel.ORG, "isis")] = "islamic state",
        [(EntityLabel.ORG, "isil")] = "islamic state",
    };

    /// <summary>Person keys whose middle initials tell two people apart and are therefore kept.</summary>
    private static readonly HashSet<string> KeepInitials = new(StringComparer.Ordinal)
    {
        "george w bush",
        "george hw bush",
    };

    /// <summary>Places that written in capitals are a dateline's city ("NEW YORK (AP)"), whatever they are otherwise.</summary>
    private static readonly Dictionary<string, string> Capitals = new(StringComparer.Ordinal)
    {
        ["new york"] = "new york city",
    };

    /// <summary>First names and the nicknames a corpus uses for them (either way round).</summary>
    private static readonly (string, string)[] Nicknames =
    [
        ("william", "bill"), ("william", "billy"), ("william", "will"), ("robert", "bob"), ("robert", "bobby"),
        ("richard", "dick"), ("james", "jim"), ("james", "jimmy"), ("joseph", "joe"), ("michael", "mike"),
        ("charles", "chuck"), ("elizabeth", "liz"), ("elizabeth", "betsy"), ("edward", "ted"), ("theodore", "ted"),
        ("margaret", "peggy"), ("alexandria", "aoc"), ("thomas", "tom"), ("christopher", "chris"),
        ("nicholas", "nick"), ("daniel", "dan"), ("steven", "steve"), ("stephen", "steve"), ("kenneth", "ken"),
        ("patrick", "pat"), ("anthony", "tony"), ("andrew", "andy"), ("jeffrey", "jeff"), ("john", "jack"),
        ("deborah", "debbie"), ("rebecca", "becky"), ("katherine", "kate"), ("kathleen", "kathy"),
        ("rudolph", "rudy"), ("gerald", "jerry"), ("jerrold", "jerry"), ("jerome", "jerry"), ("gerald", "gerry"),
        ("richard", "rick"), ("richard", "ricky"), ("charles", "charlie"), ("william", "willie"), ("james", "jamie"),
        ("joseph", "joey"), ("edward", "ed"), ("edward", "eddie"), ("edward", "teddy"), ("theodore", "teddy"),
        ("lawrence", "larry"), ("albert", "al"), ("alfred", "al"), ("harold", "hal"), ("henry", "hank"),
        ("henry", "harry"), ("john", "johnny"), ("david", "dave"), ("eugene", "gene"), ("francis", "frank"),
        ("susan", "sue"), ("patricia", "patty"), ("patricia", "pat"), ("jennifer", "jenny"), ("jennifer", "jen"),
        ("catherine", "cathy"), ("catherine", "kate"), ("margaret", "maggie"), ("margaret", "meg"),
        ("elizabeth", "beth"), ("elizabeth", "betty"), ("victoria", "vicky"), ("cynthia", "cindy"),
        ("alexandra", "alex"), ("terence", "terry"), ("terrence", "terry"), ("nathaniel", "nate"), ("nathan", "nate"),
        ("randolph", "randy"), ("robert", "robbie"), ("jacob", "jake"), ("thomas", "tommy"), ("michael", "mickey"),
        ("kenneth", "kenny"), ("stephen", "steven"), ("jefferson", "jeff"), ("mitchell", "mitch"), ("bernard", "bernie"),
    ];

    private static readonly HashSet<(string, string)> NicknamePairs = [.. Nicknames, .. Nicknames.Select(p => (p.Item2, p.Item1))];

    /// <summary>The entry key a known variant maps to, or the key itself.</summary>
    public static string Canonical(EntityLabel label, string key) => Table.TryGetValue((label, key), out var canonical) ? canonical : key;

    /// <summary>The key of a place written in capitals (a dateline): its city where the name is also a state's.</summary>
    public static string InCapitals(string key) => Capitals.TryGetValue(key, out var city) ? city : key;

    /// <summary>Whether a person key's middle initials must stay.</summary>
    public static bool KeepsInitials(string key) => KeepInitials.Contains(key);

    /// <summary>Whether two first names may name one person: equal, one a prefix of the other ("Jeff", "Jeffrey"), or a known nickname pair.</summary>
    public static bool SameFirstName(string a, string b) =>
        a == b
        || (a.Length >= 3 && b.StartsWith(a, StringComparison.Ordinal))
        || (b.Length >= 3 && a.StartsWith(b, StringComparison.Ordinal))
        || NicknamePairs.Contains((a, b));
}
