using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Dedup;

/// <summary>
/// The body paragraphs of an article: the structure layer's paragraphs when the document has them,
/// otherwise the text split on blank lines (or on line breaks when it has no blank line at all), without the
/// blocks that overlap page furniture (<see cref="ArticleStructure.Furniture"/>).
/// </summary>
public static class BodyParagraphs
{
    public static IReadOnlyList<TextSpan> Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Get(Layers.Structure) is { Paragraphs.IsDefaultOrEmpty: false } structure)
        {
            return structure.Paragraphs;
        }

        var start = document.Metadata.Header is { } header ? header.End : 0;
        var split = Split(document.Text, start);

        // Page furniture is no part of the body, even when the structure stage found no paragraph around it.
        var furniture = FurnitureFilter.Spans(document);
        if (!furniture.IsEmpty)
        {
            split.RemoveAll(paragraph => FurnitureFilter.Overlaps(furniture, paragraph));
        }

        return split;
    }

    /// <summary>Splits <paramref name="text"/> (from <paramref name="start"/>) into trimmed, non-empty paragraphs.</summary>
    public static List<TextSpan> Split(string text, int start = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.AsSpan(start);
        var blankLines = HasBlankLine(body);
        var result = new List<TextSpan>();
        var paragraphStart = start;
        var i = start;
        while (i < text.Length)
        {
            if (text[i] != '\n')
            {
                i++;
                continue;
            }

            var lineEnd = i;
            var next = i + 1;
            if (!blankLines)
            {
                Add(text, paragraphStart, lineEnd, result);
                paragraphStart = next;
                i = next;
                continue;
            }

            // A blank line (only white space) ends the paragraph.
            var j = next;
            while (j < text.Length && text[j] != '\n' && char.IsWhiteSpace(text[j]))
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                Add(text, paragraphStart, lineEnd, result);
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    j++;
                }

                paragraphStart = j;
                i = j;
            }
            else
            {
                i = next;
            }
        }

        Add(text, paragraphStart, text.Length, result);
        return result;
    }

    private static bool HasBlankLine(ReadOnlySpan<char> text)
    {
        var lineHasText = true;
        var seenLine = false;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                if (!lineHasText && seenLine)
                {
                    return true;
                }

                seenLine = true;
                lineHasText = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                lineHasText = true;
            }
        }

        return false;
    }

    private static void Add(string text, int start, int end, List<TextSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }
}
