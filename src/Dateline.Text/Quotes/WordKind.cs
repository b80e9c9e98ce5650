namespace Dateline.Text.Quotes;

/// <summary>The coarse kind of a word found by <see cref="WordScanner"/>.</summary>
internal enum WordKind : byte
{
    Word,
    Number,
    Punctuation,
    OpenQuote,
    CloseQuote,
}
