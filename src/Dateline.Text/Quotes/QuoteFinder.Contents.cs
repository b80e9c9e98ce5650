using Dateline.Core;

namespace Dateline.Text.Quotes;

/// <summary>
/// The contents of <see cref="QuoteFinder"/> (step 3): what a cue reports, before it ('"...," X said', "The plan, he
/// said, is dead") or after it ("X said (that) ...", a colon and the quotation that opens the next paragraph), and
/// attributions around attributions ("X said Y, according to Z"). Where a content ends is in
/// <c>QuoteFinder.ClauseBoundaries.cs</c>.
/// </summary>
internal sealed partial class QuoteFinder
{
    private TextSpan? ContentSpan(int first, int segmentEnd)
    {
        var end = TrimmedEnd(segmentEnd);
        return end - first < 2 ? null : new TextSpan(_words[first].Start, _words[end - 1].End);
    }

    private QuoteFrame? ContentBefore(int w, TextSpan cue, TextSpan? speaker, int boundary, int afterCue, (int First, int End) segment, int regionStart)
    {
        // The content ends at the comma (excluded) or at the closing quotation mark (included).
        int contentEnd;
        var last = boundary;
        if (_words[boundary].Kind == WordKind.CloseQuote)
        {
            contentEnd = _words[boundary].End;
        }
        else if (boundary > regionStart && _words[boundary - 1].Kind == WordKind.CloseQuote)
        {
            contentEnd = _words[boundary - 1].End;
        }
        else
        {
            contentEnd = _words[boundary].Start;
            last = boundary - 1;
        }

        var first = regionStart;
        while (first < last && IsConjunctionOrPunct(first))
        {
            first++;
        }

        if (last < first)
        {
            return null;
        }

        var contentStart = _words[first].Start;
        var frameLast = Math.Max(w, afterCue - 1);

        // "In both cases, Eric Trump spoke as if ...": a short prepositional opener is an adverbial, not content; so is
        // a longer one without a verb ("Under pressure from President Donald Trump, General Motors said ...").
        if (_words[first].IsWord && _quoteOfWord[first] < 0 && char.IsUpper(_text[_words[first].Start]) && !HasQuotation(first, last + 1)
            && ((last - first < 5 && SpeechWords.AdverbialStarts.Contains(Span(first)))
                || (last - first < 14 && SpeechWords.OpeningPrepositions.Contains(Span(first)) && !PhraseHoldsVerb(first, last + 1) && !HoldsAuxiliary(first, last + 1))))
        {
            return null;
        }

        // A parenthetical cue: 'The plan, he said, is dead.' or '"One," he said, "two."'
        var next = afterCue;
        while (next < segment.End && _words[next].IsWord && _quoteOfWord[next] < 0 && next - afterCue < 8 && !IsPunct(next, ','))
        {
            next++;
        }

        var quotationBefore = QuotationEndsAt(boundary, regionStart);
        if (next < segment.End - 2 && IsPunct(next, ',') && next + 1 < segment.End && !IsCueParticiple(next + 1)
            && (!quotationBefore || _words[next + 1].Kind == WordKind.OpenQuote))
        {
            var tail = TrimmedEnd(segment.End);
            if (tail > next + 1)
            {
                contentEnd = Math.Max(contentEnd, _words[tail - 1].End);
                frameLast = segment.End - 1;
            }
        }

        if (contentEnd <= contentStart)
        {
            return null;
        }

        return new QuoteFrame(new TextSpan(contentStart, contentEnd), cue, speaker, first, w, frameLast);
    }

    /// <summary>
    /// Whether the comma <paramref name="comma"/> opens a closing attribution of the whole sentence: a short subject and a
    /// reporting verb in the past or present, then at most a short tail ("..., the Daily Caller reports.").
    /// </summary>
    private bool TrailingAttribution(int comma, int end)
    {
        for (var v = comma + 2; v < end && v <= comma + 6; v++)
        {
            if (!_words[v - 1].IsWord || _quoteOfWord[v - 1] >= 0 || !_words[v].IsWord || _quoteOfWord[v] >= 0)
            {
                return false;
            }

            if (Span(v) is "reports" or "reported" or "says" or "said" or "writes" or "wrote" or "notes" or "noted" or "adds" or "added")
            {
                var subject = char.IsUpper(_text[_words[comma + 1].Start]) || SpeechWords.Determiners.Contains(Span(comma + 1));
                return subject && end - v <= 4;
            }
        }

        return false;
    }

    /// <summary>The word after a closing mark preceded by a comma and followed by a speaker and a cue, or a cue; <c>null</c> when none.</summary>
    private int? AttributionAfterQuotation(int from, int end)
    {
        for (var k = from; k < end - 1; k++)
        {
            if (_words[k].Kind != WordKind.CloseQuote || !IsPunct(k - 1, ','))
            {
                continue;
            }

            var next = k + 1;
            if (_words[next].IsWord && _quoteOfWord[next] < 0
                && ((CueLexicon.TryGet(Span(next), out var cue) && cue.Form is CueForm.Past or CueForm.Present) || CueAfterSubject(k, end)))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>
    /// 'They want to "create an economy that works," Sanders said.': when the statement before an attribution was taken by
    /// another cue's frame that reaches the boundary, the attribution reports the whole clause before it, as attribution
    /// corpora mark it, and replaces that frame.
    /// </summary>
    private QuoteFrame? NestedBefore(int w, TextSpan cue, TextSpan? speaker, int boundary, int afterCue, (int First, int End) segment, int regionStart, bool keepInner = false)
    {
        if (speaker is null || regionStart <= segment.First || _frames.Count == 0)
        {
            return null;
        }

        var inner = _frames[^1];
        var boundaryStart = _words[boundary].Start;
        // The inner frame reaches the boundary with its content, or, kept inside, with its attribution
        // ('"...," Sanders said, according to CNN').
        var reaches = inner.Content.End >= _words[Math.Max(segment.First, boundary - 1)].Start || (keepInner && inner.LastWord >= boundary - 1);
        if (inner.Content.Start < _words[segment.First].Start || !reaches || inner.Content.End > _words[boundary].End)
        {
            return null;
        }

        var first = segment.First;
        while (first < boundary && IsConjunctionOrPunct(first))
        {
            first++;
        }

        var contentEnd = _words[boundary].Kind == WordKind.CloseQuote ? _words[boundary].End
            : boundary > first && _words[boundary - 1].Kind == WordKind.CloseQuote ? _words[boundary - 1].End : boundaryStart;
        if (first >= boundary || contentEnd <= _words[first].Start)
        {
            return null;
        }

        // The inner statement is part of what the outer speaker says; attribution corpora mark the outer one.
        var content = new TextSpan(_words[first].Start, contentEnd);
        for (var f = 0; f < _frames.Count - 1; f++)
        {
            if (_frames[f].Content.Start < content.End && content.Start < _frames[f].Content.End)
            {
                return null;
            }
        }

        if (keepInner)
        {
            // "X said Y, according to Z": both attributions stand, Z's around X's.
            return new QuoteFrame(content, cue, speaker, first, w, Math.Max(w, afterCue - 1)) { Nested = true };
        }

        _frames.RemoveAt(_frames.Count - 1);
        return new QuoteFrame(content, cue, speaker, first, w, Math.Max(w, afterCue - 1));
    }

    private QuoteFrame? ContentAfter(int w, CueWord cue, TextSpan cueSpan, TextSpan? speaker, int afterCue, (int First, int End) segment)
    {
        var c = afterCue;
        if (cue.TakesObject)
        {
            c = SkipObject(c, segment.End);
        }

        // "called for ...", "declined to comment": a particle or an infinitive opens the content itself.
        var ownStart = false;
        if (c < segment.End && _words[c].IsWord && _quoteOfWord[c] < 0)
        {
            if (CueLexicon.TakesParticle(cue.Lemma, Span(c)))
            {
                c++;
                ownStart = true;
            }
            else if (cue.Complement == CueComplement.Infinitive && Span(c).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                ownStart = true;
            }
        }

        if (!ownStart && cue.Complement == CueComplement.Particle)
        {
            return null;
        }

        var phrase = cue.Complement is CueComplement.Object or CueComplement.Particle;
        if (!ownStart)
        {
            c = SkipAdverbial(c, segment.End);
        }

        if (!ownStart && c < segment.End && _words[c].IsWord && _quoteOfWord[c] < 0 && !Span(c).Equals("that", StringComparison.OrdinalIgnoreCase)
            && SpeechWords.AdverbialStarts.Contains(Span(c)))
        {
            // "said in a statement that ...": a short adverbial without a comma, then "that".
            for (var j = c + 1; j < segment.End && j < c + 8; j++)
            {
                if (!_words[j].IsWord || _quoteOfWord[j] >= 0)
                {
                    break;
                }

                if (Span(j).Equals("that", StringComparison.OrdinalIgnoreCase))
                {
                    c = j;
                    break;
                }
            }
        }

        if (c < segment.End && (IsPunct(c, ':') || IsPunct(c, ',')))
        {
            c++;
        }

        var end = TrimmedEnd(segment.End);
        TextSpan content;
        if (c >= end)
        {
            // 'He said:' at a paragraph end, the quotation in the next paragraph.
            var next = NextQuotationAfter(_words[Math.Min(segment.End, _words.Count) - 1].End);
            if (next is null || !(c > afterCue || afterCue >= end) || !EndsWithColonOrComma(segment))
            {
                return null;
            }

            content = new TextSpan(next.Value.Start, next.Value.End);
            return new QuoteFrame(content, cueSpan, speaker, w, w, segment.End - 1);
        }

        if (!ownStart && IsLearned(cue))
        {
            c = SkipLearnedParticles(c, end);
            if (c >= end)
            {
                return null;
            }
        }

        if (!ownStart && _words[c].IsWord && SpeechWords.NotContentStarts.Contains(Span(c)))
        {
            return null;
        }

        var last = segment.End - 1;
        phrase |= IsLearned(cue) && !OpensClause(c);
        if (phrase)
        {
            // A noun phrase object ends at the first comma, semicolon or dash outside quotation marks; the rest of the
            // segment is free for other cues ("One pastor supporting Mr. Cruz, Darran Whiting, said ...").
            if (PhraseEnd(c + 1, end) is { } phraseEnd)
            {
                end = phraseEnd;
                last = phraseEnd;
            }
        }
        else if (AdverbialTail(c + 1, end) is { } tail)
        {
            end = tail;
            last = tail;
        }

        if (end <= c || (end - c < 2 && _quoteOfWord[c] < 0 && !phrase))
        {
            return null;
        }

        // 'Kasich cautioned "let's not get ahead of ourselves," before predicting ...', 'He said that is a "distortion,"
        // describing ...', 'calling it "disqualifying" and asserting ...': a participle clause after the content describes
        // the speaker's act and is not part of what was said.
        if (ParticipleTail(c + 1, end, cue.Form == CueForm.Participle) is { } participleTail)
        {
            last = participleTail - 1;
            end = TrimmedEnd(participleTail);
            if (end <= c)
            {
                return null;
            }
        }

        // "Trump said he was happy, according to the Times" / "..., the Daily Caller reports.": the source of the whole
        // statement at the end of the sentence is not part of its content.
        for (var k = c + 1; k < end - 2; k++)
        {
            if (_quoteOfWord[k] < 0 && IsPunct(k, ',') && Span(k + 1).Equals("according", StringComparison.Ordinal) && Span(k + 2).Equals("to", StringComparison.Ordinal))
            {
                last = k - 1;
                end = k;
                break;
            }

            if (_quoteOfWord[k] < 0 && IsPunct(k, ',') && TrailingAttribution(k, end))
            {
                last = k;
                end = k;
                break;
            }
        }

        // 'They want to "create an economy," Sanders said.': an attribution after a quotation that ends with a comma
        // closes this content; that attribution reports the whole clause.
        if (AttributionAfterQuotation(c + 1, end) is { } quoteEnd)
        {
            last = quoteEnd - 1;
            end = quoteEnd;
        }

        // "Trump, who has told aides he sees the issues as one, said in a statement: ...": reported speech in a relative
        // clause ends at the comma after which the main clause goes on with its verb.
        if (speaker is { } relative && RelativeClauseEnd(relative, c + 1, end) is { } relativeEnd)
        {
            last = relativeEnd - 1;
            end = TrimmedEnd(relativeEnd);
            if (end <= c)
            {
                return null;
            }
        }

        // "When he first described the wall, he said, ...": a cue inside an opening subordinate clause reports only up to
        // the comma that closes the clause; the main clause after it is free for its own cue.
        if (speaker is { } subject && SubordinateClauseEnd(WordAtOrAfter(subject.Start), c, end, segment.First) is { } clauseEnd)
        {
            last = clauseEnd - 1;
            end = TrimmedEnd(clauseEnd);
            if (end <= c)
            {
                return null;
            }
        }

        // "opposes X and recalled Y", "accuses Obama of X and Trump says Y": a coordinated cue starts its own statement.
        if (CoordinatedCue(c + 1, end) is { } coordination && coordination - c >= 1)
        {
            last = coordination - 1;
            end = TrimmedEnd(coordination);
            if (end <= c)
            {
                return null;
            }
        }

        content = new TextSpan(_words[c].Start, _words[end - 1].End);
        return new QuoteFrame(content, cueSpan, speaker, w, w, last);
    }

    /// <summary>Whether a closing quotation mark is the boundary word or stands right before it ('"...," he told').</summary>
    private bool QuotationEndsAt(int boundary, int regionStart) =>
        _words[boundary].Kind == WordKind.CloseQuote || (boundary > regionStart && _words[boundary - 1].Kind == WordKind.CloseQuote);

    /// <summary>
    /// Whether "that" opens a clause after a short adverbial at <paramref name="c"/> ("told reporters Tuesday that ...",
    /// "said in a statement that ..."): the content follows the cue, and what stands before the speaker is an opener.
    /// </summary>
    private bool ThatAfterAdverbial(int c, int end)
    {
        if (c >= end || !_words[c].IsWord || _quoteOfWord[c] >= 0 || !(SpeechWords.AdverbialStarts.Contains(Span(c)) || IsTimeWord(c)))
        {
            return false;
        }

        for (var k = c + 1; k < end && k <= c + 6; k++)
        {
            if (!_words[k].IsWord || _quoteOfWord[k] >= 0)
            {
                return false;
            }

            if (Span(k).Equals("that", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quotation (possibly spanning paragraphs) that opens the paragraph after <paramref name="offset"/>.</summary>
    private QuotedSpan? NextQuotationAfter(int offset)
    {
        foreach (var quoted in _quoted)
        {
            if (quoted.Start >= offset)
            {
                var between = _text.AsSpan(offset, quoted.Start - offset);
                return between.Trim().IsEmpty && between.Contains('\n') ? quoted : null;
            }
        }

        return null;
    }

    private bool EndsWithColonOrComma((int First, int End) segment) =>
        IsPunct(segment.End - 1, ':') || IsPunct(segment.End - 1, ',');

    private bool HoldsAuxiliary(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_words[k].IsWord && (SpeechWords.Be.Contains(Span(k)) || IsAuxiliary(k)))
            {
                return true;
            }
        }

        return false;
    }
}
