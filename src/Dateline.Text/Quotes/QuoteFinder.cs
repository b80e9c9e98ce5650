using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Quotes.Learning;

namespace Dateline.Text.Quotes;

/// <summary>
/// Finds quotations in a document from its text alone: quotation marks, reporting verbs and the phrases around them.
/// Direct quotes (the content is a quotation), mixed quotes (reported speech holding partial quotations) and indirect
/// speech ("X said (that) ...", "..., X said", "according to X") are found per segment (a sentence, widened so that no
/// quotation crosses its border); quotations left without a cue continue the previous speaker's quote.
/// </summary>
internal sealed partial class QuoteFinder
{
    private const int MaxSpeakerWords = 8;

    private readonly string _text;
    private readonly List<Word> _words;
    private readonly List<TextSpan> _paragraphs;
    private readonly List<QuotedSpan> _quoted;
    private readonly int[] _quoteOfWord;
    private readonly List<Frame> _frames = [];

    private QuoteFinder(string text, List<Word> words, List<TextSpan> paragraphs, List<QuotedSpan> quoted)
    {
        _text = text;
        _words = words;
        _paragraphs = paragraphs;
        _quoted = quoted;
        _quoteOfWord = new int[words.Count];
        var q = 0;
        for (var w = 0; w < words.Count; w++)
        {
            while (q < quoted.Count && quoted[q].End <= words[w].Start)
            {
                q++;
            }

            _quoteOfWord[w] = q < quoted.Count && quoted[q].Start <= words[w].Start ? q : -1;
        }
    }

    /// <summary>Finds the quotations of a document (its structure and sentences layers are used when present).</summary>
    public static List<FoundQuote> Find(Document document, CueModel? cues = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = new List<Word>(document.Text.Length / 5);
        WordScanner.Scan(document.Text, words);
        var paragraphs = new List<TextSpan>();
        TextLayout.Paragraphs(document, paragraphs);
        var sentences = new List<TextSpan>();
        TextLayout.Sentences(document, words, paragraphs, sentences);
        var quoted = new List<QuotedSpan>();
        QuotationScanner.Scan(document.Text, paragraphs, quoted);
        var finder = new QuoteFinder(document.Text, words, paragraphs, quoted);
        if (cues is not null)
        {
            finder._cueModel = cues;
            finder._cueContext = CueContext.Create(document, words, finder._quoteOfWord, sentences, cues.Clusters);
        }

        return finder.Run(sentences);
    }

    private List<FoundQuote> Run(List<TextSpan> sentences)
    {
        foreach (var segment in Segments(sentences))
        {
            AnalyzeSegment(segment);
        }

        AddUncoveredQuotations();
        _frames.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        var result = new List<FoundQuote>(_frames.Count);
        foreach (var frame in _frames)
        {
            result.Add(new FoundQuote(KindOf(frame), frame.Content, frame.Cue, frame.Speaker));
        }

        return result;
    }

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

    private void AnalyzeSegment((int First, int End) segment)
    {
        var firstFrame = _frames.Count;
        var regionStart = segment.First;
        if (NameColon(segment) is { } colonFrame)
        {
            _frames.Add(colonFrame);
            regionStart = segment.End;
        }

        for (var w = segment.First; w < segment.End; w++)
        {
            var word = _words[w];
            if (!word.IsWord || _quoteOfWord[w] >= 0)
            {
                continue;
            }

            var span = Span(w);
            Frame? frame = null;
            if (span.Equals("according", StringComparison.OrdinalIgnoreCase) && w + 1 < segment.End && Span(w + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                frame = AccordingTo(w, segment, regionStart);
            }
            else if (CueLexicon.TryGet(span, out var cue) && (cue.Form != CueForm.Base || IsPresentSubject(w)))
            {
                frame = ReportingVerb(w, cue, segment, regionStart);
            }

            if (frame is not null && !Overlaps(frame.Content))
            {
                _frames.Add(frame);
                regionStart = Math.Max(frame.LastWord + 1, w + 1);
                w = Math.Max(w, frame.CueLastWord);
            }
        }

        if (regionStart == segment.First && (UnlistedVerbBeforeQuotation(segment) ?? UnlistedVerbAfterQuotation(segment)) is { } unlisted && !Overlaps(unlisted.Content))
        {
            _frames.Add(unlisted);
        }

        if (_cueModel is not null)
        {
            AddLearnedCues(segment, firstFrame);
        }
    }

    /// <summary>
    /// '"Go back to Univision," Trump barked.': a segment that opens with a quotation followed by a name or pronoun and a
    /// verb-like word (-ed/-s) that is not in the lexicon; the quotation is the content.
    /// </summary>
    private Frame? UnlistedVerbAfterQuotation((int First, int End) segment)
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
            && (p.Equals("he", StringComparison.OrdinalIgnoreCase) || p.Equals("she", StringComparison.OrdinalIgnoreCase) || p.Equals("they", StringComparison.OrdinalIgnoreCase));
        var v = w;
        if (pronoun)
        {
            v++;
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

        return new Frame(new TextSpan(quoted.Start, quoted.End), new TextSpan(_words[v].Start, _words[v].End),
            new TextSpan(_words[subject].Start, _words[v - 1].End), first, v, v);
    }

    /// <summary>
    /// A segment with a quotation and no cue from the lexicon: "Cruz chided Trump for his "natural born" doubts". A
    /// verb-like word (-ed, -s) right after a named or pronoun subject, before the quotation, is taken as the cue.
    /// </summary>
    private Frame? UnlistedVerbBeforeQuotation((int First, int End) segment)
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
    private Frame? NameColon((int First, int End) segment)
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
        return new Frame(content.Value, new TextSpan(_words[w].Start, _words[w].End), speaker, segment.First, w, segment.End - 1);
    }

    private bool Overlaps(TextSpan content)
    {
        foreach (var frame in _frames)
        {
            if (frame.Content.Start < content.End && content.Start < frame.Content.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bare verb form ("say", "think") counts unless it is an infinitive ("to say").</summary>
    private bool IsPresentSubject(int w) =>
        w > 0 && !Span(w - 1).Equals("to", StringComparison.OrdinalIgnoreCase);

    private Frame? AccordingTo(int w, (int First, int End) segment, int regionStart)
    {
        var cue = new TextSpan(_words[w].Start, _words[w + 1].End);
        var (npFirst, npEnd) = RightPhrase(w + 2, segment.End, anyStart: true);
        if (npEnd <= npFirst)
        {
            return null;
        }

        var speaker = new TextSpan(_words[npFirst].Start, _words[npEnd - 1].End);
        if (w == regionStart || (w == regionStart + 1 && IsConjunction(regionStart)))
        {
            var after = npEnd < segment.End && IsPunct(npEnd, ',') ? npEnd + 1 : npEnd;
            var content = ContentSpan(after, segment.End);
            return content is null ? null : new Frame(content.Value, cue, speaker, w, w + 1, segment.End - 1);
        }

        var end = w > regionStart && IsPunct(w - 1, ',') ? w - 1 : w;
        if (end <= regionStart)
        {
            return null;
        }

        var before = new TextSpan(_words[regionStart].Start, _words[end - 1].End);
        return new Frame(before, cue, speaker, w, w + 1, npEnd - 1);
    }

    private TextSpan? ContentSpan(int first, int segmentEnd)
    {
        var end = TrimmedEnd(segmentEnd);
        return end - first < 2 ? null : new TextSpan(_words[first].Start, _words[end - 1].End);
    }

    private Frame? ReportingVerb(int w, CueWord cue, (int First, int End) segment, int regionStart)
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
            for (var k = left - 1; k >= regionStart && left - k <= 6; k--)
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

        var hasLeftSpeaker = npEnd > npFirst;
        var beforeSpeaker = hasLeftSpeaker ? npFirst - 1 : left;

        int afterCue = w + 1;
        TextSpan? speaker = null;
        var inverted = false;
        if (hasLeftSpeaker)
        {
            speaker = new TextSpan(_words[npFirst].Start, _words[npEnd - 1].End);
        }
        else if (left >= regionStart && _words[left].IsWord && IsConjunction(left) && (left > regionStart || regionStart > segment.First))
        {
            // A coordinated verb: "... and said that ...", "... but admitted ...".
            return ContentAfter(w, cue, cueSpan, SubjectOf(segment, regionStart), afterCue, segment);
        }
        else if (left >= regionStart && w - 1 == left && IsContentBoundary(left))
        {
            if (cue.Form == CueForm.Participle && IsPunct(left, ','))
            {
                // ", adding that ...": the speaker is the subject of the sentence or of the previous frame.
                return ContentAfter(w, cue, cueSpan, SubjectOf(segment, regionStart), afterCue, segment);
            }

            // Inverted order: '"...," said Simonson.'
            var (rFirst, rEnd) = cue.TakesObject || RelativeInsertBefore(left, regionStart) ? (0, 0) : RightPhrase(w + 1, segment.End);
            if (rEnd > rFirst && LooksAdverbial(rEnd, segment.End, shortTail: false))
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
        else
        {
            return null;
        }

        var contentBefore = beforeSpeaker >= regionStart && IsContentBoundary(beforeSpeaker) && beforeSpeaker > regionStart
            && !OpensOwnContent(cue, afterCue, segment.End) && !ThatAfterAdverbial(cue.TakesObject && !inverted ? SkipObject(afterCue, segment.End) : afterCue, segment.End);
        var afterObject = cue.TakesObject && !inverted ? SkipObject(afterCue, segment.End) : afterCue;
        if (contentBefore && (LooksAdverbial(afterObject, segment.End, shortTail: cue.Complement is CueComplement.Clause or CueComplement.Infinitive)
            || (QuotationEndsAt(beforeSpeaker, regionStart) && !ClauseFollows(afterCue, segment.End))))
        {
            return ContentBefore(w, cueSpan, speaker, beforeSpeaker, afterCue, segment, regionStart);
        }

        if (inverted)
        {
            return null;
        }

        return ContentAfter(w, cue, cueSpan, speaker, afterCue, segment);
    }

    /// <summary>Whether a closing quotation mark is the boundary word or stands right before it ('"...," he told').</summary>
    private bool QuotationEndsAt(int boundary, int regionStart) =>
        _words[boundary].Kind == WordKind.CloseQuote || (boundary > regionStart && _words[boundary - 1].Kind == WordKind.CloseQuote);

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
    private Frame? AskedQuestion(int w, TextSpan cueSpan, (int First, int End) segment, int regionStart)
    {
        if (w + 2 >= segment.End || !_words[w + 1].IsWord || _quoteOfWord[w + 1] >= 0 || !IsQuestionWord(Span(w + 1)))
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
        }

        var first = w + 1;
        return end <= first ? null : new Frame(new TextSpan(_words[first].Start, _words[end - 1].End), cueSpan, null, w, w, last);
    }

    private static bool IsQuestionWord(ReadOnlySpan<char> word) =>
        word is "whether" or "if" or "why" or "what" or "which" or "who" or "whom" or "how" or "when" or "where" or "about";

    /// <summary>A raising verb before "to": the subject and the infinitive clause are the content; there is no speaker.</summary>
    private Frame? Raising(int w, TextSpan cueSpan, (int First, int End) segment, int regionStart)
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
        if (phraseEnd <= first || end - (w + 1) < 2)
        {
            return null;
        }

        return new Frame(new TextSpan(_words[first].Start, _words[end - 1].End), cueSpan, null, first, w, segment.End - 1);
    }

    /// <summary>The speaker phrase before a comma-delimited insert that ends at the comma <paramref name="comma"/>.</summary>
    private (int First, int End)? Appositive(int comma, int regionStart)
    {
        for (var k = comma - 1; k >= regionStart && comma - k <= 16; k--)
        {
            if (_words[k].IsWord && _quoteOfWord[k] < 0)
            {
                continue;
            }

            if (!IsPunct(k, _text[_words[comma].Start]) || k == comma - 1)
            {
                return null;
            }

            var (first, end) = LeftPhrase(k - 1, regionStart);
            return end > first ? (first, end) : null;
        }

        // The insert opens right after a previous statement's comma: "One pastor backing X, Ruth Odell, said ...".
        if (regionStart > 0 && comma > regionStart && comma - regionStart <= MaxSpeakerWords && IsPunct(regionStart - 1, ',')
            && char.IsUpper(_text[_words[regionStart].Start]))
        {
            return (regionStart, comma);
        }

        return null;
    }

    private Frame? ContentBefore(int w, TextSpan cue, TextSpan? speaker, int boundary, int afterCue, (int First, int End) segment, int regionStart)
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

        return new Frame(new TextSpan(contentStart, contentEnd), cue, speaker, first, w, frameLast);
    }

    private Frame? ContentAfter(int w, CueWord cue, TextSpan cueSpan, TextSpan? speaker, int afterCue, (int First, int End) segment)
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
            return new Frame(content, cueSpan, speaker, w, w, segment.End - 1);
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
        return new Frame(content, cueSpan, speaker, w, w, last);
    }

    /// <summary>
    /// The first "and"/"but" between <paramref name="from"/> and <paramref name="end"/>, outside quotations, that is
    /// followed by a reporting verb directly or after a short subject ("and Trump says"); <c>null</c> when none.
    /// </summary>
    private int? CoordinatedCue(int from, int end)
    {
        for (var k = from; k < end - 1; k++)
        {
            if (!_words[k].IsWord || _quoteOfWord[k] >= 0 || !(Span(k).Equals("and", StringComparison.Ordinal) || Span(k).Equals("but", StringComparison.Ordinal)))
            {
                continue;
            }

            for (var v = k + 1; v < end && v <= k + 4; v++)
            {
                if (!_words[v].IsWord || _quoteOfWord[v] >= 0)
                {
                    break;
                }

                if (CueLexicon.TryGet(Span(v), out var cue) && (cue.Form is CueForm.Past or CueForm.Present || (cue.Form == CueForm.Participle && v == k + 1)))
                {
                    if (v == k + 1 || SpeechWords.Pronouns.Contains(Span(v - 1)) || char.IsUpper(_text[_words[v - 1].Start]))
                    {
                        return k;
                    }

                    break;
                }
            }
        }

        return null;
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

    /// <summary>The subject of a segment: the previous frame's speaker in this segment, or its first capitalised phrase or pronoun.</summary>
    private TextSpan? SubjectOf((int First, int End) segment, int regionStart)
    {
        if (regionStart > segment.First && _frames.Count > 0 && _frames[^1].Speaker is { } previous && previous.Start >= _words[segment.First].Start)
        {
            return previous;
        }

        var w = segment.First;
        while (w < segment.End && IsConjunctionOrPunct(w))
        {
            w++;
        }

        // "Speaking to reporters, Trump ...", "On Sunday, she ...": the subject follows the introductory phrase.
        if (w < segment.End && _words[w].IsWord && IsIntroductory(w))
        {
            for (var k = w + 1; k < segment.End && k < w + 10; k++)
            {
                if (IsPunct(k, ','))
                {
                    w = k + 1;
                    break;
                }
            }
        }

        if (w >= segment.End || !_words[w].IsWord)
        {
            return null;
        }

        if (SpeechWords.Pronouns.Contains(Span(w)))
        {
            return new TextSpan(_words[w].Start, _words[w].End);
        }

        var end = w;
        while (end < segment.End && _words[end].IsWord && char.IsUpper(_text[_words[end].Start]) && end - w < 6)
        {
            end++;
        }

        // A label set off by a dash or colon ("FILE - In this photo ...", "UPDATE: ...") is not the subject.
        if (end < segment.End && (IsPunct(end, '-') || IsPunct(end, '\u2013') || IsPunct(end, '\u2014') || IsPunct(end, ':')))
        {
            return null;
        }

        return end > w ? new TextSpan(_words[w].Start, _words[end - 1].End) : null;
    }

    /// <summary>Quotations that no frame covers: continuations of the previous quote, or whole-paragraph quotes.</summary>
    private void AddUncoveredQuotations()
    {
        _frames.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        var added = new List<Frame>();
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
                && IsDirect(previous) && cue.End <= quoted.Start && OnlyPunctuationBetween(Math.Max(previous.Content.End, Math.Max(previous.Speaker?.End ?? 0, cue.End)), quoted.Start))
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
                && (paragraph == previousParagraph || (paragraph - previousParagraph == 1 && wordCount >= 8)) && previous.Content.End <= quoted.Start
                && !_frames.Any(f => f != previous && f.Content.Start >= previous.Content.End && f.Content.Start < quoted.Start))
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

            var speaker = previous is not null && paragraph - ParagraphOf(previous.Content.Start) <= 1 ? previous.Speaker : null;
            var frame = new Frame(new TextSpan(quoted.Start, quoted.End), null, speaker, 0, 0, 0);
            added.Add(frame);
            _frames.Add(frame);
            _frames.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        }
    }

    private bool IsDirect(Frame frame) => KindOf(frame) == QuoteKind.Direct;

    private QuoteKind KindOf(Frame frame)
    {
        var content = frame.Content;
        var hasQuote = false;
        var allQuoted = true;
        var w = WordAtOrAfter(content.Start);
        for (; w < _words.Count && _words[w].Start < content.End; w++)
        {
            if (_quoteOfWord[w] >= 0)
            {
                hasQuote = true;
            }
            else if (_words[w].Kind != WordKind.Punctuation)
            {
                allQuoted = false;
            }
        }

        if (!hasQuote)
        {
            return QuoteKind.Indirect;
        }

        return allQuoted || frame.Extended && QuoteMarks.IsAny(_text[content.Start]) ? QuoteKind.Direct : QuoteKind.Mixed;
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

    private Frame? PreviousFrame(int offset)
    {
        Frame? best = null;
        foreach (var frame in _frames)
        {
            if (frame.Content.Start < offset && frame.Speaker is not null)
            {
                best = frame;
            }
        }

        return best;
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

    /// <summary>The speaker phrase that ends at word <paramref name="last"/>: a pronoun, or up to eight words of a noun phrase.</summary>
    private (int First, int End) LeftPhrase(int last, int regionStart)
    {
        if (last < regionStart || !_words[last].IsWord || _quoteOfWord[last] >= 0)
        {
            return (0, 0);
        }

        var span = Span(last);
        if (SpeechWords.Pronouns.Contains(span))
        {
            return (last, last + 1);
        }

        if (IsSpeakerBreak(span) || SpeechWords.Determiners.Contains(span) || SpeechWords.NotContentStarts.Contains(span) || CueLexicon.TryGet(span, out _))
        {
            return (0, 0);
        }

        var first = last;
        while (first - 1 >= regionStart && last - first + 1 < MaxSpeakerWords)
        {
            var previous = first - 1;
            if (!_words[previous].IsWord || _quoteOfWord[previous] >= 0)
            {
                break;
            }

            var text = Span(previous);
            if (IsSpeakerBreak(text) || SpeechWords.Pronouns.Contains(text) || CueLexicon.TryGet(text, out _))
            {
                break;
            }

            first = previous;
        }

        while (first < last && IsConjunction(first))
        {
            first++;
        }

        return (first, last + 1);
    }

    /// <summary>The speaker phrase after an inverted cue or "according to": up to the next punctuation or clause word.</summary>
    private (int First, int End) RightPhrase(int first, int segmentEnd, bool anyStart = false)
    {
        if (first >= segmentEnd || !_words[first].IsWord || _quoteOfWord[first] >= 0)
        {
            return (0, 0);
        }

        var span = Span(first);
        if (SpeechWords.Pronouns.Contains(span))
        {
            return (first, first + 1);
        }

        if (!anyStart && !char.IsUpper(span[0]) && !SpeechWords.Determiners.Contains(span) && !char.IsDigit(span[0]))
        {
            return (0, 0);
        }

        var end = first;
        while (end < segmentEnd && end - first < 10 && _words[end].IsWord && _quoteOfWord[end] < 0)
        {
            var text = Span(end);
            if (end > first && (IsSpeakerBreak(text) || text.Equals("who", StringComparison.OrdinalIgnoreCase)
                || text.Equals("in", StringComparison.Ordinal) || text.Equals("on", StringComparison.Ordinal) || text.Equals("during", StringComparison.Ordinal)))
            {
                break;
            }

            end++;
        }

        return (first, end);
    }

    private int SkipObject(int c, int end)
    {
        if (c >= end || !_words[c].IsWord || _quoteOfWord[c] >= 0)
        {
            return c;
        }

        var span = Span(c);
        if (span is "him" or "her" or "them" or "me" or "us" or "you" or "reporters" or "supporters" or "voters" or "viewers" or "listeners" or "lawmakers" or "members")
        {
            return c + 1;
        }

        var w = c;
        if (SpeechWords.Determiners.Contains(span))
        {
            w++;
        }

        var start = w;
        while (w < end && w - start < 5 && _words[w].IsWord && _quoteOfWord[w] < 0 && char.IsUpper(_text[_words[w].Start]))
        {
            w++;
        }

        if (w == start && w > c && w < end && _words[w].IsWord)
        {
            w++;
        }

        return w;
    }

    private int SkipAdverbial(int c, int end)
    {
        if (c >= end || !_words[c].IsWord || !SpeechWords.AdverbialStarts.Contains(Span(c)))
        {
            return c;
        }

        for (var j = c + 1; j < end && j < c + 8; j++)
        {
            if (IsPunct(j, ',') || IsPunct(j, ':'))
            {
                return j + 1;
            }

            if (!_words[j].IsWord)
            {
                break;
            }
        }

        // A short time word on its own: "said Thursday the ...".
        var span = Span(c);
        return char.IsUpper(span[0]) || span is "today" or "yesterday" or "tonight" or "earlier" or "later" or "recently" or "again" or "also" ? c + 1 : c;
    }

    /// <summary>Whether the words from <paramref name="w"/> to the next punctuation look like an adverbial and not reported content.</summary>
    private bool LooksAdverbial(int w, int end, bool shortTail = true)
    {
        if (w >= end)
        {
            return true;
        }

        if (_words[w].Kind == WordKind.OpenQuote || IsPunct(w, ':'))
        {
            return false;
        }

        if (!_words[w].IsWord || _quoteOfWord[w] >= 0)
        {
            return true;
        }

        var span = Span(w);
        if (SpeechWords.Pronouns.Contains(span) && !span.Equals("who", StringComparison.OrdinalIgnoreCase) && !span.Equals("which", StringComparison.OrdinalIgnoreCase)
            && !span.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            // A pronoun subject opens a reported clause: 'As for Trump, he said he's not worried.'
            return false;
        }

        if (SpeechWords.AdverbialStarts.Contains(span) || IsCueParticiple(w) || (span.Length > 4 && span.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(span[0])))
        {
            return true;
        }

        // A short tail before the end of the sentence or a comma: "he said Tuesday.", "she told CNN,".
        if (!shortTail)
        {
            return false;
        }

        var k = w;
        while (k < end && _words[k].IsWord && _quoteOfWord[k] < 0)
        {
            k++;
        }

        return k - w <= 3 && (k >= end || IsPunct(k, '.') || IsPunct(k, ',') || IsPunct(k, ';'));
    }

    private bool IsCueParticiple(int w) =>
        w < _words.Count && _words[w].IsWord && CueLexicon.TryGet(Span(w), out var cue) && cue.Form == CueForm.Participle;

    private int TrimmedEnd(int end)
    {
        while (end > 0 && _words[end - 1].Kind == WordKind.Punctuation && _quoteOfWord[end - 1] < 0)
        {
            end--;
        }

        return end;
    }

    private bool IsIntroductory(int w)
    {
        var span = Span(w);
        return SpeechWords.AdverbialStarts.Contains(span) || SpeechWords.TimeWords.Contains(span)
            || span.EndsWith("ing", StringComparison.Ordinal) || span.EndsWith("ed", StringComparison.Ordinal)
            || span.Equals("instead", StringComparison.OrdinalIgnoreCase) || span.Equals("asked", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A word that ends a speaker phrase; an all-capitals acronym ("US", "OR") never does.</summary>
    private static bool IsSpeakerBreak(ReadOnlySpan<char> word)
    {
        if (word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        return SpeechWords.SpeakerBreaks.Contains(word);
    }

    private bool IsTimeWord(int w) => SpeechWords.TimeWords.Contains(Span(w));

    private bool IsTimePreposition(int w)
    {
        var span = Span(w);
        return span.Equals("on", StringComparison.OrdinalIgnoreCase) || span.Equals("last", StringComparison.OrdinalIgnoreCase)
            || span.Equals("this", StringComparison.OrdinalIgnoreCase) || span.Equals("earlier", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsAuxiliary(int w)
    {
        var span = Span(w);
        return SpeechWords.Auxiliaries.Contains(span) || SpeechWords.Be.Contains(span)
            || (span.Length > 4 && span.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(span[0]));
    }

    private bool IsContentBoundary(int w) =>
        _words[w].Kind == WordKind.CloseQuote || IsPunct(w, ',') || IsPunct(w, '\u2014') || IsPunct(w, '\u2013');

    private bool IsConjunction(int w)
    {
        var span = Span(w);
        return span.Equals("and", StringComparison.OrdinalIgnoreCase) || span.Equals("but", StringComparison.OrdinalIgnoreCase)
            || span.Equals("so", StringComparison.OrdinalIgnoreCase) || span.Equals("or", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsConjunctionOrPunct(int w) =>
        (_words[w].Kind == WordKind.Punctuation) || (_words[w].IsWord && IsConjunction(w));

    private bool IsPunct(int w, char c) =>
        w >= 0 && w < _words.Count && _words[w].Kind == WordKind.Punctuation && _words[w].Length == 1 && _text[_words[w].Start] == c;

    private bool IsPunctAny(int w) => w < _words.Count && _words[w].Kind == WordKind.Punctuation;

    private ReadOnlySpan<char> Span(int w) => _text.AsSpan(_words[w].Start, _words[w].Length);

    /// <summary>A quote under construction: content, cue, speaker, and the word range it claims.</summary>
    private sealed class Frame(TextSpan content, TextSpan? cue, TextSpan? speaker, int firstWord, int cueLastWord, int lastWord)
    {
        public TextSpan Content { get; set; } = content;

        public TextSpan? Cue { get; } = cue;

        public TextSpan? Speaker { get; } = speaker;

        public int FirstWord { get; } = firstWord;

        public int CueLastWord { get; } = cueLastWord;

        public int LastWord { get; } = lastWord;

        public bool Extended { get; set; }
    }
}
