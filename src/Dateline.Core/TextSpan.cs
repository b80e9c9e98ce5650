namespace Dateline.Core;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Invalid span [{start}, {end}).");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>Number of code units both spans cover.</summary>
    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public string GetText(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
