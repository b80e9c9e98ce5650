using Dateline.Core;

namespace Dateline.Text.Quotes;

/// <summary>
/// The word tests of <see cref="QuoteFinder"/> that every step shares: a word's text, punctuation, closed word classes
/// (conjunctions, auxiliaries, time words) and positions (paragraph, sentence start, the word at an offset).
/// </summary>
internal sealed partial class QuoteFinder
{
    private ReadOnlySpan<char> Span(int w) => _text.AsSpan(_words[w].Start, _words[w].Length);

    private bool IsPunct(int w, char c) =>
        w >= 0 && w < _words.Count && _words[w].Kind == WordKind.Punctuation && _words[w].Length == 1 && _text[_words[w].Start] == c;

    private bool IsPunctAny(int w) => w < _words.Count && _words[w].Kind == WordKind.Punctuation;

    private bool IsConjunction(int w)
    {
        var span = Span(w);
        return span.Equals("and", StringComparison.OrdinalIgnoreCase) || span.Equals("but", StringComparison.OrdinalIgnoreCase)
            || span.Equals("so", StringComparison.OrdinalIgnoreCase) || span.Equals("or", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsConjunctionOrPunct(int w) =>
        (_words[w].Kind == WordKind.Punctuation) || (_words[w].IsWord && IsConjunction(w));

    private bool IsAuxiliary(int w)
    {
        var span = Span(w);
        return SpeechWords.Auxiliaries.Contains(span) || SpeechWords.Be.Contains(span)
            || (span.Length > 4 && span.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(span[0]));
    }

    private bool IsTimeWord(int w) => SpeechWords.TimeWords.Contains(Span(w));

    private bool IsTimePreposition(int w)
    {
        var span = Span(w);
        return span.Equals("on", StringComparison.OrdinalIgnoreCase) || span.Equals("last", StringComparison.OrdinalIgnoreCase)
            || span.Equals("this", StringComparison.OrdinalIgnoreCase) || span.Equals("earlier", StringComparison.OrdinalIgnoreCase);
    }

    private int ParagraphOf(int offset)
    {
        var lo = 0;
        var hi = _paragraphs.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_paragraphs[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else if (_paragraphs[mid].Start > offset)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return lo - 1;
    }

    private bool StartsSentence(int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            var c = _text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' || QuoteMarks.IsAny(c);
        }

        return true;
    }

    private bool OnlyPunctuationBetween(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int WordsIn(int start, int end)
    {
        var count = 0;
        for (var w = WordAtOrAfter(start); w < _words.Count && _words[w].Start < end; w++)
        {
            if (_words[w].IsWord)
            {
                count++;
            }
        }

        return count;
    }

    private int WordAtOrAfter(int offset)
    {
        var lo = 0;
        var hi = _words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_words[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private bool HasQuotation(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_quoteOfWord[k] >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
