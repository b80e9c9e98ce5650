namespace Dateline.Html.Extraction;

/// <summary>Text measures of one element, gathered in one pass over the tree.</summary>
internal sealed class NodeStats
{
    /// <summary>Visible text length (white space collapsed) of the whole subtree.</summary>
    public int TextLength { get; set; }

    /// <summary>Text length inside links.</summary>
    public int LinkLength { get; set; }

    public int Commas { get; set; }

    /// <summary>Text of this element's own block: its text nodes and inline children, not nested blocks.</summary>
    public int InlineLength { get; set; }

    public int InlineLinkLength { get; set; }

    public int InlineCommas { get; set; }

    /// <summary>Paragraph-like blocks inside (p, pre, blockquote, or blocks with own text of 25+ characters).</summary>
    public int Paragraphs { get; set; }

    public double Score { get; set; }

    public bool IsCandidate { get; set; }

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public double InlineLinkDensity => InlineLength == 0 ? 0 : (double)InlineLinkLength / InlineLength;
}
