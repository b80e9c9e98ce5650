namespace Dateline.Text.Times;

/// <summary>Facts about a scanned token's surface.</summary>
[Flags]
internal enum ScanFlags : byte
{
    None = 0,

    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1,

    /// <summary>A period follows immediately.</summary>
    Dot = 2,

    /// <summary>A possessive <c>'s</c> followed the word (not part of the token).</summary>
    Possessive = 4,

    /// <summary>A number written with thousands separators or a decimal point (never a year).</summary>
    Grouped = 8,

    /// <summary>Ends in <c>'ll</c> (a future cue).</summary>
    WillContraction = 16,

    /// <summary>All letters are lower case (for -ed past cues).</summary>
    Lower = 32,

    /// <summary>An ordinal written in digits ("15th").</summary>
    DigitOrdinal = 64,
}
