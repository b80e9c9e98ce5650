using System.Globalization;
using System.Text;
using Dateline.Core.Annotations;

namespace Dateline.Store.Linking;

/// <summary>
/// The normalised keys corpus linking compares (docs/entities.md): case-folded, dots and apostrophes dropped
/// ("U.S." = "US"), a leading "the" dropped, for people leading titles and a lone middle initial dropped
/// ("Donald J. Trump" = "Donald Trump"), for organisations "Department of X" read as "X Department", and
/// known variants mapped to one key ("U.S." = "United States" as a place).
/// </summary>
public static class EntityNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "vice", "former", "sen", "senator", "rep", "representative",
        "gov", "governor", "secretary", "gen", "general", "judge", "justice", "speaker", "rev", "prof", "professor", "lt", "col",
        "sgt", "capt", "adm", "atty", "attorney", "mayor", "chairman", "chairwoman", "prime", "minister", "first", "lady", "pope",
        "king", "queen", "prince", "princess", "sheikh", "ambassador", "director", "commissioner", "detective", "officer", "chancellor",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>Words written two ways in names: abbreviations and British spellings ("World Trade Organisation").</summary>
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["dept"] = "department", ["organisation"] = "organization", ["organisations"] = "organizations", ["defence"] = "defense",
        ["centre"] = "center", ["centres"] = "centers", ["programme"] = "program",
    };

    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal) { "of", "the", "and", "for", "on", "in", "&", "to", "at" };

    /// <summary>The key an entity of <paramref name="label"/> named <paramref name="name"/> is linked by; empty when nothing is left.</summary>
    public static string Key(EntityLabel label, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = Tokens(name);
        if (tokens.Count > 1 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        if (label == EntityLabel.PER)
        {
            while (tokens.Count > 1 && Titles.Contains(tokens[0]))
            {
                tokens.RemoveAt(0);
            }

            JoinInitials(tokens);
            var joined = string.Join(' ', tokens);
            var core = tokens.Count - (tokens.Count > 2 && Suffixes.Contains(tokens[^1]) ? 1 : 0);
            if (core == 3 && tokens[1].Length == 1 && !NameVariants.KeepsInitials(joined))
            {
                tokens.RemoveAt(1);
            }
        }
        else if (label == EntityLabel.ORG)
        {
            if (tokens.Count > 2 && (tokens[0] == "us" || (tokens[0] == "united" && tokens.Count > 3 && tokens[1] == "states")))
            {
                // "U.S. Supreme Court" = "Supreme Court", "U.S. Department of Justice" = "Department of Justice".
                tokens = tokens.Skip(tokens[0] == "us" ? 1 : 2).ToList();
            }

            if (tokens.Count > 2 && tokens[0] == "department" && tokens[1] == "of")
            {
                var rest = tokens.Skip(tokens[2] == "the" && tokens.Count > 3 ? 3 : 2).ToList();
                rest.Add("department");
                tokens = rest;
            }
        }

        var key = string.Join(' ', tokens);
        return NameVariants.Canonical(label, label == EntityLabel.LOC && EntityForms.IsCaps(name) ? NameVariants.InCapitals(key) : key);
    }

    /// <summary>Runs of single letters become one word: "H. R. McMaster" = "H.R. McMaster", "George H. W. Bush" = "George H.W. Bush".</summary>
    private static void JoinInitials(List<string> tokens)
    {
        var initials = false;
        var joined = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var single = tokens[i].Length == 1 && char.IsLetter(tokens[i][0]);
            if (single && initials)
            {
                tokens[joined - 1] += tokens[i];
                continue;
            }

            tokens[joined++] = tokens[i];
            initials = single;
        }

        tokens.RemoveRange(joined, tokens.Count - joined);
    }

    /// <summary>The surname of a person key with a first name and a surname ("donald trump jr" has "trump"); <c>null</c> otherwise.</summary>
    public static string? Surname(string key)
    {
        var tokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = tokens.Length;
        while (count > 1 && Suffixes.Contains(tokens[count - 1]))
        {
            count--;
        }

        return count >= 2 ? tokens[count - 1] : null;
    }

    /// <summary>Whether a person key is one name alone ("obama"): a surname, a first name, or a mononym.</summary>
    public static bool IsSingleName(string key) => key.Length > 0 && !key.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// Whether two full-name person keys may name one person: the same surname and compatible first names
    /// ("Jeff"/"Jeffrey", "Bill"/"William"); "bill clinton" and "hillary clinton" may not.
    /// </summary>
    public static bool SamePerson(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var surnameA = Surname(a);
        var surnameB = Surname(b);
        if (surnameA is null || surnameB is null || surnameA != surnameB || Suffix(a) != Suffix(b))
        {
            return false;
        }

        // Middle names or initials both given must agree ("george w bush" is not "george h w bush").
        var middleA = Middle(a);
        var middleB = Middle(b);
        if (middleA.Length > 0 && middleB.Length > 0 && middleA != middleB)
        {
            return false;
        }

        return NameVariants.SameFirstName(a[..a.IndexOf(' ', StringComparison.Ordinal)], b[..b.IndexOf(' ', StringComparison.Ordinal)]);
    }

    /// <summary>
    /// Whether two full-name person keys are one name but for a suffix one of them has ("joseph biden jr",
    /// "joe biden"): the same person unless the corpus shows both apart.
    /// </summary>
    public static bool SameButSuffix(string a, string b)
    {
        var suffixA = Suffix(a);
        var suffixB = Suffix(b);
        if ((suffixA is null) == (suffixB is null))
        {
            return false;
        }

        var baseA = suffixA is null ? a : a[..a.LastIndexOf(' ')];
        var baseB = suffixB is null ? b : b[..b.LastIndexOf(' ')];
        return !IsSingleName(baseA) && !IsSingleName(baseB) && SamePerson(baseA, baseB);
    }

    private static string Middle(string key)
    {
        var tokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 1 && Suffixes.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens.Count > 2 ? string.Join(' ', tokens.Skip(1).Take(tokens.Count - 2)) : string.Empty;
    }

    /// <summary>
    /// Whether <paramref name="acronym"/> (a key of 2 to 8 letters) is made of the initials of
    /// <paramref name="expansion"/>'s words, with or without its minor words ("fbi", "federal bureau of investigation").
    /// </summary>
    public static bool IsAcronymOf(string acronym, string expansion)
    {
        if (acronym.Length is < 2 or > 8 || acronym.Contains(' ', StringComparison.Ordinal) || !acronym.All(char.IsLetter))
        {
            return false;
        }

        var words = expansion.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var all = string.Concat(words.Select(w => w[0]));
        var major = string.Concat(words.Where(w => !Minor.Contains(w)).Select(w => w[0]));
        return acronym == all || acronym == major;
    }

    /// <summary>The acronyms a key of several words spells: the initials of all its words, and of its words but the minor ones.</summary>
    public static IEnumerable<string> Initials(string key)
    {
        var words = key.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            yield break;
        }

        var all = string.Concat(words.Select(w => w[0]));
        var major = string.Concat(words.Where(w => !Minor.Contains(w)).Select(w => w[0]));
        yield return all;
        if (major != all && major.Length >= 2)
        {
            yield return major;
        }
    }

    /// <summary>Lower-cased words: dots and apostrophes dropped inside words, '&amp;' and '-' kept, any other punctuation a break; a possessive 's dropped.</summary>
    private static List<string> Tokens(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '.' or '\'' or '\u2019' or '\u2018')
            {
                builder.Append('\'');
            }
            else if (c is '&' or '-')
            {
                builder.Append(' ').Append(c).Append(' ');
            }
            else
            {
                builder.Append(' ');
            }
        }

        var tokens = new List<string>();
        foreach (var raw in builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.EndsWith("'s", StringComparison.Ordinal) && raw.Length > 3 && char.IsLetter(raw[^3]) && raw.Count(ch => ch == '\'') == 1 ? raw[..^2] : raw;
            word = word.Replace("'", string.Empty, StringComparison.Ordinal);
            if (word.Length > 0)
            {
                tokens.Add(word);
            }
        }

        // "Ocasio-Cortez" stays one word; a hyphen between spaces is dropped.
        var joined = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "-" && joined.Count > 0 && i + 1 < tokens.Count && tokens[i + 1] != "-" && tokens[i + 1] != "&")
            {
                joined[^1] = joined[^1] + "-" + tokens[++i];
            }
            else if (tokens[i] != "-")
            {
                joined.Add(Spellings.TryGetValue(tokens[i], out var spelling) ? spelling : tokens[i]);
            }
        }

        return joined;
    }

    private static string? Suffix(string key)
    {
        var last = key[(key.LastIndexOf(' ') + 1)..];
        return Suffixes.Contains(last) ? last : null;
    }

    /// <summary>The month (<c>yyyy-MM</c>) <paramref name="months"/> after <paramref name="month"/>.</summary>
    internal static string AddMonths(string month, int months)
    {
        var date = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(months);
        return date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
