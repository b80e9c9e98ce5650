using Dateline.Core;

namespace Dateline.Text.Quotes;

/// <summary>
/// The segments of <see cref="QuoteFinder"/> (step 1, scan): sentences widened so that no quotation crosses a border,
/// a sentence split inside a short parenthesis rejoined ("(D-N.Y.)"), and a quotation kept with the attribution
/// sentence after it ('"...!" Trump said.').
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>Sentences widened so that no quotation crosses a border; each as a half-open word range.</summary>
    private List<(int First, int End)> Segments(List<TextSpan> sentences)
    {
        sentences.Sort((a, b) => a.Start.CompareTo(b.Start));
        var segments = new List<(int, int)>();
        var w = 0;
        var s = 0;
        while (s < sentences.Count)
        {
            var start = sentences[s].Start;
            var end = sentences[s].End;
            s++;
            while (true)
            {
                var crossing = QuotationCrossing(start, end);
                if (crossing <= end)
                {
                    break;
                }

                while (s < sentences.Count && sentences[s].Start < crossing)
                {
                    end = Math.Max(end, sentences[s].End);
                    s++;
                }

                end = Math.Max(end, crossing);
            }

            // "Chuck Schumer (D-N.Y.) said" split inside the parenthesis by a sentence splitter: the sentence goes on.
            while (s < sentences.Count && OpenParenthesis(start, end) && ParagraphOf(sentences[s].Start) == ParagraphOf(start))
            {
                end = Math.Max(end, sentences[s].End);
                s++;
            }

            // '"...!" Trump said.' or '"...," he said.' split by a sentence splitter: the attribution stays with its quote.
            while (s < sentences.Count && QuotationEnding(start, end) is var ending
                && (ending == 2 || (ending == 1 && ParagraphOf(sentences[s].Start) == ParagraphOf(start) && OpensWithAttribution(sentences[s]))))
            {
                end = Math.Max(end, sentences[s].End);
                s++;
            }

            while (w < _words.Count && _words[w].Start < start)
            {
                w++;
            }

            var first = w;
            while (w < _words.Count && _words[w].Start < end)
            {
                w++;
            }

            if (w > first)
            {
                segments.Add((first, w));
            }
        }

        return segments;
    }

    /// <summary>
    /// Whether a sentence opens with an attribution of the quotation before it: a reporting verb first ("asked Sen.
    /// Cantwell") or after a short name or pronoun subject ("Clinton said to People.").
    /// </summary>
    private bool OpensWithAttribution(TextSpan sentence)
    {
        var first = WordAtOrAfter(sentence.Start);
        for (var v = first; v < _words.Count && v < first + 6 && _words[v].Start < sentence.End; v++)
        {
            if (!_words[v].IsWord || _quoteOfWord[v] >= 0)
            {
                return false;
            }

            var span = Span(v);
            if (CueLexicon.TryGet(span, out var cue) && cue.Form is CueForm.Past or CueForm.Present && cue.Complement is CueComplement.Clause or CueComplement.Infinitive)
            {
                // Only a short attribution: '"...?" asked Cantwell.', not 'Trump said the vote was rigged.'
                var after = v + 1;
                while (after < _words.Count && _words[after].Start < sentence.End && after - v <= 6)
                {
                    after++;
                }

                return (v > first || char.IsLower(span[0])) && (after - v <= 6 || LooksAdverbial(v + 1, after, shortTail: false));
            }

            if (!(char.IsUpper(span[0]) || SpeechWords.Pronouns.Contains(span) || (v > first && IsAuxiliary(v))) || SpeechWords.Determiners.Contains(span)
                || (v == first && SpeechWords.AdverbialStarts.Contains(span)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether [start, end) leaves a short parenthesis open at its end ("(D-N.").</summary>
    private bool OpenParenthesis(int start, int end)
    {
        var from = Math.Max(start, end - 12);
        var open = _text.AsSpan(from, end - from).LastIndexOf('(');
        return open >= 0 && _text.AsSpan(from + open, end - from - open).IndexOf(')') < 0;
    }

    /// <summary>0 when [start, end) does not end with a closing quotation mark, 2 when a comma or dash precedes the mark, else 1.</summary>
    private int QuotationEnding(int start, int end)
    {
        var i = end - 1;
        while (i >= start && char.IsWhiteSpace(_text[i]))
        {
            i--;
        }

        var last = i;
        while (i >= start && QuoteMarks.IsAny(_text[i]))
        {
            i--;
        }

        if (i == last || i < start)
        {
            return 0;
        }

        return _text[i] is ',' or '\u2014' or '-' ? 2 : 1;
    }

    /// <summary>The end of the furthest quotation that starts inside [start, end) and ends beyond it, or <paramref name="end"/>.</summary>
    private int QuotationCrossing(int start, int end)
    {
        var furthest = end;
        foreach (var quoted in _quoted)
        {
            if (quoted.Start >= end)
            {
                break;
            }

            if (quoted.End > furthest && quoted.Start >= start - 1)
            {
                furthest = quoted.End;
            }
        }

        return furthest;
    }
}
