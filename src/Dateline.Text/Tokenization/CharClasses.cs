using System.Globalization;
using System.Runtime.CompilerServices;

namespace Dateline.Text.Tokenization;

/// <summary>Character classification: a table for ASCII, Unicode categories above it.</summary>
internal static class CharClasses
{
    private static readonly CharClass[] Ascii = BuildAscii();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => c < 128 ? Ascii[c] : OfNonAscii(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => (Of(c) & CharClass.Letter) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigit(char c) => (Of(c) & (CharClass.Letter | CharClass.Digit)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) => (Of(c) & CharClass.Upper) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) => (Of(c) & CharClass.Lower) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => (Of(c) & CharClass.Space) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsQuote(char c) => (Of(c) & CharClass.Quote) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDash(char c) => (Of(c) & CharClass.Dash) != 0;

    /// <summary>A quote mark that opens (never closes) a quotation.</summary>
    public static bool IsOpeningOnly(char c) => c is '“' or '‘' or '«' or '„' or '‹' or '‚';

    /// <summary>A quote mark that closes (never opens) a quotation.</summary>
    public static bool IsClosingOnly(char c) => c is '”' or '’' or '»' or '›';

    private static CharClass OfNonAscii(char c)
    {
        switch (c)
        {
            case '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‹' or '›' or '‚' or '‟' or '‛':
                return CharClass.Quote;
            case '—' or '–' or '―' or '‒' or '−':
                return CharClass.Dash;
            case '\u00A0' or '\u2007' or '\u202F' or '\u200B' or '\uFEFF':
                return CharClass.Space;
            default:
                break;
        }

        var category = char.GetUnicodeCategory(c);
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => CharClass.Letter | CharClass.Upper,
            UnicodeCategory.LowercaseLetter => CharClass.Letter | CharClass.Lower,
            UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => CharClass.Letter,
            UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control or UnicodeCategory.Format => CharClass.Space,
            UnicodeCategory.DashPunctuation => CharClass.Dash,
            UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.ConnectorPunctuation => CharClass.Punctuation,
            _ => CharClass.None,
        };
    }

    private static CharClass[] BuildAscii()
    {
        var table = new CharClass[128];
        for (var c = 0; c < 128; c++)
        {
            var ch = (char)c;
            var value = CharClass.None;
            if (ch is >= 'A' and <= 'Z')
            {
                value = CharClass.Letter | CharClass.Upper;
            }
            else if (ch is >= 'a' and <= 'z')
            {
                value = CharClass.Letter | CharClass.Lower;
            }
            else if (ch is >= '0' and <= '9')
            {
                value = CharClass.Digit;
            }
            else if (ch is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' || c < 32 || c == 127)
            {
                value = CharClass.Space;
            }
            else if (ch is '"' or '\'' or '`')
            {
                value = CharClass.Quote;
            }
            else if (ch is '-')
            {
                value = CharClass.Dash;
            }
            else if (ch is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '_')
            {
                value = CharClass.Punctuation;
            }

            table[c] = value;
        }

        return table;
    }
}
