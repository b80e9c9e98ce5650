using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Quotes;

/// <summary>
/// Makes quote contents hold only what the source said: an interrupted quotation ('"A," X said. "B."') becomes one
/// quote per quoted part, so no content holds its own attribution clause; a reported clause loses its
/// complementizer ("said that the plan ..." -> "the plan ..."). Offsets stay exact: contents only shrink or split.
/// </summary>
internal static class QuoteContents
{
    /// <summary>Rewrites <paramref name="found"/> in place; <paramref name="splitInterrupted"/> splits interrupted quotations.</summary>
    public static void Clean(string text, List<FoundQuote> found, bool splitInterrupted = true)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var quote = found[i];
            if (quote.Kind == QuoteKind.Direct)
            {
                if (!splitInterrupted)
                {
                    continue;
                }

                var parts = QuotedParts(text, quote.Content);
                if (parts.Count > 1)
                {
                    found.RemoveAt(i);
                    found.InsertRange(i, parts.Select(part => quote with { Content = part }));
                }

                continue;
            }

            found[i] = quote with { Content = WithoutComplementizer(text, quote.Content) };
        }
    }

    /// <summary>
    /// The quoted parts of a direct content that an attribution interrupts: pieces from an opening mark to its closing
    /// mark, split where the text between a closing and the next opening mark holds words (not only a paragraph
    /// break, as between the paragraphs of one long quotation). One part (the whole content) when nothing interrupts.
    /// </summary>
    internal static List<TextSpan> QuotedParts(string text, TextSpan content)
    {
        var parts = new List<TextSpan>(1);
        var partStart = content.Start;
        var closedAt = -1;
        for (var i = content.Start; i < content.End; i++)
        {
            var c = text[i];
            if (!IsDoubleMark(c))
            {
                continue;
            }

            if (IsOpening(text, i))
            {
                if (closedAt >= 0 && HasWords(text, closedAt + 1, i))
                {
                    parts.Add(new TextSpan(partStart, closedAt + 1));
                    partStart = i;
                }

                closedAt = -1;
            }
            else
            {
                closedAt = i;
            }
        }

        if (parts.Count == 0)
        {
            return [content];
        }

        parts.Add(new TextSpan(partStart, content.End));
        return parts;
    }

    private static TextSpan WithoutComplementizer(string text, TextSpan content)
    {
        content = WithoutLeadingTitle(text, content);
        var span = text.AsSpan(content.Start, content.Length);
        if (span.Length > 5 && span.StartsWith("that ", StringComparison.OrdinalIgnoreCase))
        {
            var start = content.Start + 5;
            while (start < content.End && text[start] == ' ')
            {
                start++;
            }

            return new TextSpan(start, content.End);
        }

        return content;
    }

    /// <summary>
    /// 'told NBC's "Today" on Monday that the plant ...': a quoted programme title and an adverbial before "that" belong
    /// to the attribution, not to what was said.
    /// </summary>
    private static TextSpan WithoutLeadingTitle(string text, TextSpan content)
    {
        if (content.Length < 4 || !IsDoubleMark(text[content.Start]))
        {
            return content;
        }

        var close = -1;
        for (var i = content.Start + 1; i < content.End && i < content.Start + 60; i++)
        {
            if (IsDoubleMark(text[i]))
            {
                close = i;
                break;
            }
        }

        if (close < 0 || !char.IsUpper(text[content.Start + 1]))
        {
            return content;
        }

        var rest = text.AsSpan(close + 1, content.End - close - 1);
        var that = rest.IndexOf(" that ", StringComparison.Ordinal);
        if (that < 0 || that > 40)
        {
            return content;
        }

        var start = close + 1 + that + 1;
        return new TextSpan(start, content.End);
    }

    private static bool IsDoubleMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    private static bool IsOpening(string text, int i)
    {
        var c = text[i];
        if (c is '“' or '„' or '«')
        {
            return true;
        }

        if (c is '”' or '»')
        {
            return false;
        }

        // A straight mark opens when it follows a space, a line break, a dash or the start and precedes a non-space.
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '—' or '–' or '-' or ':') && !char.IsWhiteSpace(after);
    }

    private static bool HasWords(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
