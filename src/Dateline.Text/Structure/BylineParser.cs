using System.Collections.Immutable;

namespace Dateline.Text.Structure;

/// <summary>
/// Reads byline lines: "By RUSSELL CONTRERAS Associated Press", "By Peter Torday, Reuters",
/// "By Jane Doe and John Roe", "By A, B and C", "By Jane Doe, AP Business Writer", "By Reuters Staff".
/// Names end at the agency; job titles ("Staff Writer", "Correspondent") are dropped.
/// </summary>
internal static class BylineParser
{
    private const int MaxLength = 160;
    private const int MaxWordsPerName = 5;

    private static readonly string[] TitleWords =
    [
        "staff", "writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "editor", "editors",
        "columnist", "contributor", "bureau", "chief", "special", "senior", "business", "science", "political",
        "medical", "economics", "diplomatic", "financial", "sports", "national", "legal", "technology", "energy",
        "in", "for", "news", "service", "wire",
    ];

    private static readonly string[] NameParticles = ["de", "da", "do", "du", "des", "del", "della", "der", "den", "van", "von", "la", "le", "al", "bin", "ibn", "y", "st."];

    public static bool TryParse(ReadOnlySpan<char> line, out Byline byline)
    {
        byline = null!;
        if (line.Length < 4 || line.Length > MaxLength || !line.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = line[3..].Trim();
        if (rest.Length == 0 || !char.IsUpper(rest[0]))
        {
            return false;
        }

        // The names end where an agency is named (at a word start).
        string? agency = null;
        var namesEnd = rest.Length;
        for (var i = 0; i < rest.Length; i++)
        {
            if ((i == 0 || !char.IsLetterOrDigit(rest[i - 1])) && char.IsLetter(rest[i]) && Agencies.StartOf(rest[i..], out _) is { } found)
            {
                agency = found;
                namesEnd = i;
                break;
            }
        }

        var names = rest[..namesEnd].TrimEnd(" ,;-–—|/".AsSpan());
        var authors = ImmutableArray.CreateBuilder<string>();
        if (!ReadNames(names, authors))
        {
            return false;
        }

        if (authors.Count == 0 && agency is null)
        {
            return false;
        }

        byline = new Byline(authors.ToImmutable(), agency);
        return true;
    }

    /// <summary>Splits "A, B and C" into names; false when a part does not look like a name.</summary>
    private static bool ReadNames(ReadOnlySpan<char> names, ImmutableArray<string>.Builder authors)
    {
        while (names.Length > 0)
        {
            var cut = NextSeparator(names, out var separatorLength);
            var part = (cut < 0 ? names : names[..cut]).Trim();
            names = cut < 0 ? [] : names[(cut + separatorLength)..];
            part = DropTitles(part);
            if (part.Length == 0)
            {
                continue;
            }

            if (!IsName(part))
            {
                return false;
            }

            var name = NameCasing.Normalize(part);
            if (!authors.Contains(name))
            {
                authors.Add(name);
            }
        }

        return true;
    }

    private static int NextSeparator(ReadOnlySpan<char> names, out int length)
    {
        var comma = names.IndexOfAny(',', ';', '&');
        var and = IndexOfWord(names, "and");
        if (and >= 0 && (comma < 0 || and < comma))
        {
            length = 3;
            return and;
        }

        length = 1;
        return comma;
    }

    private static int IndexOfWord(ReadOnlySpan<char> text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            var end = at + word.Length;
            if (at > 0 && text[at - 1] == ' ' && end < text.Length && text[end] == ' ')
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>Drops job-title words at the end of a part ("Jane Doe Staff Writer" is "Jane Doe"; "Staff Writer" is empty).</summary>
    private static ReadOnlySpan<char> DropTitles(ReadOnlySpan<char> part)
    {
        while (part.Length > 0)
        {
            var space = part.LastIndexOf(' ');
            var last = part[(space + 1)..].TrimEnd('.');
            if (!IsOneOf(last, TitleWords))
            {
                break;
            }

            part = space < 0 ? [] : part[..space].TrimEnd();
        }

        return part;
    }

    private static bool IsName(ReadOnlySpan<char> part)
    {
        var words = 0;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (!char.IsUpper(word[0]) && !IsOneOf(word, NameParticles) && !(word.Length > 2 && word[1] is '\'' or '’'))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('.' or '\'' or '-' or '’'))
                {
                    return false;
                }
            }
        }

        return words is > 0 and <= MaxWordsPerName;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] list)
    {
        foreach (var each in list)
        {
            if (word.Equals(each, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
