using Dateline.Core;

namespace Dateline.Text.Quotes;

/// <summary>
/// The cues of <see cref="QuoteFinder"/> (step 2): a reporting verb from <see cref="CueLexicon"/> or "according to"
/// opens a frame with its speaker and content; raising verbs ("is expected to") and questions put to someone ("Asked
/// whether ...,") have no speaker; an unlisted verb next to a quotation ('," Trump barked') and "Name: statement" are
/// cues in a segment where the lexicon finds none.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>
    /// A bare verb form ("say", "think") counts unless it is an infinitive ("to say") or reads as a noun after a
    /// determiner or a preposition ("a call", "of show", "the TV show").
    /// </summary>
    private bool IsPresentSubject(int w)
    {
        if (w == 0 || !_words[w - 1].IsWord)
        {
            return w > 0;
        }

        var before = Span(w - 1);
        if (before is "Many" or "many" or "Some" or "some" or "Several" or "several" or "Most" or "most" or "Few" or "few"
            && (w - 1 == 0 || !_words[w - 2].IsWord))
        {
            // "Many say ...": the quantifier is the subject.
            return true;
        }

        if (before.Equals("to", StringComparison.OrdinalIgnoreCase) || (SpeechWords.Determiners.Contains(before) && !before.Equals("both", StringComparison.OrdinalIgnoreCase))
            || SpeechWords.NotContentStarts.Contains(before))
        {
            return false;
        }

        // "the TV show", "the Trump brand": a capitalised modifier after a determiner makes the form a noun.
        return !(char.IsUpper(before[0]) && w >= 2 && _words[w - 2].IsWord && SpeechWords.Determiners.Contains(Span(w - 2)));
    }

    private QuoteFrame? AccordingTo(int w, (int First, int End) segment, int regionStart)
    {
        var cue = new TextSpan(_words[w].Start, _words[w + 1].End);
        var (npFirst, npEnd) = RightPhrase(w + 2, segment.End, anyStart: true);
        if (npEnd <= npFirst)
        {
            return null;
        }

        if (w == regionStart || (w == regionStart + 1 && IsConjunction(regionStart)))
        {
            // "According to a report by the Equal Justice Initiative, ...": the source runs through its "by" complement.
            if (npEnd < segment.End && _words[npEnd].IsWord && Span(npEnd) is "by" or "from" or "of")
            {
                var k = npEnd + 1;
                while (k < segment.End && k - npEnd <= 10 && _words[k].IsWord && _quoteOfWord[k] < 0)
                {
                    k++;
                }

                if (k < segment.End && k > npEnd + 1 && IsPunct(k, ','))
                {
                    npEnd = k;
                }
            }
        }

        var speaker = new TextSpan(_words[npFirst].Start, _words[npEnd - 1].End);
        if (w == regionStart || (w == regionStart + 1 && IsConjunction(regionStart)))
        {
            var after = npEnd < segment.End && IsPunct(npEnd, ',') ? npEnd + 1 : npEnd;
            var content = ContentSpan(after, segment.End);
            return content is null ? null : new QuoteFrame(content.Value, cue, speaker, w, w + 1, segment.End - 1);
        }

        var end = w > regionStart && IsPunct(w - 1, ',') ? w - 1 : w;
        if (end <= regionStart)
        {
            // "Trump said he was happy, according to the Times": the source reports the whole statement.
            return w > segment.First && IsPunct(w - 1, ',') ? NestedBefore(w + 1, cue, speaker, w - 1, npEnd, segment, regionStart, keepInner: true) : null;
        }

        var before = new TextSpan(_words[regionStart].Start, _words[end - 1].End);
        return new QuoteFrame(before, cue, speaker, w, w + 1, npEnd - 1);
    }

    private QuoteFrame? ReportingVerb(int w, CueWord cue, (int First, int End) segment, int regionStart)
    {
        var cueSpan = new TextSpan(_words[w].Start, _words[w].End);
        if (cue.Complement == CueComplement.Raising || (cue.Form == CueForm.Past && IsPassiveRaising(w, cue, regionStart, segment.End)))
        {
            return Raising(w, cueSpan, segment, regionStart);
        }

        if (cue.Lemma == "ask" && cue.Form == CueForm.Past && AskedQuestion(w, cueSpan, segment, regionStart) is { } question)
        {
            return question;
        }

        // Walk left over auxiliaries and adverbs to the speaker phrase.
        var left = w - 1;
        while (left >= regionStart && _words[left].IsWord && _quoteOfWord[left] < 0 && (IsAuxiliary(left) || IsTimeWord(left) || (IsTimePreposition(left) && left + 1 < w && IsTimeWord(left + 1))))
        {
            if (SpeechWords.Be.Contains(Span(left)) && !IsLearned(cue))
            {
                return null;
            }

            left--;
        }

        if (left >= regionStart && _words[left].IsWord && SpeechWords.Be.Contains(Span(left)) && !IsLearned(cue))
        {
            return null;
        }

        // "Sen. Marco Rubio (R-Fla.) said": a short parenthesis ends the speaker phrase.
        var parenthesis = -1;
        if (left > regionStart && IsPunct(left, ')'))
        {
            for (var k = left - 1; k >= regionStart && left - k <= 10; k--)
            {
                if (IsPunct(k, '('))
                {
                    parenthesis = left;
                    left = k - 1;
                    break;
                }
            }
        }

        var (npFirst, npEnd) = LeftPhrase(left, regionStart);
        if (parenthesis >= 0 && npEnd > npFirst)
        {
            npEnd = parenthesis + 1;
        }

        // "a direct question", "In a subsequent tweet": a bare form after an article or a prepositional phrase is a noun.
        if (cue.Form == CueForm.Base && npEnd > npFirst && (Span(npFirst) is "a" or "an" or "A" or "An" or "another" or "Another" or "each" or "every"
            || (char.IsUpper(Span(npFirst)[0]) && SpeechWords.NotContentStarts.Contains(Span(npFirst)))))
        {
            return null;
        }

        // A speaker phrase does not open with a preposition: "In Iowa, Trump said" gives "Iowa Trump" at worst.
        while (npEnd - npFirst > 1 && char.IsUpper(Span(npFirst)[0]) && SpeechWords.NotContentStarts.Contains(Span(npFirst)))
        {
            npFirst++;
        }

        // "she released a statement saying ...", "Carson shared a syllabus ... writing ...": before a participle cue a
        // phrase holding a verb is the predicate and its object, one opening with a preposition an adverbial ("at one
        // point calling"); the speaker is the subject of the clause.
        if (npEnd > npFirst && cue.Form == CueForm.Participle && !IsPunct(npEnd, ',')
            && (PhraseHoldsVerb(npFirst, npEnd) || AdverbialBeforeParticiple(npFirst, npEnd)
                || (npEnd - npFirst == 1 && char.IsLower(Span(npFirst)[0]) && npFirst > regionStart && IsPunct(npFirst - 1, ','))))
        {
            return ContentAfter(w, cue, cueSpan, SubjectOf(segment, regionStart, w), w + 1, segment);
        }

        var hasLeftSpeaker = npEnd > npFirst;
        var beforeSpeaker = hasLeftSpeaker ? npFirst - 1 : left;

        int afterCue = w + 1;
        TextSpan? speaker = null;
        var inverted = false;
        if (hasLeftSpeaker)
        {
            speaker = new TextSpan(_words[npFirst].Start, _words[npEnd - 1].End);
        }
        else if (w - 1 == left && left >= segment.First && IsPunct(left, ',') && BeforeRelativeFrame(left, segment.First) is { } head)
        {
            // "Clinton, who called Sanders after the vote, told her supporters ...": the relative clause was a
            // statement of its own; the speaker is the phrase it describes.
            speaker = new TextSpan(_words[head.First].Start, _words[head.End - 1].End);
            beforeSpeaker = head.First - 1;

            // What stands before the described phrase is free for the content ('"...," Warren, who ..., told reporters').
            if (_frames.Count < 2 || _frames[^2].Content.End <= _words[segment.First].Start)
            {
                regionStart = segment.First;
            }
        }
        else if (cue.Form == CueForm.Participle && left >= regionStart && w - 1 == left && _words[left].IsWord
            && Span(left) is "by" or "then" or "while" or "after" or "before" or "without")
        {
            // "Ryan ended his comments by saying he would ...": the participle's speaker is the subject of the clause.
            return ContentAfter(w, cue, cueSpan, SubjectOf(segment, regionStart, w), afterCue, segment);
        }
        else if (left >= regionStart && _words[left].IsWord && IsConjunction(left) && (left > regionStart || regionStart > segment.First))
        {
            // A coordinated verb: "... and said that ...", "... but admitted ...".
            return ContentAfter(w, cue, cueSpan, SubjectOf(segment, regionStart, w), afterCue, segment);
        }
        else if (left >= regionStart && w - 1 == left && IsContentBoundary(left))
        {
            if (cue.Form == CueForm.Participle && IsPunct(left, ','))
            {
                // ", adding that ...": the speaker is the subject of the sentence or of the previous frame.
                return ContentAfter(w, cue, cueSpan, SubjectOf(segment, regionStart, w), afterCue, segment);
            }

            // "Harry Reid, Nevada Democrat, said the talks ...": after a plain comma (not a closing quotation mark) an
            // appositive before the cue names the speaker; only when there is none is the order inverted.
            if (IsPunct(left, ',') && !(left > segment.First && _words[left - 1].Kind == WordKind.CloseQuote) && Appositive(left, regionStart) is { } early)
            {
                speaker = new TextSpan(_words[early.First].Start, _words[early.End - 1].End);
                beforeSpeaker = early.First - 1;
            }
            else
            {
                // Inverted order: '"...," said Simonson.'
                var (rFirst, rEnd) = cue.TakesObject || RelativeInsertBefore(left, regionStart) ? (0, 0) : RightPhrase(w + 1, segment.End, anyStart: InvertedLowerCaseSpeaker(w + 1, segment.End));
                if (rEnd > rFirst && (LooksAdverbial(rEnd, segment.End, shortTail: false)
                    || (_words[rEnd].IsWord && (Span(rEnd).Equals("who", StringComparison.Ordinal) || Span(rEnd).Equals("whose", StringComparison.Ordinal)))))
                {
                    speaker = new TextSpan(_words[rFirst].Start, _words[rEnd - 1].End);
                    afterCue = rEnd;
                    beforeSpeaker = left;
                    inverted = true;
                }
                else if ((IsPunct(left, ',') || IsPunct(left, '\u2014')) && Appositive(left, regionStart) is { } np)
                {
                    // "Sanders, the senator from Vermont, said ..." and "Sanders, who ..., said ...".
                    speaker = new TextSpan(_words[np.First].Start, _words[np.End - 1].End);
                    beforeSpeaker = np.First - 1;
                }
                else
                {
                    return null;
                }
            }
        }
        else
        {
            return null;
        }

        var contentBefore = beforeSpeaker >= regionStart && IsContentBoundary(beforeSpeaker) && beforeSpeaker > regionStart
            && (!OpensOwnContent(cue, afterCue, segment.End) || (QuotationEndsAt(beforeSpeaker, regionStart) && WordsToClauseEnd(afterCue, segment.End) <= 5))
            && !ThatAfterAdverbial(cue.TakesObject && !inverted ? SkipObject(afterCue, segment.End) : afterCue, segment.End);
        var afterObject = cue.TakesObject && !inverted ? SkipObject(afterCue, segment.End) : afterCue;
        if (contentBefore && (LooksAdverbial(afterObject, segment.End, shortTail: cue.Complement is CueComplement.Clause or CueComplement.Infinitive)
            || (QuotationEndsAt(beforeSpeaker, regionStart) && (!ClauseFollows(afterCue, segment.End) || IsIngWord(afterObject, segment.End)))))
        {
            if (ContentBefore(w, cueSpan, speaker, beforeSpeaker, afterCue, segment, regionStart) is { } before)
            {
                return before;
            }

            if (NestedBefore(w, cueSpan, speaker, beforeSpeaker, afterCue, segment, regionStart) is { } outer)
            {
                return outer;
            }
        }

        // "X said Y, the Daily Caller reports": a closing attribution of the whole sentence nests around the statement.
        if (beforeSpeaker == regionStart - 1 && beforeSpeaker > segment.First && IsPunct(beforeSpeaker, ',') && hasLeftSpeaker
            && TrailingAttribution(beforeSpeaker, segment.End)
            && NestedBefore(w, cueSpan, speaker, beforeSpeaker, afterCue, segment, regionStart, keepInner: true) is { } trailing)
        {
            return trailing;
        }

        // The boundary closed the previous frame in this segment: this attribution nests around it.
        if (beforeSpeaker == regionStart - 1 && beforeSpeaker > segment.First && QuotationEndsAt(beforeSpeaker, segment.First) && IsPunct(beforeSpeaker - 1, ',')
            && !ClauseFollows(afterCue, segment.End) && LooksAdverbial(afterObject, segment.End, shortTail: cue.Complement is CueComplement.Clause or CueComplement.Infinitive)
            && NestedBefore(w, cueSpan, speaker, beforeSpeaker, afterCue, segment, regionStart) is { } nested)
        {
            return nested;
        }

        if (inverted)
        {
            return null;
        }

        return ContentAfter(w, cue, cueSpan, speaker, afterCue, segment);
    }

    /// <summary>The number of plain words from <paramref name="w"/> to the next punctuation or quotation ('," he wrote of the gift.' gives 4).</summary>
    private int WordsToClauseEnd(int w, int end)
    {
        var k = w;
        while (k < end && _words[k].IsWord && _quoteOfWord[k] < 0)
        {
            k++;
        }

        return k < end && !_words[k].IsQuote ? k - w : int.MaxValue;
    }

    /// <summary>Whether reported content opens after the cue: "that", a colon or a quotation before the segment ends.</summary>
    private bool ClauseFollows(int afterCue, int segmentEnd)
    {
        for (var k = afterCue; k < segmentEnd; k++)
        {
            if (_words[k].Kind == WordKind.OpenQuote || IsPunct(k, ':') || (_words[k].IsWord && Span(k).Equals("that", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word after the cue opens the content itself: the cue's particle or an infinitive's "to".</summary>
    private bool OpensOwnContent(CueWord cue, int afterCue, int segmentEnd)
    {
        if (afterCue >= segmentEnd || !_words[afterCue].IsWord || _quoteOfWord[afterCue] >= 0)
        {
            return false;
        }

        var span = Span(afterCue);
        return CueLexicon.TakesParticle(cue.Lemma, span)
            || (cue.Complement is CueComplement.Infinitive or CueComplement.Raising && span.Equals("to", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Trump is expected to win", "she is said to favour": a passive of a saying or thinking verb before "to".</summary>
    private bool IsPassiveRaising(int w, CueWord cue, int regionStart, int segmentEnd)
    {
        if (w + 1 >= segmentEnd || !_words[w + 1].IsWord || !Span(w + 1).Equals("to", StringComparison.OrdinalIgnoreCase)
            || cue.Lemma is not ("expect" or "say" or "believe" or "think" or "report" or "know" or "allege" or "rumor"))
        {
            return false;
        }

        var left = w - 1;
        while (left >= regionStart && _words[left].IsWord && _quoteOfWord[left] < 0 && !SpeechWords.Be.Contains(Span(left)) && IsAuxiliary(left))
        {
            left--;
        }

        return left >= regionStart && _words[left].IsWord && SpeechWords.Be.Contains(Span(left));
    }

    /// <summary>
    /// "Asked whether he would run, she said ..." and "When asked about the plan, ...": a question put to someone, with
    /// no speaker; its content runs to the next comma, and the rest of the segment is free for other cues.
    /// </summary>
    private QuoteFrame? AskedQuestion(int w, TextSpan cueSpan, (int First, int End) segment, int regionStart)
    {
        // "Asked a direct question about this, Clinton said ...": a sentence-opening "Asked" takes any question up to the comma.
        var opening = w == regionStart && char.IsUpper(_text[_words[w].Start]);
        if (w + 2 >= segment.End || !_words[w + 1].IsWord || _quoteOfWord[w + 1] >= 0 || !(IsQuestionWord(Span(w + 1)) || (opening && HasCommaBefore(w + 2, segment.End))))
        {
            return null;
        }

        var opener = w == regionStart || IsPunct(w - 1, ',') || (_words[w - 1].IsWord && Span(w - 1) is var before
            && (before.Equals("when", StringComparison.OrdinalIgnoreCase) || before.Equals("after", StringComparison.OrdinalIgnoreCase)
                || before.Equals("once", StringComparison.OrdinalIgnoreCase) || before.Equals("if", StringComparison.OrdinalIgnoreCase)
                || SpeechWords.Be.Contains(before)));
        if (!opener)
        {
            return null;
        }

        var end = TrimmedEnd(segment.End);
        var last = segment.End - 1;
        for (var k = w + 2; k < end; k++)
        {
            if (_quoteOfWord[k] < 0 && IsPunct(k, ','))
            {
                end = k;
                last = k;
                break;
            }

            // 'Asked why ... on "CBS This Morning," Sanders said ...': the comma inside a closing quotation ends it too.
            if (_words[k].Kind == WordKind.CloseQuote && IsPunct(k - 1, ',') && k + 1 < end)
            {
                end = k + 1;
                last = k;
                break;
            }
        }

        var first = w + 1;
        return end <= first ? null : new QuoteFrame(new TextSpan(_words[first].Start, _words[end - 1].End), cueSpan, null, w, w, last);
    }

    private bool HasCommaBefore(int from, int end)
    {
        for (var k = from; k < end && k < from + 16; k++)
        {
            if (IsPunct(k, ','))
            {
                return true;
            }

            if (!_words[k].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsQuestionWord(ReadOnlySpan<char> word) =>
        word is "whether" or "if" or "why" or "what" or "which" or "who" or "whom" or "how" or "when" or "where" or "about";

    /// <summary>A raising verb before "to": the subject and the infinitive clause are the content; there is no speaker.</summary>
    private QuoteFrame? Raising(int w, TextSpan cueSpan, (int First, int End) segment, int regionStart)
    {
        if (w + 1 >= segment.End || !_words[w + 1].IsWord || !Span(w + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var left = w - 1;
        while (left >= regionStart && _words[left].IsWord && _quoteOfWord[left] < 0 && (IsAuxiliary(left) || IsTimeWord(left)))
        {
            left--;
        }

        var (first, phraseEnd) = LeftPhrase(left, regionStart);
        var end = TrimmedEnd(segment.End);
        var last = segment.End - 1;

        // "Clinton seemed to be ready to riff on it, telling the crowd, ...": the participle cue reports on its own.
        for (var k = w + 2; k < end - 1; k++)
        {
            if (_quoteOfWord[k] < 0 && IsPunct(k, ',') && IsCueParticiple(k + 1))
            {
                end = k;
                last = k - 1;
                break;
            }
        }

        if (phraseEnd <= first || end - (w + 1) < 2)
        {
            return null;
        }

        return new QuoteFrame(new TextSpan(_words[first].Start, _words[end - 1].End), cueSpan, null, first, w, last);
    }

    private bool IsCueParticiple(int w) =>
        w < _words.Count && _words[w].IsWord && CueLexicon.TryGet(Span(w), out var cue) && cue.Form == CueForm.Participle;

    /// <summary>
    /// '"Go back to Univision," Trump barked.': a segment that opens with a quotation followed by a name or pronoun and a
    /// verb-like word (-ed/-s) that is not in the lexicon; the quotation is the content.
    /// </summary>
    private QuoteFrame? UnlistedVerbAfterQuotation((int First, int End) segment)
    {
        var first = segment.First;
        if (_words[first].Kind != WordKind.OpenQuote || _quoteOfWord[first] < 0 || !_quoted[_quoteOfWord[first]].Double)
        {
            return null;
        }

        var quoted = _quoted[_quoteOfWord[first]];
        var w = first;
        while (w < segment.End && _words[w].Start < quoted.End)
        {
            w++;
        }

        if (w < segment.End && (IsPunct(w, ',') || IsPunct(w, '\u2014')))
        {
            w++;
        }

        var subject = w;
        var pronoun = w < segment.End && _words[w].IsWord && Span(w) is var p
            && (p.Equals("he", StringComparison.OrdinalIgnoreCase) || p.Equals("she", StringComparison.OrdinalIgnoreCase) || p.Equals("they", StringComparison.OrdinalIgnoreCase)
                || p.Equals("it", StringComparison.OrdinalIgnoreCase) || p.Equals("we", StringComparison.OrdinalIgnoreCase));
        var v = w;
        if (pronoun)
        {
            v++;
        }
        else if (w < segment.End && _words[w].IsWord && _quoteOfWord[w] < 0 && LooksLikeFiniteVerb(w)
            && RightPhrase(w + 1, segment.End) is var (rFirst, rEnd) && rEnd > rFirst && rEnd - rFirst <= 6
            && (rEnd >= segment.End || IsPunct(rEnd, '.') || IsPunct(rEnd, ',') || LooksAdverbial(rEnd, segment.End, shortTail: false)))
        {
            // '"...," reacted Trump.': an unlisted verb before its speaker.
            return new QuoteFrame(new TextSpan(quoted.Start, quoted.End), new TextSpan(_words[w].Start, _words[w].End),
                new TextSpan(_words[rFirst].Start, _words[rEnd - 1].End), first, w, rEnd - 1);
        }
        else if (w < segment.End && _words[w].IsWord && SpeechWords.Determiners.Contains(Span(w)) && !PossessiveDeterminer(Span(w)))
        {
            // '"...," the editorial reads.'
            v++;
            while (v < segment.End && v - subject < 4 && _words[v].IsWord && _quoteOfWord[v] < 0 && !LooksLikeFiniteVerb(v) && !IsSpeakerBreak(Span(v)))
            {
                v++;
            }
        }
        else
        {
            while (v < segment.End && v - subject < 5 && _words[v].IsWord && _quoteOfWord[v] < 0 && char.IsUpper(_text[_words[v].Start])
                && !SpeechWords.Determiners.Contains(Span(v)) && !SpeechWords.SpeakerBreaks.Contains(Span(v)))
            {
                v++;
            }
        }

        if (v == subject || v >= segment.End || !_words[v].IsWord || !LooksLikeFiniteVerb(v) || !LooksAdverbial(v + 1, segment.End, shortTail: true) && !IsConjunction(v + 1))
        {
            return null;
        }

        return new QuoteFrame(new TextSpan(quoted.Start, quoted.End), new TextSpan(_words[v].Start, _words[v].End),
            new TextSpan(_words[subject].Start, _words[v - 1].End), first, v, v);
    }

    /// <summary>
    /// A segment with a quotation and no cue from the lexicon: "Cruz chided Trump for his "natural born" doubts". A
    /// verb-like word (-ed, -s) right after a named or pronoun subject, before the quotation, is taken as the cue.
    /// </summary>
    private QuoteFrame? UnlistedVerbBeforeQuotation((int First, int End) segment)
    {
        var quotation = -1;
        for (var k = segment.First; k < segment.End; k++)
        {
            if (_quoteOfWord[k] >= 0 && _quoted[_quoteOfWord[k]].Double)
            {
                quotation = k;
                break;
            }
        }

        if (quotation < 0)
        {
            return null;
        }

        for (var w = segment.First + 1; w < quotation; w++)
        {
            if (!_words[w].IsWord || !LooksLikeFiniteVerb(w))
            {
                continue;
            }

            var left = w - 1;
            while (left > segment.First && _words[left].IsWord && IsAuxiliary(left) && !SpeechWords.Be.Contains(Span(left)))
            {
                left--;
            }

            if (!_words[left].IsWord || SpeechWords.Be.Contains(Span(left)))
            {
                continue;
            }

            var last = Span(left);
            var pronounSubject = last.Equals("he", StringComparison.OrdinalIgnoreCase) || last.Equals("she", StringComparison.OrdinalIgnoreCase)
                || last.Equals("they", StringComparison.OrdinalIgnoreCase) || last.Equals("we", StringComparison.OrdinalIgnoreCase)
                || last.Equals("I", StringComparison.Ordinal);
            var nameSubject = char.IsUpper(last[0]) && !SpeechWords.Pronouns.Contains(last) && !SpeechWords.Determiners.Contains(last)
                && !SpeechWords.SpeakerBreaks.Contains(last) && !SpeechWords.AdverbialStarts.Contains(last);
            var subject = pronounSubject || nameSubject;
            if (!subject)
            {
                continue;
            }

            var frame = ReportingVerb(w, UnlistedCue, segment, segment.First);
            return frame is not null && frame.Content.Start <= _words[quotation].Start && _words[quotation].Start < frame.Content.End ? frame : null;
        }

        return null;
    }

    private static readonly CueWord UnlistedCue = new(string.Empty, CueForm.Past, false, CueComplement.Infinitive);

    /// <summary>A lower-case word ending in -ed or -s (not -ss, -us, -is) that no closed word class claims.</summary>
    private bool LooksLikeFiniteVerb(int w)
    {
        var span = Span(w);
        if (span.Length < 4 || !char.IsLower(span[0]) || _quoteOfWord[w] >= 0)
        {
            return false;
        }

        var verbal = span.EndsWith("ed", StringComparison.Ordinal)
            || (span[^1] == 's' && span[^2] is not ('s' or 'u' or 'i' or '\'' or '\u2019'));
        return verbal && !SpeechWords.SpeakerBreaks.Contains(span) && !SpeechWords.Auxiliaries.Contains(span) && !SpeechWords.AdverbialStarts.Contains(span)
            && !SpeechWords.NotContentStarts.Contains(span) && !SpeechWords.Determiners.Contains(span) && !SpeechWords.TimeWords.Contains(span);
    }

    /// <summary>"John McCain: Populist anger appeals to bad angels": a name of capitalised words, a colon, then what they said.</summary>
    private QuoteFrame? NameColon((int First, int End) segment)
    {
        var w = segment.First;
        while (w < segment.End && w - segment.First < 5 && _words[w].IsWord && _quoteOfWord[w] < 0 && char.IsUpper(_text[_words[w].Start])
            && !SpeechWords.AdverbialStarts.Contains(Span(w)) && !SpeechWords.Determiners.Contains(Span(w)))
        {
            w++;
        }

        if (w - segment.First < 2 || w >= segment.End || !IsPunct(w, ':') || segment.End - w < 4)
        {
            return null;
        }

        var content = ContentSpan(w + 1, segment.End);
        if (content is null)
        {
            return null;
        }

        var speaker = new TextSpan(_words[segment.First].Start, _words[w - 1].End);
        return new QuoteFrame(content.Value, new TextSpan(_words[w].Start, _words[w].End), speaker, segment.First, w, segment.End - 1);
    }
}
