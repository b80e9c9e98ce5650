using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Quotes;

/// <summary>
/// The last step of <see cref="QuoteFinder"/>: quotations that no frame covers continue the quote before them (after an
/// insert, later in its paragraph, or opening the next one) or, when they open a sentence or paragraph, become direct
/// quotes whose speaker introduces them with a colon, signs them, or spoke just before.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>Quotations that no frame covers: continuations of the previous quote, or whole-paragraph quotes.</summary>
    private void AddUncoveredQuotations()
    {
        _frames.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        var added = new List<QuoteFrame>();
        for (var q = 0; q < _quoted.Count; q++)
        {
            var quoted = _quoted[q];
            if (Covered(quoted))
            {
                continue;
            }

            if (ContinuesAfterInsert(quoted))
            {
                continue;
            }

            var wordCount = WordsIn(quoted.Start, quoted.End);
            var previous = PreviousFrame(quoted.Start);
            var paragraph = ParagraphOf(quoted.Start);
            var startsParagraph = paragraph >= 0 && _paragraphs[paragraph].Start == quoted.Start;

            // '"One," he said. "Two."': the second quotation extends the first quote.
            if (previous is not null && previous.Cue is { } cue && ParagraphOf(previous.Content.Start) == paragraph && !startsParagraph
                && IsDirect(previous) && cue.End <= quoted.Start && !WordFollows(quoted.End) && OnlyPunctuationBetween(Math.Max(previous.Content.End, Math.Max(previous.Speaker?.End ?? 0, cue.End)), quoted.Start))
            {
                previous.Content = new TextSpan(previous.Content.Start, quoted.End);
                previous.Extended = true;
                continue;
            }

            // A quotation that opens a sentence or paragraph right after the previous speaker's quote, with no other
            // quote between, goes on with what that speaker said (one statement, as attribution corpora mark it); in
            // the next paragraph only when it has 8+ words (a short one there is mostly a reply: '"Out!"').
            var previousParagraph = previous is null ? -1 : ParagraphOf(previous.Content.End - 1);
            if (previous is not null && quoted.Double && KindOf(previous) != QuoteKind.Indirect && (startsParagraph || StartsSentence(quoted.Start))
                && (paragraph == previousParagraph || (paragraph - previousParagraph == 1 && wordCount >= 8 && IsDirect(previous))) && previous.Content.End <= quoted.Start
                && !_frames.Any(f => f != previous && f.Content.Start >= previous.Content.End && f.Content.Start < quoted.Start && !IsRelativeAside(f)
                    && !InAttributionTail(previous, f)))
            {
                previous.Content = new TextSpan(previous.Content.Start, quoted.End);
                previous.Extended = true;
                continue;
            }

            if (wordCount < 4 || !quoted.Double && wordCount < 8)
            {
                continue;
            }

            if (!startsParagraph && !StartsSentence(quoted.Start))
            {
                continue;
            }

            var speaker = IntroducedBy(quoted.Start) ?? SignedAfter(quoted.End)
                ?? (previous is not null && paragraph - ParagraphOf(previous.Content.Start) <= 1 ? previous.Speaker : null);
            var frame = new QuoteFrame(new TextSpan(quoted.Start, quoted.End), null, speaker, 0, 0, 0);
            added.Add(frame);
            _frames.Add(frame);
            _frames.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        }
    }

    /// <summary>
    /// '"The risk," said Edward Leamer, an economist at UCLA, "is that ..."': a quotation after a comma that closes the
    /// insert following a direct quote's speaker, in the same sentence, continues that quote (one statement, as
    /// attribution corpora mark it); quotes found inside the insert ("who requested anonymity") are dropped.
    /// </summary>
    private bool ContinuesAfterInsert(QuotedSpan quoted)
    {
        QuoteFrame? direct = null;
        foreach (var frame in _frames)
        {
            if (frame.Cue is { } cue && frame.Speaker is { } speaker && frame.Content.End <= cue.Start && cue.End <= quoted.Start
                && speaker.End <= quoted.Start && frame.Content.Start < quoted.Start && IsDirect(frame))
            {
                direct = frame;
            }
        }

        if (direct is null || ParagraphOf(direct.Content.Start) != ParagraphOf(quoted.Start))
        {
            return false;
        }

        var from = Math.Max(direct.Speaker!.Value.End, direct.Cue!.Value.End);
        var between = _text.AsSpan(from, quoted.Start - from).Trim();
        if (between.Length < 2 || between.Length > 240 || between[0] != ',' || between[^1] != ',' || between.IndexOfAny(".!?") >= 0)
        {
            return false;
        }

        foreach (var c in between)
        {
            if (QuoteMarks.IsDouble(c))
            {
                return false;
            }
        }

        _frames.RemoveAll(f => f != direct && f.Content.Start >= from && f.Content.End <= quoted.Start);
        direct.Content = new TextSpan(direct.Content.Start, quoted.End);
        direct.Extended = true;
        return true;
    }

    /// <summary>
    /// The speaker of a quotation introduced by a colon with no cue: "X released the following statement:", "From the
    /// report:", "... - Philip Bump:". A short capitalised name right before the colon is the speaker; otherwise the
    /// subject nearest the colon in its sentence.
    /// </summary>
    private TextSpan? IntroducedBy(int quotationStart)
    {
        var colon = WordAtOrAfter(quotationStart) - 1;
        if (colon < 1 || !IsPunct(colon, ':') || _quoteOfWord[colon] >= 0 || !OnlyPunctuationBetween(_words[colon].End, quotationStart))
        {
            return null;
        }

        var start = colon - 1;
        while (start >= 0 && colon - start < 40 && _quoteOfWord[start] < 0 && !(IsPunct(start, '.') || IsPunct(start, '?') || IsPunct(start, '!'))
            && !_text.AsSpan(_words[start].End, _words[start + 1].Start - _words[start].End).Contains('\n'))
        {
            start--;
        }

        start++;

        // "Rep. Trey Gowdy (R-S.C.):": a short parenthesis before the colon belongs to the name.
        var nameEnd = colon;
        if (IsPunct(colon - 1, ')'))
        {
            for (var k = colon - 2; k > start && colon - k <= 10; k--)
            {
                if (IsPunct(k, '('))
                {
                    nameEnd = k;
                    break;
                }
            }
        }

        var name = nameEnd;
        while (name > start && nameEnd - name < 7 && _words[name - 1].IsWord
            && (char.IsUpper(_text[_words[name - 1].Start]) || (name < nameEnd && Span(name - 1).Equals("and", StringComparison.Ordinal))))
        {
            name--;
        }

        if (name < nameEnd && char.IsUpper(_text[_words[name].Start])
            && (name == start || IsPunct(name - 1, '-') || IsPunct(name - 1, '\u2014') || IsPunct(name - 1, '\u2013')))
        {
            return new TextSpan(_words[name].Start, _words[nameEnd - 1].End);
        }

        // "Partial transcript as follows:": what stands before "as follows" is the source.
        if (colon - start >= 3 && colon - start <= 9 && Span(colon - 1).Equals("follows", StringComparison.Ordinal) && Span(colon - 2).Equals("as", StringComparison.Ordinal))
        {
            return new TextSpan(_words[start].Start, _words[colon - 3].End);
        }

        // "Former secretary of state Hillary Rodham Clinton:", "From the report:": a short line without a verb names the source.
        if (colon - start <= 8 && colon > start)
        {
            var verb = false;
            for (var k = start; k < colon; k++)
            {
                verb |= _words[k].IsWord && LooksLikeVerb(k);
            }

            if (!verb)
            {
                return new TextSpan(_words[start].Start, _words[colon - 1].End);
            }
        }

        // Any word may open the subject here ("In response to the loss, Republican nominee Donald Trump issued ...").
        TextSpan? subject = null;
        for (var p = start; p < colon; p++)
        {
            if (ClauseSubject(p, Math.Min(colon, p + 8)) is { } found && found.Start == _words[p].Start)
            {
                subject = found;
                p = WordAtOrAfter(found.End) - 1;
            }
        }

        return subject;
    }

    /// <summary>A signature after a quotation: a dash and a name opening the next line ('"..." / - Bernie Sanders.').</summary>
    private TextSpan? SignedAfter(int quotationEnd)
    {
        var w = WordAtOrAfter(quotationEnd);
        if (w + 1 >= _words.Count || !(IsPunct(w, '-') || IsPunct(w, '\u2014') || IsPunct(w, '\u2013'))
            || !_text.AsSpan(quotationEnd, _words[w].Start - quotationEnd).Contains('\n'))
        {
            return null;
        }

        var first = w + 1;
        var end = first;
        while (end < _words.Count && end - first < 6 && _words[end].IsWord && _quoteOfWord[end] < 0 && char.IsUpper(_text[_words[end].Start]))
        {
            end++;
        }

        return end > first ? new TextSpan(_words[first].Start, _words[end - 1].End) : null;
    }

    /// <summary>Whether a word follows <paramref name="offset"/> on the same line ('told "Fox and Friends" after ...').</summary>
    private bool WordFollows(int offset)
    {
        for (var i = offset; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c is ' ' or '\t')
            {
                continue;
            }

            return char.IsLetterOrDigit(c);
        }

        return false;
    }

    private bool Covered(QuotedSpan quoted)
    {
        foreach (var frame in _frames)
        {
            if (frame.Content.Start < quoted.End && quoted.Start < frame.Content.End)
            {
                return true;
            }
        }

        return false;
    }

    private QuoteFrame? PreviousFrame(int offset)
    {
        QuoteFrame? best = null;
        foreach (var frame in _frames)
        {
            // A frame nested in the one before, or an aside in the attribution of a direct quote ('"One," X said, noting
            // ... "Two."'), is skipped.
            if (frame.Content.Start < offset && frame.Speaker is not null && !IsRelativeAside(frame)
                && !(best is not null && (best.Content.End >= frame.Content.End || (KindOf(best) != QuoteKind.Indirect && InAttributionTail(best, frame)))))
            {
                best = frame;
            }
        }

        return best;
    }

    /// <summary>
    /// Whether <paramref name="aside"/> lies in the rest of the sentence that holds the cue of a direct quote
    /// ('"...," Clark said, noting he would support ... "We have a deep bench."'): such asides do not break the quote.
    /// </summary>
    private bool InAttributionTail(QuoteFrame quote, QuoteFrame aside)
    {
        if (quote.Cue is not { } cue || aside.Content.Start < cue.End)
        {
            return false;
        }

        var from = Math.Max(cue.End, quote.Content.End);
        if (ParagraphOf(from) != ParagraphOf(aside.Content.Start))
        {
            return false;
        }

        for (var w = WordAtOrAfter(from); w < _words.Count && _words[w].Start < aside.Content.Start; w++)
        {
            if (_words[w].IsQuote || (_quoteOfWord[w] < 0 && (IsPunct(w, '.') || IsPunct(w, '?') || IsPunct(w, '!'))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Reported speech in a relative clause about a speaker ('," says X, a pollster who advised Clinton's campaign ...'):
    /// it does not take over the quotations that follow.
    /// </summary>
    private bool IsRelativeAside(QuoteFrame frame) =>
        frame.Speaker is { } speaker && KindOf(frame) == QuoteKind.Indirect && speaker.Length <= 5
        && _text.AsSpan(speaker.Start, speaker.Length) is var word && (word.Equals("who", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase));
}
