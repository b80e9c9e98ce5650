namespace Dateline.Text.Structure;

/// <summary>Splits text into <see cref="TextLine"/>s at <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
internal static class LineSplitter
{
    public static void Split(string text, int from, List<TextLine> lines)
    {
        var position = from;
        while (position < text.Length)
        {
            var end = text.AsSpan(position).IndexOfAny('\n', '\r');
            var lineEnd = end < 0 ? text.Length : position + end;
            lines.Add(Trim(text, position, lineEnd));
            if (end < 0)
            {
                break;
            }

            position = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }
    }

    private static TextLine Trim(string text, int start, int end)
    {
        var indented = start < end && char.IsWhiteSpace(text[start]);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextLine(start, end, indented && start < end);
    }
}
