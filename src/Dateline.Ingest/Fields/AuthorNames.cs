namespace Dateline.Ingest.Fields;

/// <summary>
/// Splits an author string as dumps hold it (<c>"Ann Lee, Bo Chen and Cy Dee"</c>, <c>"By Ann Lee; Bo Chen"</c>)
/// into names, keeping suffixes such as <c>Jr.</c> with the name before them.
/// </summary>
internal static class AuthorNames
{
    private static readonly string[] Separators = [",", ";", "|", " and ", " & ", "\n"];

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "PhD", "Ph.D.", "MD", "M.D." };

    public static void Split(string value, List<string> names)
    {
        foreach (var part in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = part.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? part[3..].Trim() : part;
            if (name.Length == 0)
            {
                continue;
            }

            if (Suffixes.Contains(name) && names.Count > 0)
            {
                names[^1] = $"{names[^1]}, {name}";
                continue;
            }

            Add(name, names);
        }
    }

    public static void Add(string name, List<string> names)
    {
        name = name.Trim();
        if (name.Length > 0 && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            names.Add(name);
        }
    }
}
