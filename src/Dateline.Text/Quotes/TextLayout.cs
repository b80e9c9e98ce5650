using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Quotes;

/// <summary>Paragraphs and sentences for the quote finder: from the document's layers when present, otherwise from the text.</summary>
internal static class TextLayout
{
    /// <summary>
    /// The paragraphs: the structure stage's headline and paragraphs when it found any, otherwise blocks between blank
    /// lines, split further at line breaks that end a sentence or a quotation.
    /// </summary>
    public static void Paragraphs(Document document, List<TextSpan> result)
    {
        result.Clear();
        var structure = document.Get(Layers.Structure);
        if (structure is { Paragraphs.IsEmpty: false })
        {
            if (structure.Headline is { } headline)
            {
                result.Add(headline);
            }

            foreach (var paragraph in structure.Paragraphs)
            {
                result.Add(paragraph);
            }

            result.Sort((a, b) => a.Start.CompareTo(b.Start));
            return;
        }

        var text = document.Text;
        var start = -1;
        var i = 0;
        while (i <= text.Length)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var lineEnd = i;
                if (start >= 0)
                {
                    var last = LastNonSpace(text, start, lineEnd);
                    var nextLineStart = i + 1;
                    var nextNonSpace = nextLineStart;
                    while (nextNonSpace < text.Length && text[nextNonSpace] is ' ' or '\t' or '\r')
                    {
                        nextNonSpace++;
                    }

                    var blankNext = nextNonSpace >= text.Length || text[nextNonSpace] == '\n';
                    var endsSentence = last >= 0 && (text[last] is '.' or '!' or '?' or ':' or ')' || QuoteMarks.IsAny(text[last]));
                    var shortLine = last - start < 60;
                    if (blankNext || i == text.Length || endsSentence || shortLine)
                    {
                        result.Add(new TextSpan(start, last + 1));
                        start = -1;
                    }
                }

                i++;
                continue;
            }

            if (start < 0 && !char.IsWhiteSpace(text[i]))
            {
                start = i;
            }

            i++;
        }
    }

    /// <summary>Sentence spans: the sentences layer when present, otherwise a rule-based split of each paragraph.</summary>
    public static void Sentences(Document document, List<Word> words, IReadOnlyList<TextSpan> paragraphs, List<TextSpan> result)
    {
        result.Clear();
        var layer = document.Get(Layers.Sentences);
        if (!layer.IsEmpty)
        {
            foreach (var sentence in layer)
            {
                result.Add(sentence.Span);
            }

            return;
        }

        var text = document.Text;
        var w = 0;
        foreach (var paragraph in paragraphs)
        {
            while (w < words.Count && words[w].Start < paragraph.Start)
            {
                w++;
            }

            var sentenceStart = -1;
            for (; w < words.Count && words[w].Start < paragraph.End; w++)
            {
                var word = words[w];
                if (sentenceStart < 0)
                {
                    sentenceStart = word.Start;
                }

                if (word.Kind != WordKind.Punctuation || text[word.Start] is not ('.' or '!' or '?'))
                {
                    continue;
                }

                var end = word.End;
                var next = w + 1;
                while (next < words.Count && words[next].Kind == WordKind.CloseQuote && words[next].Start < paragraph.End)
                {
                    end = words[next].End;
                    next++;
                }

                if (next >= words.Count || words[next].Start >= paragraph.End)
                {
                    break;
                }

                var first = text[words[next].Start];
                if (char.IsUpper(first) || char.IsDigit(first) || words[next].Kind == WordKind.OpenQuote)
                {
                    result.Add(new TextSpan(sentenceStart, end));
                    sentenceStart = -1;
                    w = next - 1;
                }
            }

            if (sentenceStart >= 0)
            {
                result.Add(new TextSpan(sentenceStart, paragraph.End));
            }
        }
    }

    private static int LastNonSpace(string text, int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
