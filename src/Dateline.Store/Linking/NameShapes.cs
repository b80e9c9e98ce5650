using Dateline.Core.Annotations;

namespace Dateline.Store.Linking;

/// <summary>
/// Recogniser output that names nothing, or more than one name glued together, before it is linked (docs/entities.md):
/// a lone initial ("Y.", "C."), a party-state tag ("D-Georgia", "R-Ariz."), a Roman numeral ("VII") name nothing; a
/// person span glued across page furniture ("Bernie Sanders Bernie SandersWarren", "Trump Donald John TrumpGOP") is
/// cut to the one name it starts with.
/// </summary>
public static class NameShapes
{
    /// <summary>Lower-case letters that must run before a capital for a join ("Trump|GOP", not "Mc|Connell", "Mac|Arthur").</summary>
    private const int GluedAfter = 4;

    /// <summary>The name to link <paramref name="name"/> by: itself, the one name a glued span starts with, or <c>null</c> when it names nothing.</summary>
    public static string? Clean(EntityLabel label, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split([' ', '\u00a0', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return name;
        }

        if (name.Count(char.IsLetter) == 1 || (words.Length == 1 && (IsPartyTag(words[0]) || IsRomanNumeral(words[0]))))
        {
            return null;
        }

        if (label != EntityLabel.PER)
        {
            return name;
        }

        var cut = Unglued(words);
        var glued = cut.Count < words.Length || cut[^1] != words[^1];
        var unrepeated = Unrepeated(cut);
        if (glued && unrepeated.Count == cut.Count && cut.Count > 1)
        {
            // Glued furniture that is not one name written twice ("Joseph DurbinPentagon"): no name to trust.
            return null;
        }

        return !glued && unrepeated.Count == words.Length ? name : string.Join(' ', unrepeated);
    }

    /// <summary>The words up to the first glued one, which keeps its part before the join.</summary>
    private static List<string> Unglued(string[] words)
    {
        var result = new List<string>(words.Length);
        foreach (var word in words)
        {
            var join = GlueAt(word);
            if (join > 0)
            {
                result.Add(word[..join]);
                break;
            }

            result.Add(word);
        }

        return result;
    }

    /// <summary>
    /// A span where a word comes back holds two writings of one name: "Bernie Sanders Bernie Sanders" -> "Bernie
    /// Sanders"; when the repeated word closes a longer second name it is that name ("Trump Donald John Trump" ->
    /// "Donald John Trump").
    /// </summary>
    private static List<string> Unrepeated(List<string> words)
    {
        if (words.Count >= 3 && words[0].Length > 2 && !string.Equals(words[0], words[^1], StringComparison.OrdinalIgnoreCase)
            && NameVariants.SameFirstName(words[0].ToLowerInvariant(), words[^1].ToLowerInvariant()) && !words.Skip(1).SkipLast(1).Any(w => w.Length <= 2))
        {
            // "Dick Durbin Richard": a name followed by the formal first name of the next writing.
            return words.GetRange(0, words.Count - 1);
        }

        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                if (words[i].Length < 2 || !string.Equals(words[i], words[j], StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                return j == words.Count - 1 && j - i >= 3 ? words.GetRange(i + 1, j - i) : words.GetRange(0, j);
            }
        }

        return words;
    }

    /// <summary>U.S. states and their AP abbreviations and postal codes, as party-state tags write them.</summary>
    private static readonly HashSet<string> States = new(
        ("Alabama Ala AL Alaska AK Arizona Ariz AZ Arkansas Ark AR California Calif CA Colorado Colo CO Connecticut Conn CT "
        + "Delaware Del DE Florida Fla FL Georgia Ga GA Hawaii HI Idaho ID Illinois Ill IL Indiana Ind IN Iowa IA Kansas Kan KS "
        + "Kentucky Ky KY Louisiana La LA Maine ME Maryland Md MD Massachusetts Mass MA Michigan Mich MI Minnesota Minn MN "
        + "Mississippi Miss MS Missouri Mo MO Montana Mont MT Nebraska Neb NE Nevada Nev NV NH NJ NM NY NC ND Ohio OH "
        + "Oklahoma Okla OK Oregon Ore OR Pennsylvania Pa PA RI SC SD Tennessee Tenn TN Texas TX Utah UT Vermont Vt VT "
        + "Virginia Va VA Washington Wash WA WVa WV Wisconsin Wis WI Wyoming Wyo WY").Split(' '),
        StringComparer.Ordinal);

    /// <summary>"D-Georgia", "R-Ariz.", "D-N.Y.": a party letter, a hyphen and a state ("D-Day" is no tag).</summary>
    private static bool IsPartyTag(string word) =>
        word.Length >= 4 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && States.Contains(word[2..].Replace(".", string.Empty, StringComparison.Ordinal));

    private static bool IsRomanNumeral(string word) => word.Length >= 2 && word.All(c => c is 'I' or 'V' or 'X');

    /// <summary>Where a capital follows a run of lower-case letters ("Trump|GOP", "Sanders|Warren"); 0 when none does.</summary>
    private static int GlueAt(string word)
    {
        if (!word.All(c => char.IsLetter(c) || c is '.' or '\'' or '-'))
        {
            // Only a word of letters can be two words run together ("<img" or "x=1" is no name at all).
            return 0;
        }

        var lower = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && lower >= GluedAfter)
            {
                return i;
            }

            lower = char.IsLower(word[i]) ? lower + 1 : 0;
        }

        return 0;
    }
}
