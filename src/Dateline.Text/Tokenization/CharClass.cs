namespace Dateline.Text.Tokenization;

/// <summary>Bit flags describing one character, precomputed for the ASCII range.</summary>
[Flags]
internal enum CharClass : byte
{
    None = 0,
    Letter = 1,
    Digit = 2,
    Upper = 4,
    Lower = 8,
    Space = 16,
    Quote = 32,
    Dash = 64,
    Punctuation = 128,
}
