namespace Dateline.Text.Quotes;

/// <summary>Classifies quotation marks: double (" “ ” „ « ») and single (' ‘ ’ ‹ ›) families.</summary>
internal static class QuoteMarks
{
    public static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u201F';

    public static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019' or '\u2039' or '\u203A' or '\u201B';

    public static bool IsAny(char c) => IsDouble(c) || IsSingle(c);

    /// <summary>The length of a double quotation mark at <paramref name="index"/>: 1, 2 for a pair of apostrophes (''), or 0.</summary>
    public static int DoubleLength(string text, int index)
    {
        var c = text[index];
        if (IsDouble(c))
        {
            return 1;
        }

        return c == '\'' && index + 1 < text.Length && text[index + 1] == '\'' ? 2 : 0;
    }

    /// <summary>Whether the apostrophe at <paramref name="index"/> is one of a pair used as a double quotation mark.</summary>
    public static bool IsPairedApostrophe(string text, int index) =>
        text[index] == '\'' && ((index + 1 < text.Length && text[index + 1] == '\'') || (index > 0 && text[index - 1] == '\''));

    /// <summary>Whether the mark at <paramref name="index"/> opens a double quotation.</summary>
    public static bool OpensDouble(string text, int index)
    {
        var c = text[index];
        return c switch
        {
            '\u201C' or '\u201E' or '\u00AB' or '\u201F' => true,
            '"' or '\'' => index == 0 || IsOpeningContext(text[index - 1]),
            _ => false,
        };
    }

    /// <summary>Whether the mark at <paramref name="index"/> closes a double quotation.</summary>
    public static bool ClosesDouble(string text, int index)
    {
        var c = text[index];
        return c switch
        {
            '\u201D' or '\u00BB' => true,
            '"' or '\'' => index > 0 && !IsOpeningContext(text[index - 1]),
            _ => false,
        };
    }

    /// <summary>A single mark opens when it follows a space or opening punctuation and precedes a letter or digit.</summary>
    public static bool OpensSingle(string text, int index)
    {
        var c = text[index];
        if (c is not ('\'' or '\u2018' or '\u2039' or '\u201B'))
        {
            return false;
        }

        var before = index == 0 || IsOpeningContext(text[index - 1]);
        var after = index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]);
        return before && after;
    }

    /// <summary>A single mark closes when it follows a non-space and is not followed by a letter (so "don't" and "Clinton’s" are apostrophes).</summary>
    public static bool ClosesSingle(string text, int index)
    {
        var c = text[index];
        if (c is not ('\'' or '\u2019' or '\u203A'))
        {
            return false;
        }

        var before = index > 0 && !char.IsWhiteSpace(text[index - 1]);
        var after = index + 1 >= text.Length || !char.IsLetterOrDigit(text[index + 1]);
        return before && after;
    }

    private static bool IsOpeningContext(char previous) =>
        char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':' or '\u201C' or '\u2018' or '"' or '\'';
}
