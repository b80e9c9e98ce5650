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
        [(EntityLabel.ORG, "un")] = "united nations",
        [(EntityLabel.ORG, "eu")] = "european union",
        [(EntityLabel.LOC, "eu")] = "european union",
        [(EntityLabel.ORG, "gop")] = "republican party",
    };

    /// <summary>Person keys whose middle initials tell two people apart and are therefore kept.</summary>
    private static readonly HashSet<string> KeepInitials = new(StringComparer.Ordinal)
    {
        "george w bush",
        "george h w bush",
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
    ];

    private static readonly HashSet<(string, string)> NicknamePairs = [.. Nicknames, .. Nicknames.Select(p => (p.Item2, p.Item1))];

    /// <summary>The entry key a known variant maps to, or the key itself.</summary>
    public static string Canonical(EntityLabel label, string key) => Table.TryGetValue((label, key), out var canonical) ? canonical : key;

    /// <summary>Whether a person key's middle initials must stay.</summary>
    public static bool KeepsInitials(string key) => KeepInitials.Contains(key);

    /// <summary>Whether two first names may name one person: equal, one a prefix of the other ("Jeff", "Jeffrey"), or a known nickname pair.</summary>
    public static bool SameFirstName(string a, string b) =>
        a == b
        || (a.Length >= 3 && b.StartsWith(a, StringComparison.Ordinal))
        || (b.Length >= 3 && a.StartsWith(b, StringComparison.Ordinal))
        || NicknamePairs.Contains((a, b));
}
