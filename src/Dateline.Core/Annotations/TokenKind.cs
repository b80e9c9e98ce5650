namespace Dateline.Core.Annotations;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Quote,
    Dash,
    Symbol,
    Url,
    Email,
}
