namespace Dateline.Text.Times;

/// <summary>The shape of a scanned token.</summary>
internal enum ScanKind : byte
{
    Word,
    Number,
    Punctuation,
}
