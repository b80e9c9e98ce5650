namespace Dateline.Text.Quotes;

/// <summary>A word or punctuation mark of the quote finder's own light scan: half-open offsets into the text.</summary>
internal readonly record struct Word(int Start, int End, WordKind Kind)
{
    public int Length => End - Start;

    public bool IsWord => Kind is WordKind.Word or WordKind.Number;

    public bool IsQuote => Kind is WordKind.OpenQuote or WordKind.CloseQuote;
}
