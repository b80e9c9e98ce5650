namespace Dateline.Text.Structure;

/// <summary>News agencies and their canonical names ("AP" and "The Associated Press" are "Associated Press").</summary>
internal static class Agencies
{
    // Short acronyms match only in their own case, so that "Pa" or "Ap" inside a name is never an agency.
    private static readonly (string Alias, string Name, bool ExactCase)[] Table = Sorted(
    [
        ("The Associated Press", "Associated Press", false),
        ("Associated Press", "Associated Press", false),
        ("AP", "Associated Press", true),
        ("Thomson Reuters", "Reuters", false),
        ("Reuters", "Reuters", false),
        ("Reuter", "Reuters", false),
        ("Agence France-Presse", "Agence France-Presse", false),
        ("Agence France Presse", "Agence France-Presse", false),
        ("AFP", "Agence France-Presse", true),
        ("Bloomberg News", "Bloomberg", false),
        ("Bloomberg", "Bloomberg", false),
        ("United Press International", "UPI", false),
        ("UPI", "UPI", true),
        ("Deutsche Presse-Agentur", "dpa", false),
        ("dpa", "dpa", true),
        ("DPA", "dpa", true),
        ("Xinhua News Agency", "Xinhua", false),
        ("Xinhua", "Xinhua", false),
        ("Press Association", "PA", false),
        ("PA Media", "PA", false),
        ("PA", "PA", true),
        ("CNN", "CNN", true),
        ("Kyodo News", "Kyodo", false),
        ("Kyodo", "Kyodo", false),
        ("Yonhap", "Yonhap", false),
        ("ANSA", "ANSA", true),
        ("EFE", "EFE", true),
        ("Interfax", "Interfax", false),
        ("TASS", "TASS", false),
        ("The Canadian Press", "The Canadian Press", false),
        ("Canadian Press", "The Canadian Press", false),
        ("Australian Associated Press", "Australian Associated Press", false),
        ("AAP", "Australian Associated Press", true),
        ("Press Trust of India", "Press Trust of India", false),
        ("PTI", "Press Trust of India", true),
    ]);

    /// <summary>The agency that <paramref name="text"/> names exactly (ignoring surrounding whitespace), if any.</summary>
    public static string? Exact(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        foreach (var (alias, name, exactCase) in Table)
        {
            if (text.Equals(alias, exactCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The agency whose name starts <paramref name="text"/> and ends at a word boundary; <paramref name="length"/> is the matched length.</summary>
    public static string? StartOf(ReadOnlySpan<char> text, out int length)
    {
        foreach (var (alias, name, exactCase) in Table)
        {
            if (text.StartsWith(alias, exactCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                && (text.Length == alias.Length || !char.IsLetterOrDigit(text[alias.Length])))
            {
                length = alias.Length;
                return name;
            }
        }

        length = 0;
        return null;
    }

    private static (string Alias, string Name, bool ExactCase)[] Sorted((string Alias, string Name, bool ExactCase)[] table)
    {
        Array.Sort(table, (a, b) => b.Alias.Length.CompareTo(a.Alias.Length));
        return table;
    }
}
