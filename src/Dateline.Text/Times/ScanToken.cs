namespace Dateline.Text.Times;

/// <summary>
/// One token of the time scanner: its span, shape, lexicon class and value. For numbers, <see cref="Value"/> is the
/// number (a clock time is minutes after midnight; a numeric date is <c>yyyymmdd</c>; a decade is its first year).
/// </summary>
internal struct ScanToken
{
    public int Start;
    public int End;
    public ScanKind Kind;
    public WordClass Class;
    public LexemeFlags Lexicon;
    public ScanFlags Flags;
    public int Value;

    public readonly int Length => End - Start;

    public readonly bool Is(WordClass wordClass) => Class == wordClass;
}
