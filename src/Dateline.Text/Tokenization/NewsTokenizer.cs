using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Tokenization;

/// <summary>
/// Splits news text into tokens with exact offsets. Rules: abbreviations and initials keep their period
/// ("U.S.", "N.M.", "Calif.", "J."), hyphenated words stay whole ("ACLU-NM"), clitics split off
/// ("general" + "'s", "do" + "n't"), every quote mark is a <see cref="TokenKind.Quote"/>, dashes (— – --) are
/// <see cref="TokenKind.Dash"/>, numbers keep their separators ("1,000", "3.5", "1:33", "1990s"), currency
/// signs are their own <see cref="TokenKind.Symbol"/> ("$" + "5.2" + "billion"), URLs and e-mail addresses are one token.
/// The scanner works on spans with a precomputed character table and allocates nothing but the result.
/// </summary>
public static class NewsTokenizer
{
    /// <summary>Tokenizes the whole text.</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = ImmutableArray.CreateBuilder<Token>(Math.Max(4, text.Length / 5));
        Tokenize(text.AsSpan(), 0, builder);
        return builder.ToImmutable();
    }

    /// <summary>Tokenizes <paramref name="text"/>, adding tokens whose offsets are shifted by <paramref name="offset"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, ImmutableArray<Token>.Builder output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            var cls = CharClasses.Of(c);
            if ((cls & CharClass.Space) != 0)
            {
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if ((cls & (CharClass.Letter | CharClass.Digit)) != 0)
            {
                end = ScanWord(text, i, out kind);
            }
            else if ((cls & CharClass.Quote) != 0)
            {
                end = ScanQuote(text, i, out kind);
            }
            else if ((cls & CharClass.Dash) != 0)
            {
                end = ScanDash(text, i, out kind);
            }
            else if (c == '.')
            {
                end = i + 1;
                while (end < n && text[end] == '.')
                {
                    end++;
                }

                kind = TokenKind.Punctuation;
            }
            else if ((c == '#' || c == '@') && i + 1 < n && CharClasses.IsLetter(text[i + 1]) && (i == 0 || !CharClasses.IsLetterOrDigit(text[i - 1])))
            {
                end = ScanWord(text, i + 1, out _);
                kind = TokenKind.Word;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                end = i + 2;
                kind = TokenKind.Symbol;
            }
            else
            {
                end = i + 1;
                kind = (cls & CharClass.Punctuation) != 0 || c == '…' ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            output.Add(new Token(new TextSpan(offset + i, offset + end), kind));
            i = end;
        }
    }

    private static int ScanQuote(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        var c = text[i];
        var n = text.Length;
        if ((c == '\'' || c == '’') && i > 0 && CharClasses.IsLetterOrDigit(text[i - 1]))
        {
            var clitic = CliticLength(text, i);
            if (clitic > 0)
            {
                kind = TokenKind.Word;
                return i + clitic;
            }
        }

        kind = TokenKind.Quote;
        if ((c == '\'' || c == '`') && i + 1 < n && text[i + 1] == c)
        {
            return i + 2;
        }

        return i + 1;
    }

    private static int ScanDash(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        var n = text.Length;
        var c = text[i];
        if (c == '-' && i + 1 < n && CharClasses.IsDigit(text[i + 1]) && (i == 0 || !CharClasses.IsLetterOrDigit(text[i - 1])))
        {
            // A negative number: "-5", "-3.2".
            var end = ScanWord(text, i + 1, out _);
            kind = TokenKind.Number;
            return end;
        }

        var j = i + 1;
        if (c == '-')
        {
            while (j < n && text[j] == '-')
            {
                j++;
            }
        }
        else
        {
            while (j < n && text[j] == c)
            {
                j++;
            }
        }

        kind = TokenKind.Dash;
        return j;
    }

    /// <summary>Length of a clitic at <paramref name="i"/> ('s 're 've 'll 'd 'm), or 0.</summary>
    private static int CliticLength(ReadOnlySpan<char> text, int i)
    {
        var n = text.Length;
        if (i + 1 >= n)
        {
            return 0;
        }

        var a = char.ToLowerInvariant(text[i + 1]);
        int length;
        if (a is 's' or 'd' or 'm')
        {
            length = 2;
        }
        else if (i + 2 < n && ((a == 'r' && char.ToLowerInvariant(text[i + 2]) == 'e') || (a == 'v' && char.ToLowerInvariant(text[i + 2]) == 'e') || (a == 'l' && char.ToLowerInvariant(text[i + 2]) == 'l')))
        {
            length = 3;
        }
        else
        {
            return 0;
        }

        return i + length >= n || !CharClasses.IsLetterOrDigit(text[i + length]) ? length : 0;
    }

    /// <summary>Scans a word, number, URL or e-mail starting with a letter or digit at <paramref name="start"/>.</summary>
    private static int ScanWord(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        var n = text.Length;
        if (StartsUrl(text, start))
        {
            kind = TokenKind.Url;
            return ScanUrl(text, start);
        }

        if (IsNegation(text, start + 1))
        {
            kind = TokenKind.Word;
            return start + 3;
        }

        var numeric = CharClasses.IsDigit(text[start]);
        var hasAt = false;
        var initials = false;
        var segmentStart = start;
        var j = start;
        while (j < n)
        {
            var c = text[j];
            if (CharClasses.IsLetterOrDigit(c))
            {
                j++;
                continue;
            }

            if (j + 1 >= n)
            {
                break;
            }

            var next = text[j + 1];
            var prev = text[j - 1];
            if (c == '-' || c == '&')
            {
                if (CharClasses.IsLetterOrDigit(next) && CharClasses.IsLetterOrDigit(prev))
                {
                    j++;
                    continue;
                }

                break;
            }

            if (c == '\'' || c == '’')
            {
                if (CharClasses.IsLetter(prev) && CharClasses.IsLetter(next) && CliticLength(text, j) == 0 && !IsNegation(text, j))
                {
                    j++;
                    continue;
                }

                if (IsNegation(text, j) && j - 1 > start)
                {
                    // "don't" -> "do" + "n't".
                    kind = TokenKind.Word;
                    return j - 1;
                }

                break;
            }

            if ((c == ',' || c == ':' || c == '/') && numeric && CharClasses.IsDigit(prev) && CharClasses.IsDigit(next))
            {
                if (c == ',' && !(j + 3 < n && CharClasses.IsDigit(text[j + 2]) && CharClasses.IsDigit(text[j + 3]) && (j + 4 >= n || !CharClasses.IsDigit(text[j + 4]))))
                {
                    break;
                }

                j++;
                continue;
            }

            if (c == '.')
            {
                if (numeric && CharClasses.IsDigit(prev) && CharClasses.IsDigit(next))
                {
                    j++;
                    continue;
                }

                if (CharClasses.IsLetter(prev) && CharClasses.IsLetter(next))
                {
                    // Initials "U.S", "e.g": one-letter segments on both sides.
                    var nextEnd = j + 2 < n ? text[j + 2] : ' ';
                    if (j - segmentStart == 1 && !CharClasses.IsLetterOrDigit(nextEnd))
                    {
                        initials = true;
                        j++;
                        segmentStart = j;
                        continue;
                    }

                    // Domains "Amazon.com", "bbc.co.uk", and the dots of an e-mail address.
                    if ((hasAt || CharClasses.IsLower(next)) && j - segmentStart >= 2 && FollowedByLetters(text, j + 1, 2))
                    {
                        j++;
                        segmentStart = j;
                        continue;
                    }
                }

                break;
            }

            if (c == '@' && !hasAt && CharClasses.IsLetterOrDigit(prev) && CharClasses.IsLetterOrDigit(next))
            {
                hasAt = true;
                j++;
                segmentStart = j;
                continue;
            }

            if ((c == '_' || c == '+' || c == '%') && LooksLikeEmailLocal(text, j))
            {
                j++;
                continue;
            }

            break;
        }

        if (hasAt)
        {
            kind = TokenKind.Email;
            return j;
        }

        if (j < n && text[j] == '.' && !numeric)
        {
            var word = text[start..j];
            var keep = initials
                || (word.Length == 1 && CharClasses.IsUpper(word[0]))
                || (Abbreviations.IsKnown(word) && (!word.SequenceEqual("No") || NextNonSpaceIsDigit(text, j + 1)));
            if (keep)
            {
                j++;
            }
        }

        kind = numeric ? TokenKind.Number : TokenKind.Word;
        return j;
    }

    private static bool IsNegation(ReadOnlySpan<char> text, int apostrophe) =>
        apostrophe >= 1 && apostrophe + 1 < text.Length && (text[apostrophe] is '\'' or '’') && (text[apostrophe - 1] is 'n' or 'N') && (text[apostrophe + 1] is 't' or 'T')
        && (apostrophe + 2 >= text.Length || !CharClasses.IsLetterOrDigit(text[apostrophe + 2]));

    private static bool FollowedByLetters(ReadOnlySpan<char> text, int from, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (from + k >= text.Length || !CharClasses.IsLetter(text[from + k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NextNonSpaceIsDigit(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && CharClasses.IsSpace(text[from]))
        {
            from++;
        }

        return from < text.Length && CharClasses.IsDigit(text[from]);
    }

    /// <summary>Whether an '@' follows in the same run of non-space characters (so '_', '+', '%' belong to an address).</summary>
    private static bool LooksLikeEmailLocal(ReadOnlySpan<char> text, int j)
    {
        for (var k = j + 1; k < text.Length && k < j + 64; k++)
        {
            var c = text[k];
            if (c == '@')
            {
                return true;
            }

            if (!(CharClasses.IsLetterOrDigit(c) || c is '.' or '_' or '+' or '-' or '%'))
            {
                return false;
            }
        }

        return false;
    }

    private static bool StartsUrl(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharClasses.IsLetterOrDigit(rest[4]));
    }

    private static int ScanUrl(ReadOnlySpan<char> text, int start)
    {
        var j = start;
        while (j < text.Length)
        {
            var c = text[j];
            if (CharClasses.IsSpace(c) || c is '"' or '<' or '>' or '“' or '”' or '«' or '»')
            {
                break;
            }

            j++;
        }

        // Trailing sentence punctuation and closing brackets without an opening one belong to the text.
        while (j > start + 1)
        {
            var last = text[j - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’')
            {
                j--;
                continue;
            }

            if (last == ')' && text[start..j].IndexOf('(') < 0)
            {
                j--;
                continue;
            }

            break;
        }

        return j;
    }
}
