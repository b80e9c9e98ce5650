using System.Buffers;

namespace Dateline.Text.Times;

/// <summary>
/// One pass over the text that cuts it into words, numbers and punctuation, classifies each word through
/// <see cref="TimeLexicon"/>, recognises numeric shapes (clock times, ISO and US dates, decades, ordinals) and
/// marks sentence ends. Tokens go into a pooled array owned by the caller.
/// </summary>
internal static class TimeScanner
{
    /// <summary>Scans <paramref name="text"/>; returns a pooled array (return it to <see cref="ArrayPool{T}.Shared"/>) and the token count.</summary>
    public static ScanToken[] Scan(string text, out int count)
    {
        var tokens = ArrayPool<ScanToken>.Shared.Rent(Math.Max(16, text.Length / 4));
        count = 0;
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (c == '\n')
            {
                var j = i + 1;
                while (j < n && text[j] is ' ' or '\t' or '\r')
                {
                    j++;
                }

                if (j < n && text[j] == '\n')
                {
                    Add(ref tokens, ref count, new ScanToken { Start = i, End = i, Kind = ScanKind.Punctuation, Class = WordClass.SentenceEnd });
                    while (j < n && char.IsWhiteSpace(text[j]))
                    {
                        j++;
                    }
                }

                i = j;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, ref tokens, ref count);
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                i = ScanNumber(text, i, ref tokens, ref count);
                continue;
            }

            if ((c == '\'' || c == '\u2019') && i + 2 < n && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
                && (i + 3 >= n || !char.IsAsciiDigit(text[i + 3])))
            {
                // '90s
                var two = ((text[i + 1] - '0') * 10) + (text[i + 2] - '0');
                var end = i + 3;
                if (end < n && text[end] == 's' && (end + 1 >= n || !char.IsLetter(text[end + 1])))
                {
                    Add(ref tokens, ref count, new ScanToken
                    {
                        Start = i, End = end + 1, Kind = ScanKind.Number, Class = WordClass.DecadeDigits, Value = (two >= 30 ? 1900 : 2000) + two,
                    });
                    i = end + 1;
                    continue;
                }
            }

            var token = new ScanToken { Start = i, End = i + 1, Kind = ScanKind.Punctuation, Class = WordClass.Punctuation };
            switch (c)
            {
                case ',':
                    token.Class = WordClass.Comma;
                    break;
                case '-' or '\u2013' or '\u2010' or '\u2011':
                    token.Class = WordClass.Hyphen;
                    break;
                case '/':
                    token.Class = WordClass.Slash;
                    break;
                case '\'' or '\u2019':
                    token.Class = WordClass.Apostrophe;
                    break;
                case '!' or '?':
                    token.Class = WordClass.SentenceEnd;
                    break;
                case '.':
                    if (EndsSentence(text, tokens, count, i))
                    {
                        token.Class = WordClass.SentenceEnd;
                    }
                    else if (count > 0 && tokens[count - 1].End == i)
                    {
                        // The period of an abbreviation ("Aug.", "a.m."): kept as the word's Dot flag, not a token.
                        i++;
                        continue;
                    }

                    break;
                default:
                    break;
            }

            Add(ref tokens, ref count, token);
            i++;
        }

        return tokens;
    }

    private static bool EndsSentence(string text, ScanToken[] tokens, int count, int dot)
    {
        if (count > 0)
        {
            ref var previous = ref tokens[count - 1];
            if (previous.End == dot && previous.Kind == ScanKind.Word
                && (previous.Length == 1 || (previous.Lexicon & LexemeFlags.TitleAbbreviation) != 0 || text.AsSpan(previous.Start, previous.Length).Contains('.')))
            {
                // "Aug.", "Mr.", "U.S.", "J." — unless a capitalised word that is not a name follows; keep it simple: no end.
                return false;
            }
        }

        var j = dot + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '"' or '\'' or '\u201D' or '\u2019' or ')')
        {
            j++;
        }

        return j >= text.Length || !(char.IsLower(text[j]) || char.IsAsciiDigit(text[j]) || text[j] == ',');
    }

    private static int ScanWord(string text, int start, ref ScanToken[] tokens, ref int count)
    {
        var n = text.Length;
        var i = start;
        var segment = start;
        var lower = true;
        while (i < n)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                if (char.IsUpper(c))
                {
                    lower = false;
                }

                i++;
                continue;
            }

            // Internal period after a one-letter segment: a.m., U.S., N.M.
            if (c == '.' && i - segment == 1 && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                i++;
                segment = i;
                continue;
            }

            // Internal apostrophe: don't, we'll, Friday's.
            if ((c == '\'' || c == '\u2019') && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        var end = i;
        var token = new ScanToken { Start = start, Kind = ScanKind.Word };
        if (char.IsUpper(text[start]))
        {
            token.Flags |= ScanFlags.Capitalized;
        }

        if (lower)
        {
            token.Flags |= ScanFlags.Lower;
        }

        var wordEnd = end;
        if (end - start > 2 && (text[end - 2] == '\'' || text[end - 2] == '\u2019') && (text[end - 1] is 's' or 'S'))
        {
            wordEnd = end - 2;
            token.Flags |= ScanFlags.Possessive;
        }
        else if (end - start > 3 && (text[end - 3] == '\'' || text[end - 3] == '\u2019') && text[end - 2] == 'l' && text[end - 1] == 'l')
        {
            token.Flags |= ScanFlags.WillContraction;
        }

        token.End = wordEnd;
        var lexeme = TimeLexicon.Get(text.AsSpan(start, wordEnd - start));
        token.Class = lexeme.Class;
        token.Value = lexeme.Value;
        token.Lexicon = lexeme.Flags;
        if ((lexeme.Flags & LexemeFlags.NeedsCapital) != 0 && (token.Flags & ScanFlags.Capitalized) == 0)
        {
            token.Class = WordClass.None;
        }

        if (end < n && text[end] == '.')
        {
            token.Flags |= ScanFlags.Dot;
        }

        Add(ref tokens, ref count, token);
        return end;
    }

    private static int ScanNumber(string text, int start, ref ScanToken[] tokens, ref int count)
    {
        var n = text.Length;
        var i = Digits(text, start, out var value);
        var digits = i - start;
        var token = new ScanToken { Start = start, Kind = ScanKind.Number, Class = WordClass.Digits, Value = value };

        if (i + 1 < n && text[i] == ':' && char.IsAsciiDigit(text[i + 1]) && digits <= 2)
        {
            var j = Digits(text, i + 1, out var minutes);
            if (j - i - 1 == 2 && value <= 24 && minutes < 60)
            {
                if (j + 2 < n && text[j] == ':' && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]))
                {
                    j += 3;
                }

                token.Class = WordClass.Clock;
                token.Value = (value * 60) + minutes;
                token.End = j;
                return Finish(text, ref tokens, ref count, token);
            }
        }

        if (digits == 4 && i + 5 < n && text[i] == '-' && char.IsAsciiDigit(text[i + 1]))
        {
            var j = Digits(text, i + 1, out var month);
            if (j - i - 1 == 2 && j + 2 < n && text[j] == '-' && char.IsAsciiDigit(text[j + 1]))
            {
                var k = Digits(text, j + 1, out var day);
                if (k - j - 1 == 2 && TimeValues.IsValidDate(value, month, day))
                {
                    token.Class = WordClass.NumericDate;
                    token.Value = (value * 10000) + (month * 100) + day;
                    token.End = k;
                    return Finish(text, ref tokens, ref count, token);
                }
            }
        }

        if (digits <= 2 && i + 2 < n && text[i] == '/' && char.IsAsciiDigit(text[i + 1]))
        {
            var j = Digits(text, i + 1, out var day);
            if (j - i - 1 <= 2 && j + 2 < n && text[j] == '/' && char.IsAsciiDigit(text[j + 1]))
            {
                var k = Digits(text, j + 1, out var year);
                var yearDigits = k - j - 1;
                if (yearDigits is 2 or 4 && (k >= n || !char.IsAsciiDigit(text[k])))
                {
                    // US order: month/day/year; two-digit years pivot at 50 (49 -> 2049, 50 -> 1950).
                    if (yearDigits == 2)
                    {
                        year += year < 50 ? 2000 : 1900;
                    }

                    if (TimeValues.IsValidDate(year, value, day))
                    {
                        token.Class = WordClass.NumericDate;
                        token.Value = (year * 10000) + (value * 100) + day;
                        token.End = k;
                        return Finish(text, ref tokens, ref count, token);
                    }
                }

                token.Flags |= ScanFlags.Grouped;
                token.End = k;
                return Finish(text, ref tokens, ref count, token);
            }
        }

        // Thousands separators and decimals: never a year or a day.
        var grouped = false;
        while (i + 1 < n && (text[i] == ',' || text[i] == '.') && char.IsAsciiDigit(text[i + 1]))
        {
            var j = Digits(text, i + 1, out _);
            if (text[i] == ',' && j - i - 1 != 3)
            {
                break;
            }

            grouped = true;
            i = j;
        }

        if (grouped)
        {
            token.Flags |= ScanFlags.Grouped;
            token.End = i;
            return Finish(text, ref tokens, ref count, token);
        }

        // 1990s, 1990's
        if (digits == 4 && value % 10 == 0)
        {
            if (i < n && text[i] == 's' && (i + 1 >= n || !char.IsLetter(text[i + 1])))
            {
                token.Class = WordClass.DecadeDigits;
                token.End = i + 1;
                return Finish(text, ref tokens, ref count, token);
            }

            if (i + 1 < n && (text[i] == '\'' || text[i] == '\u2019') && text[i + 1] == 's' && (i + 2 >= n || !char.IsLetter(text[i + 2])))
            {
                token.Class = WordClass.DecadeDigits;
                token.End = i + 2;
                return Finish(text, ref tokens, ref count, token);
            }
        }

        // 15th, 1st, 20th
        if (i + 1 < n && digits <= 3 && IsOrdinalSuffix(text[i], text[i + 1]) && (i + 2 >= n || !char.IsLetter(text[i + 2])))
        {
            token.Class = WordClass.Ordinal;
            token.Flags |= ScanFlags.DigitOrdinal;
            token.End = i + 2;
            return Finish(text, ref tokens, ref count, token);
        }

        if (i < n && char.IsLetter(text[i]))
        {
            // 10am, 5pm, 3D, 747s: a number glued to letters.
            var j = i;
            while (j < n && char.IsLetter(text[j]))
            {
                j++;
            }

            var suffix = text.AsSpan(i, j - i);
            if (suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase))
            {
                token.End = i;
                Add(ref tokens, ref count, token);
                var meridiem = TimeLexicon.Get(suffix);
                Add(ref tokens, ref count, new ScanToken { Start = i, End = j, Kind = ScanKind.Word, Class = meridiem.Class, Value = meridiem.Value, Flags = j < n && text[j] == '.' ? ScanFlags.Dot : ScanFlags.None });
                return j;
            }

            token.Flags |= ScanFlags.Grouped;
            token.End = j;
            return Finish(text, ref tokens, ref count, token);
        }

        token.End = i;
        return Finish(text, ref tokens, ref count, token);
    }

    private static int Finish(string text, ref ScanToken[] tokens, ref int count, ScanToken token)
    {
        if (token.End < text.Length && text[token.End] == '.')
        {
            token.Flags |= ScanFlags.Dot;
        }

        if (token.Start > 0 && text[token.Start - 1] is '$' or '#' or '\u00A3' or '\u20AC')
        {
            token.Flags |= ScanFlags.Grouped;
        }

        Add(ref tokens, ref count, token);
        return token.End;
    }

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = char.ToLowerInvariant(a);
        b = char.ToLowerInvariant(b);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }

    private static int Digits(string text, int start, out int value)
    {
        var i = start;
        long v = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            if (v < 100_000_000)
            {
                v = (v * 10) + (text[i] - '0');
            }

            i++;
        }

        value = (int)v;
        return i;
    }

    private static void Add(ref ScanToken[] tokens, ref int count, ScanToken token)
    {
        if (count == tokens.Length)
        {
            var bigger = ArrayPool<ScanToken>.Shared.Rent(tokens.Length * 2);
            Array.Copy(tokens, bigger, count);
            ArrayPool<ScanToken>.Shared.Return(tokens);
            tokens = bigger;
        }

        tokens[count++] = token;
    }
}
