using System.Text;

namespace Dateline.Text.Structure;

/// <summary>
/// Proper-cases names written in capitals ("RUSSELL CONTRERAS" is "Russell Contreras", "MCDONALD" is
/// "McDonald", "O'BRIEN" is "O'Brien", "WINSTON-SALEM" is "Winston-Salem"); names already in mixed case are kept.
/// </summary>
public static class NameCasing
{
    private static readonly string[] Connectors = ["de", "da", "do", "du", "des", "del", "della", "der", "den", "van", "von", "la", "le", "of", "the", "and", "y"];

    /// <summary>Whether the text has letters, all of one case.</summary>
    public static bool IsSingleCase(ReadOnlySpan<char> text)
    {
        bool upper = false, lower = false;
        foreach (var c in text)
        {
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
        }

        return upper != lower;
    }

    /// <summary>The name proper-cased when it is written all in capitals (or all in small letters), else as written.</summary>
    public static string Normalize(ReadOnlySpan<char> name) => IsSingleCase(name) ? ProperCase(name) : name.ToString();

    /// <summary>Proper-cases every word of <paramref name="name"/>, keeping its spacing and punctuation.</summary>
    public static string ProperCase(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        var wordIndex = 0;
        var i = 0;
        while (i < name.Length)
        {
            if (char.IsWhiteSpace(name[i]))
            {
                builder.Append(name[i++]);
                continue;
            }

            var end = i;
            while (end < name.Length && !char.IsWhiteSpace(name[end]))
            {
                end++;
            }

            AppendWord(builder, name[i..end], wordIndex++ == 0);
            i = end;
        }

        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, ReadOnlySpan<char> word, bool first)
    {
        if (IsRomanNumeral(word) && !first)
        {
            builder.Append(word);
            return;
        }

        if (IsInitials(word))
        {
            foreach (var c in word)
            {
                builder.Append(char.ToUpperInvariant(c));
            }

            return;
        }

        if (!first && IsConnector(word))
        {
            foreach (var c in word)
            {
                builder.Append(char.ToLowerInvariant(c));
            }

            return;
        }

        var segmentStart = 0;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            var upper = k == segmentStart
                || (k == segmentStart + 2 && IsMcPrefix(word, segmentStart));
            builder.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            if (c == '-' || c == '/' || c == '(')
            {
                segmentStart = k + 1;
            }
            else if (c == '\'' && k - segmentStart == 1 && word.Length - k > 2)
            {
                // O'Brien, D'Afflisio: a one-letter prefix before the apostrophe.
                segmentStart = k + 1;
            }
        }
    }

    private static bool IsMcPrefix(ReadOnlySpan<char> word, int start) =>
        word.Length - start > 3
        && (word[start] == 'M' || word[start] == 'm')
        && (word[start + 1] == 'C' || word[start + 1] == 'c')
        && char.IsLetter(word[start + 2]);

    private static bool IsConnector(ReadOnlySpan<char> word)
    {
        foreach (var connector in Connectors)
        {
            if (word.Equals(connector, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        // "J.", "J.R.", "U.S."
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        var trimmed = word.TrimEnd(".,");
        return trimmed is "II" or "III" or "IV";
    }
}
