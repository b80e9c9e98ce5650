using System.Collections.Frozen;

namespace Dateline.Text.Resolution;

/// <summary>
/// Finds the title of a person mention: role words just left of the name ("U.S. Attorney General Jeff Sessions",
/// "ACLU-NM Executive Director Peter Simonson", "Justice Department spokesman Ian Prior"), or an appositive just
/// right of it ("Hugh Hill, a doctor, said").
/// </summary>
internal static class TitleFinder
{
    private const int MaxAppositiveWords = 8;

    private static readonly FrozenSet<string> NotModifiers = new[]
    {
        "The", "And", "But", "For", "With", "From", "Then", "When", "While", "After", "Before", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Today", "Yesterday", "Last", "This", "Next", "That", "Said", "Says",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotModifierLookup = NotModifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The title left of a mention starting at <paramref name="start"/>, its start offset, and a gender an honorific implies.
    /// <paramref name="mentionStartByEnd"/> gives the start of another mention by the offset where it ends.
    /// </summary>
    public static (string? Title, int Start, Gender Gender) Left(string text, int start, Dictionary<int, int> mentionStartByEnd)
    {
        var gender = Gender.Unknown;
        var position = start;
        var titleStart = start;
        var roles = 0;
        while (true)
        {
            var (tokenStart, tokenEnd) = TokenBefore(text, position);
            if (tokenStart < 0)
            {
                break;
            }

            var token = text.AsSpan(tokenStart, tokenEnd - tokenStart);
            if (RoleWords.IsHonorific(token))
            {
                gender = RoleWords.GenderOf(token);
                position = tokenStart;
                if (roles == 0)
                {
                    titleStart = tokenStart;
                }

                continue;
            }

            if (token[^1] == ',' || !(RoleWords.IsRole(token) || (roles > 0 && IsModifier(text, tokenStart, token))))
            {
                break;
            }

            if (gender == Gender.Unknown)
            {
                gender = RoleWords.GenderOf(token);
            }

            roles++;
            position = tokenStart;
            titleStart = tokenStart;
        }

        if (roles == 0)
        {
            return (null, start, gender);
        }

        // An organisation or place before the role words: "ACLU-NM Executive Director", "Justice Department spokesman".
        var (prefixStart, prefixEnd) = TokenBefore(text, titleStart);
        if (prefixStart >= 0)
        {
            var prefix = text.AsSpan(prefixStart, prefixEnd - prefixStart);
            if (mentionStartByEnd.TryGetValue(prefixEnd, out var mentionStart) && mentionStart >= 0)
            {
                titleStart = mentionStart;
            }
            else if (IsCodeLike(prefix) && PlaceCodes.NameOfAbbreviation(prefix) is null)
            {
                titleStart = prefixStart;
            }
        }

        var titleEnd = start;
        while (titleEnd > titleStart && char.IsWhiteSpace(text[titleEnd - 1]))
        {
            titleEnd--;
        }

        // Keep honorifics out of the title ("Mr.").
        var title = text.AsSpan(titleStart, titleEnd - titleStart);
        var space = title.IndexOf(' ');
        while (space > 0 && RoleWords.IsHonorific(title[..space]))
        {
            title = title[(space + 1)..];
            space = title.IndexOf(' ');
        }

        if (RoleWords.IsHonorific(title))
        {
            return (null, start, gender);
        }

        if (title.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            title = title[4..];
        }

        return (title.Length == 0 ? null : title.ToString(), titleStart, gender);
    }

    /// <summary>An appositive title right of a mention ending at <paramref name="end"/>: ", a doctor," gives "doctor".</summary>
    public static string? Appositive(string text, int end)
    {
        var i = end;
        if (i + 2 >= text.Length || text[i] != ',' || text[i + 1] != ' ')
        {
            return null;
        }

        i += 2;
        var close = i;
        var words = 0;
        while (close < text.Length && text[close] is not (',' or '.' or ';' or ':' or '\n' or '(' or ')') && !QuotesLike(text[close]))
        {
            if (text[close] == ' ')
            {
                words++;
            }

            close++;
        }

        if (close >= text.Length || text[close] != ',' || words + 1 > MaxAppositiveWords || close == i)
        {
            return null;
        }

        var phrase = text.AsSpan(i, close - i);
        var firstSpace = phrase.IndexOf(' ');
        var first = firstSpace < 0 ? phrase : phrase[..firstSpace];
        var article = first.Equals("a", StringComparison.Ordinal) || first.Equals("an", StringComparison.Ordinal) || first.Equals("the", StringComparison.Ordinal);
        if (article)
        {
            if (firstSpace < 0)
            {
                return null;
            }

            phrase = phrase[(firstSpace + 1)..];
        }
        else if (!RoleWords.IsRole(first) || RoleWords.IsHonorific(first))
        {
            return null;
        }

        foreach (var c in phrase)
        {
            if (char.IsDigit(c))
            {
                return null;
            }
        }

        var head = phrase.IndexOf(' ') < 0 ? phrase : phrase[..phrase.IndexOf(' ')];
        if (head.Equals("who", StringComparison.OrdinalIgnoreCase) || head.Equals("which", StringComparison.OrdinalIgnoreCase) || phrase.IsEmpty)
        {
            return null;
        }

        return phrase.ToString();
    }

    /// <summary>A capitalised word before role words that belongs to the title ("Trade" in "Trade Secretary"), not a function word or a day.</summary>
    private static bool IsModifier(string text, int start, ReadOnlySpan<char> token)
    {
        if (!char.IsUpper(token[0]) || token.Length < 3 || token[^1] == '.' || NotModifierLookup.Contains(token))
        {
            return false;
        }

        // Not the first word of a sentence.
        var before = TokenBefore(text, start);
        return before.Start >= 0 && (text[before.End - 1] is not ('.' or '!' or '?' or ':') || IsCodeLike(text.AsSpan(before.Start, before.End - before.Start)));
    }

    private static bool QuotesLike(char c) => c is '"' or '\u201C' or '\u201D';

    /// <summary>"ACLU-NM", "U.S.", "GOP": upper-case letters with dots or hyphens, no lower-case letters.</summary>
    private static bool IsCodeLike(ReadOnlySpan<char> token)
    {
        var upper = 0;
        foreach (var c in token)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (c is not ('.' or '-' or '&') && !char.IsDigit(c))
            {
                return false;
            }
        }

        return upper >= 2;
    }

    /// <summary>The whitespace-delimited token ending right before <paramref name="position"/> (one space, same line), or (-1, -1).</summary>
    private static (int Start, int End) TokenBefore(string text, int position)
    {
        var end = position;
        if (end == 0 || text[end - 1] != ' ')
        {
            return (-1, -1);
        }

        end--;
        if (end == 0 || char.IsWhiteSpace(text[end - 1]))
        {
            return (-1, -1);
        }

        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return (start, end);
    }
}
