namespace Dateline.Text.Structure;

/// <summary>
/// How lines make paragraphs: a blank line ends a paragraph; within a block, a line joins the paragraph
/// before it when both are shorter than <see cref="WrapLimit"/> (hard-wrapped text) and it is not indented
/// (an indented line starts a paragraph, as in Reuters copy); a longer line is a paragraph of its own.
/// </summary>
internal static class ParagraphRule
{
    /// <summary>Lines shorter than this may be hard-wrapped parts of one paragraph.</summary>
    public const int WrapLimit = 100;

    public static bool Joins(TextLine previous, TextLine line) =>
        !line.Indented && previous.Length < WrapLimit && line.Length < WrapLimit;
}
