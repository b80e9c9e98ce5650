using System.Globalization;
using System.Text;

namespace Dateline.Html.Metadata;

/// <summary>
/// Cleans author strings from page metadata and bylines: drops "By", splits lists ("A and B", "A, B"),
/// filters what is not a person's name (site names, URLs, e-mail addresses, "2 hours ago", "Staff"), and
/// proper-cases names written all in capitals or all in lower case.
/// </summary>
public static class AuthorNames
{
    private static readonly string[] Prefixes =
    [
        "by ", "von ", "par ", "por ", "door ", "di ", "author:", "autor:", "autorin:", "text:", "written by", "posted by", "geschrieben von",
        "ein beitrag von", "from ", "veröffentlicht von", "verfasst von", "gepostet von", "publié par", "interview:", "redaktion:", "author ", "autor ",
        "autorin ", "authors:", "autoren:",
    ];

    /// <summary>Link and label text that follows a name in bylines ("Jane Doe Alle Artikel", "View my complete profile").</summary>
    private static readonly string[] Suffixes = [" alle artikel", " alle beiträge", " view my complete profile", " afficher mon profil complet", " weiter", " shares", " mehr", " more", " profil"];

    private static readonly string[] Separators = [" and ", " und ", " & ", " et ", " y ", ";", "|", " / ", "\n"];

    private static readonly string[] Rejected =
    [
        "ago", "staff", "http", "www.", ".com", ".de", ".org", "@", "editor", "redaktion", "newsroom", "admin", "team",
        "desk", "updated", "published", "aktualisiert", "copyright", "©", "facebook", "twitter", "instagram", "email",
        "e-mail", "read more", "more from", "all posts", "view all", "follow", "minute", "stunde", "hour", "uhr",
        "reply", "antworten", "posted", "veröffentlicht", "publiziert", "zitieren", "anmelden", "profil", "beiträge", "alle artikel",
        "autorenseite", "kommentar", "comment", "liken", "teilen", "uncategorized", "allgemein", "zum inhalt", "startseite", "home",
    ];

    /// <summary>Labels that are never a name on their own ("Autor", "Text", "Edit").</summary>
    private static readonly string[] Labels =
    [
        "author", "authors", "autor", "autorin", "autoren", "auteur", "auteurs", "text", "texte", "por", "par", "beitrag", "edit", "bearbeiten",
        "mode", "datum", "quelle", "source", "fotos", "foto", "photo", "written", "artikel", "article", "news", "blog", "redacción",
    ];

    /// <summary>Cleans raw author strings; <paramref name="siteNames"/> (publisher, site name) are never authors.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string> raw, IEnumerable<string?> siteNames, bool lastNameFirst = false)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(siteNames);
        var sites = siteNames.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim().ToLowerInvariant()).ToList();
        var result = new List<string>();
        foreach (var value in raw)
        {
            foreach (var part in Split(System.Net.WebUtility.HtmlDecode(value), lastNameFirst))
            {
                var name = Tidy(part);
                if (name is null || !IsName(name, sites))
                {
                    continue;
                }

                name = ProperCase(name);
                if (!result.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    result.Add(name);
                }
            }
        }

        return result;
    }

    /// <summary>Whether a cleaned string can be a person's name.</summary>
    public static bool IsName(string name, IReadOnlyList<string> siteNames)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(siteNames);
        if (name.Length < 2 || name.Length > 60)
        {
            return false;
        }

        if (name.Any(char.IsDigit))
        {
            return false;
        }

        var lower = name.ToLowerInvariant();
        foreach (var word in Rejected)
        {
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (siteNames.Any(site => site == lower || (site.Length > 3 && (lower.Contains(site, StringComparison.Ordinal) || site.Contains(lower, StringComparison.Ordinal)))))
        {
            return false;
        }

        if (Labels.Contains(lower, StringComparer.Ordinal))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 && char.IsLetter(name[0]);
    }

    /// <summary>"JOHN SMITH" and "john smith" become "John Smith"; "McDonald" and "de Vries" stay as written.</summary>
    public static string ProperCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hasUpper = name.Any(char.IsUpper);
        var hasLower = name.Any(char.IsLower);
        if (hasUpper && hasLower)
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            builder.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfWord = c is ' ' or '-' or '\'' or '\u2019' or '.';
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Split(string value, bool lastNameFirst)
    {
        var parts = new List<string> { value };
        foreach (var separator in Separators)
        {
            parts = [.. parts.SelectMany(p => p.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        }

        foreach (var part in parts)
        {
            var commas = part.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (commas.Length == 2 && lastNameFirst)
            {
                yield return commas[1] + " " + commas[0];
            }
            else if (commas.Length > 1 && commas.All(c => c.Contains(' ', StringComparison.Ordinal)))
            {
                foreach (var comma in commas)
                {
                    yield return comma;
                }
            }
            else
            {
                // "Jane Doe, Reuters": the name, then an affiliation.
                yield return commas.Length > 0 ? commas[0] : part;
            }
        }
    }

    private static string? Tidy(string value)
    {
        var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '-', '–', '—', ':', ',', '.', '|', '·', '•', '*');
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var prefix in Prefixes)
            {
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    text = text[prefix.Length..].TrimStart(' ', ':');
                    changed = true;
                }
            }
        }

        foreach (var suffix in Suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^suffix.Length].TrimEnd(' ', '-', '|', ':', ',');
            }
        }

        if (text.Equals("by", StringComparison.OrdinalIgnoreCase) || text.Equals("von", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return text.Length == 0 ? null : text.ToString(CultureInfo.InvariantCulture);
    }
}
