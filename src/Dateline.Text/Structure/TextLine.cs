namespace Dateline.Text.Structure;

/// <summary>
/// One line of the article: <see cref="Start"/>..<see cref="End"/> is its content without surrounding
/// whitespace (equal when the line is blank); <see cref="Indented"/> when the raw line starts with whitespace.
/// </summary>
internal readonly record struct TextLine(int Start, int End, bool Indented)
{
    public bool IsBlank => Start == End;

    public int Length => End - Start;
}
