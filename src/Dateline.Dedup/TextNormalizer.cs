using System.Text;

namespace Dateline.Dedup;

/// <summary>
/// Folds text for comparison: lower case, typographic quotes and dashes folded to ASCII, every run of
/// white space collapsed to one space, ends trimmed. <see cref="Fold(char)"/> is the per-character rule
/// the signer uses on its hot path.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The normalised form of <paramref name="text"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (c == ' ')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Lower-cases a character and folds look-alikes: curly quotes to <c>'</c> and <c>"</c>, dashes to
    /// <c>-</c>, every kind of white space (no-break, thin, line breaks) to a space.
    /// </summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c is '\t' or '\n' or '\r' or '\f' or '\v' ? ' ' : c;
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u00B4' or '\u0060' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
            '\u00A0' or '\u2007' or '\u202F' or '\u2028' or '\u2029' or '\u0085' => ' ',
            _ when char.IsWhiteSpace(c) => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Whether a folded character belongs to a word (letters and digits).</summary>
    public static bool IsWordChar(char folded) =>
        folded < 128 ? folded is (>= 'a' and <= 'z') or (>= '0' and <= '9') : char.IsLetterOrDigit(folded);

    /// <summary>Characters dropped inside words, so "don't", "don’t" and "dont" are one word.</summary>
    public static bool IsJoiner(char folded) => folded == '\'';
}
