namespace Dateline.Text.Times;

/// <summary>The token tests of <see cref="TimeParser"/>: word class, unit, plural, a given word, a day number, a year.</summary>
internal sealed partial class TimeParser
{
    private WordClass Class(int i) => i >= 0 && i < _n ? _t[i].Class : WordClass.None;

    private TimeUnit UnitAt(int i)
    {
        if (i < 0 || i >= _n)
        {
            return TimeUnit.None;
        }

        ref var token = ref _t[i];
        if (token.Class == WordClass.Unit)
        {
            return (TimeUnit)token.Value;
        }

        if (token.Class == WordClass.Half)
        {
            return TimeUnit.Half;
        }

        return (token.Lexicon & LexemeFlags.AlsoUnit) != 0 ? TimeUnit.Second : TimeUnit.None;
    }

    private bool IsLowerWord(int i) =>
        i < _n && _t[i].Kind == ScanKind.Word && (_t[i].Flags & ScanFlags.Lower) != 0 && _t[i].Class == WordClass.None
        && (_t[i].Lexicon & LexemeFlags.YearPreposition) == 0;

    private bool Plural(int i) => i >= 0 && i < _n && (_t[i].Lexicon & LexemeFlags.Plural) != 0;

    private int SkipHyphen(int i) => Class(i) == WordClass.Hyphen ? i + 1 : i;

    private bool IsChar(int i, char c) => i >= 0 && i < _n && _t[i].Length == 1 && _text[_t[i].Start] == c;

    private bool IsWord(int i, string word) =>
        i >= 0 && i < _n && _t[i].Kind == ScanKind.Word && _text.AsSpan(_t[i].Start, _t[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsModal(int i) =>
        IsWord(i, "will") || IsWord(i, "would") || IsWord(i, "could") || IsWord(i, "might") || IsWord(i, "may") || IsWord(i, "can")
        || IsWord(i, "shall") || IsWord(i, "should");

    private bool IsPreposition(int i) =>
        IsWord(i, "in") || IsWord(i, "at") || IsWord(i, "on") || IsWord(i, "to") || IsWord(i, "for") || IsWord(i, "and") || IsWord(i, "when");

    private bool IsDayNumber(int i)
    {
        if (i >= _n)
        {
            return false;
        }

        ref var token = ref _t[i];
        return (token.Class == WordClass.Digits && (token.Flags & ScanFlags.Grouped) == 0 && token.Length <= 2 && token.Value is >= 1 and <= 31)
            || (token.Class == WordClass.Ordinal && (token.Flags & ScanFlags.DigitOrdinal) != 0 && token.Value is >= 1 and <= 31);
    }

    /// <summary>A four-digit year. Strict (a bare number standing alone) asks for 1900..2099 and no measure word after it.</summary>
    private bool IsYear(int i, bool strict = false)
    {
        if (i < 0 || i >= _n)
        {
            return false;
        }

        ref var token = ref _t[i];
        if (token.Class != WordClass.Digits || token.Length != 4 || (token.Flags & ScanFlags.Grouped) != 0)
        {
            return false;
        }

        if (!strict)
        {
            return token.Value is >= 1000 and <= 2199;
        }

        if (token.Value is < 1850 or > 2099)
        {
            return false;
        }

        var next = i + 1;
        if (next < _n && _t[next].Kind == ScanKind.Word && (_t[next].Flags & ScanFlags.Lower) != 0 && _t[next].Class == WordClass.None
            && (_t[next].Lexicon & (LexemeFlags.YearPreposition | LexemeFlags.PastCue | LexemeFlags.FutureCue | LexemeFlags.Auxiliary)) == 0
            && !IsYearFollower(next) && !IsYearModifierContext(i - 1))
        {
            return false;
        }

        if (next < _n && _t[next].Class is WordClass.Unit or WordClass.Digits)
        {
            return false;
        }

        return true;
    }

    /// <summary>"the 1998 bombing", "its 1989 results", "since 1990": a year used as a modifier.</summary>
    private bool IsYearModifierContext(int before) =>
        before >= 0 && (Class(before) is WordClass.The or WordClass.Fiscal || (_t[before].Flags & ScanFlags.Possessive) != 0
            || (_t[before].Lexicon & LexemeFlags.YearPreposition) != 0 || IsWord(before, "its") || IsWord(before, "his")
            || IsWord(before, "her") || IsWord(before, "their") || IsWord(before, "our") || IsWord(before, "that") || IsWord(before, "this")
            || IsWord(before, "unsuccessful") || IsWord(before, "successful"));

    private bool IsYearFollower(int i) =>
        IsWord(i, "when") || IsWord(i, "as") || IsWord(i, "because") || IsWord(i, "but") || IsWord(i, "while") || IsWord(i, "that")
        || IsWord(i, "with") || IsWord(i, "the") || IsWord(i, "it") || IsWord(i, "he") || IsWord(i, "she") || IsWord(i, "they")
        || IsWord(i, "we") || IsWord(i, "levels") || IsWord(i, "level") || IsWord(i, "election") || IsWord(i, "elections")
        || IsWord(i, "season") || IsWord(i, "budget") || IsWord(i, "results") || IsWord(i, "earnings") || IsWord(i, "sales")
        || IsWord(i, "figures") || IsWord(i, "model") || IsWord(i, "census") || IsWord(i, "law") || IsWord(i, "act");
}
