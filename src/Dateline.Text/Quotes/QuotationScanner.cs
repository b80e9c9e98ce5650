using System.Buffers;
using Dateline.Core;

namespace Dateline.Text.Quotes;

/// <summary>
/// Pairs quotation marks paragraph by paragraph. A double quotation left open at a paragraph end continues when the
/// next paragraph opens with a quotation mark (the newspaper convention for multi-paragraph quotes) and is otherwise
/// bounded at the paragraph end, so an unpaired mark never swallows the rest of an article. Single quotation marks are
/// paired only outside double quotations and only when they cannot be apostrophes; an unpaired one is dropped.
/// </summary>
internal static class QuotationScanner
{
    /// <summary>Characters that can start a double quotation mark (a pair of apostrophes starts with one).</summary>
    private static readonly SearchValues<char> DoubleStarts = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB\u201F'");

    /// <summary>The single quotation marks of <see cref="QuoteMarks.IsSingle"/>.</summary>
    private static readonly SearchValues<char> Singles = SearchValues.Create("'\u2018\u2019\u2039\u203A\u201B");

    public static void Scan(string text, IReadOnlyList<TextSpan> paragraphs, List<QuotedSpan> result)
    {
        result.Clear();
        var open = -1;
        var skip = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            for (var i = paragraph.Start; i < paragraph.End; i++)
            {
                // Other characters are no marks: go to the next that may be one.
                var next = text.AsSpan(i, paragraph.End - i).IndexOfAny(DoubleStarts);
                if (next < 0)
                {
                    break;
                }

                i += next;
                var c = text[i];
                var length = QuoteMarks.DoubleLength(text, i);
                if (length == 0 || i == skip)
                {
                    i += Math.Max(0, length - 1);
                    continue;
                }

                if (open < 0)
                {
                    if (QuoteMarks.OpensDouble(text, i))
                    {
                        open = i;
                    }
                }
                else if (c is '"' or '\'' || QuoteMarks.ClosesDouble(text, i))
                {
                    result.Add(new QuotedSpan(open, i + length, true, true));
                    open = -1;
                }

                i += length - 1;
            }

            if (open >= 0)
            {
                var next = p + 1 < paragraphs.Count ? FirstNonSpace(text, paragraphs[p + 1]) : -1;
                if (next >= 0 && QuoteMarks.DoubleLength(text, next) > 0 && QuoteMarks.OpensDouble(text, next))
                {
                    skip = next;
                }
                else
                {
                    result.Add(new QuotedSpan(open, TrimEnd(text, paragraph), false, true));
                    open = -1;
                }
            }
        }

        var doubles = result.Count;
        foreach (var paragraph in paragraphs)
        {
            ScanSingles(text, paragraph, result, doubles);
        }

        if (result.Count > doubles)
        {
            result.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static void ScanSingles(string text, TextSpan paragraph, List<QuotedSpan> result, int doubles)
    {
        var open = -1;
        var d = 0;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            while (d < doubles && result[d].End <= i)
            {
                d++;
            }

            if (d < doubles && result[d].Start <= i)
            {
                i = result[d].End - 1;
                open = -1;
                continue;
            }

            // Go to the next single mark before the next double quotation (which the loop then skips).
            var limit = d < doubles ? Math.Min(result[d].Start, paragraph.End) : paragraph.End;
            var next = text.AsSpan(i, limit - i).IndexOfAny(Singles);
            if (next < 0)
            {
                i = limit - 1;
                continue;
            }

            i += next;
            if (!QuoteMarks.IsSingle(text[i]) || QuoteMarks.IsPairedApostrophe(text, i))
            {
                continue;
            }

            if (QuoteMarks.OpensSingle(text, i))
            {
                open = i;
            }
            else if (open >= 0 && QuoteMarks.ClosesSingle(text, i) && i > open + 1)
            {
                result.Add(new QuotedSpan(open, i + 1, true, false));
                open = -1;
            }
        }
    }

    private static int FirstNonSpace(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int TrimEnd(string text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The index in <paramref name="quoted"/> (ordered, not overlapping) of the quotation holding each word, -1 outside quotation marks.</summary>
    public static int[] QuotationOfWords(List<Word> words, List<QuotedSpan> quoted)
    {
        var result = new int[words.Count];
        var q = 0;
        for (var w = 0; w < words.Count; w++)
        {
            while (q < quoted.Count && quoted[q].End <= words[w].Start)
            {
                q++;
            }

            result[w] = q < quoted.Count && quoted[q].Start <= words[w].Start ? q : -1;
        }

        return result;
    }
}
