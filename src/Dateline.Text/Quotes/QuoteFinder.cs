using System.Collections.Frozen;
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
    private readonly List<QuoteFrame> _frames = [];
    private bool _statementsOnly;

    [ThreadStatic]
    private static List<Word>? t_words;

    private QuoteFinder(string text, List<Word> words, List<TextSpan> paragraphs, List<QuotedSpan> quoted)
    {
        _text = text;
        _words = words;
        _paragraphs = paragraphs;
        _quoted = quoted;
        _quoteOfWord = QuotationScanner.QuotationOfWords(words, quoted);
        for (var w = 0; w < words.Count; w++)
        {
            // The scanner guesses a mark's direction from its neighbours; the pairing knows: ',' " she said' closes.
            if (words[w].IsQuote && _quoteOfWord[w] >= 0)
            {
                var span = quoted[_quoteOfWord[w]];
                var kind = words[w].End == span.End && span.Closed ? WordKind.CloseQuote : words[w].Start == span.Start ? WordKind.OpenQuote : words[w].Kind;
                if (kind != words[w].Kind)
                {
                    words[w] = words[w] with { Kind = kind };
                }
            }
        }
    }

    /// <summary>
    /// Finds the quotations of a document (its structure and sentences layers are used when present). With
    /// <paramref name="statementsOnly"/>, lexicon verbs that never report a statement (beliefs, plans, perceptions)
    /// open no frame, so they cannot claim a sentence that a verb of saying in it should report.
    /// </summary>
    public static List<FoundQuote> Find(Document document, CueModel? cues = null, bool statementsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The word list is the largest buffer of a run and nothing found keeps it: one per thread, reused.
        var words = t_words ??= new List<Word>(1024);
        words.Clear();
        var (paragraphs, sentences, quoted) = Scan(document, words);
        var finder = new QuoteFinder(document.Text, words, paragraphs, quoted) { _statementsOnly = statementsOnly };
        if (cues is not null)
        {
            finder._cueModel = cues;
            finder._cueContext = CueContext.Create(document, words, finder._quoteOfWord, sentences, cues.Clusters);
        }

        var found = finder.Run(sentences);
        if (words.Capacity > 1 << 16)
        {
            // A very long text's buffer is not kept for the thread's next, usually short, article.
            t_words = null;
        }

        return found;
    }

    /// <summary>
    /// The scans a run starts from: the words of <paramref name="document"/> (into <paramref name="words"/>), its
    /// paragraphs, sentences and quotations.
    /// </summary>
    internal static (List<TextSpan> Paragraphs, List<TextSpan> Sentences, List<QuotedSpan> Quoted) Scan(Document document, List<Word> words)
    {
        WordScanner.Scan(document.Text, words);
        var paragraphs = new List<TextSpan>();
        TextLayout.Paragraphs(document, paragraphs);
        var sentences = new List<TextSpan>();
        TextLayout.Sentences(document, words, paragraphs, sentences);
        var quoted = new List<QuotedSpan>();
        QuotationScanner.Scan(document.Text, paragraphs, quoted);
        return (paragraphs, sentences, quoted);
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
            QuoteFrame? frame = null;
            if (span.Equals("according", StringComparison.OrdinalIgnoreCase) && w + 1 < segment.End && Span(w + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                frame = AccordingTo(w, segment, regionStart);
            }
            else if (CueLexicon.TryGet(span, out var cue) && (cue.Form != CueForm.Base || IsPresentSubject(w))
                && (!_statementsOnly || StatementCues.MayState(cue.Lemma)))
            {
                frame = ReportingVerb(w, cue, segment, regionStart);
            }

            if (frame is not null && (frame.Nested || !Overlaps(frame.Content)))
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

    private TextSpan? ContentSpan(int first, int segmentEnd)
    {
        var end = TrimmedEnd(segmentEnd);
        return end - first < 2 ? null : new TextSpan(_words[first].Start, _words[end - 1].End);
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

    /// <summary>
    /// '"...," said retired neurosurgeon Ben Carson': after an inverted cue a speaker phrase may open with a lower-case
    /// title when a capitalised name follows within a few words; adverbials ("said in a statement") do not count.
    /// </summary>
    private bool InvertedLowerCaseSpeaker(int first, int end)
    {
        if (first >= end || !_words[first].IsWord || _quoteOfWord[first] >= 0)
        {
            return false;
        }

        var span = Span(first);
        if (!char.IsLower(span[0]) || SpeechWords.AdverbialStarts.Contains(span) || SpeechWords.NotContentStarts.Contains(span) || IsSpeakerBreak(span)
            || SpeechWords.Pronouns.Contains(span) || (span.Length > 4 && span.EndsWith("ly", StringComparison.Ordinal)) || CueLexicon.TryGet(span, out _))
        {
            return false;
        }

        for (var k = first + 1; k < end && k <= first + 4 && _words[k].IsWord && _quoteOfWord[k] < 0; k++)
        {
            if (char.IsUpper(_text[_words[k].Start]))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>Whether a closing quotation mark is the boundary word or stands right before it ('"...," he told').</summary>
    private bool QuotationEndsAt(int boundary, int regionStart) =>
        _words[boundary].Kind == WordKind.CloseQuote || (boundary > regionStart && _words[boundary - 1].Kind == WordKind.CloseQuote);

    /// <summary>
    /// When the last frame is a relative clause ("X, who said ...") whose content ends at the comma <paramref name="comma"/>,
    /// the phrase before its "who"; <c>null</c> otherwise.
    /// </summary>
    private (int First, int End)? BeforeRelativeFrame(int comma, int segmentFirst)
    {
        if (_frames.Count == 0 || _frames[^1] is not { Speaker: { } relative } frame || frame.Content.End > _words[comma].Start
            || relative.Start < _words[segmentFirst].Start || !IsRelativeAside(frame))
        {
            return null;
        }

        var who = WordAtOrAfter(relative.Start);
        if (who < 2 || !IsPunct(who - 1, ','))
        {
            return null;
        }

        var (first, end) = LeftPhrase(who - 2, segmentFirst);
        return end > first ? (first, end) : null;
    }

    /// <summary>For a speaker "who"/"which" after a comma, the comma that closes the relative clause before a verb; <c>null</c> otherwise.</summary>
    private int? RelativeClauseEnd(TextSpan speaker, int from, int end)
    {
        var w = WordAtOrAfter(speaker.Start);
        if (w == 0 || !IsPunct(w - 1, ',') || !(Span(w).Equals("who", StringComparison.OrdinalIgnoreCase) || Span(w).Equals("which", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        for (var k = from; k < end - 1; k++)
        {
            if (_quoteOfWord[k] >= 0 || !IsPunct(k, ','))
            {
                continue;
            }

            var next = k + 1;
            while (next < end - 1 && _words[next].IsWord && IsAuxiliary(next) && !SpeechWords.Be.Contains(Span(next)))
            {
                next++;
            }

            if (next < end && _words[next].IsWord && _quoteOfWord[next] < 0 && LooksLikeVerb(next))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// "at one point calling", "on record opposing": a short phrase that opens with a preposition and holds no name is an
    /// adverbial before a participle; "with Trump tweeting" and "in the wake of a new poll showing" name who acts.
    /// </summary>
    private bool AdverbialBeforeParticiple(int first, int end)
    {
        var span = Span(first);
        if (!char.IsLower(span[0]) || span is "with" or "in" or "of" or "from" || end - first > 3
            || !(SpeechWords.NotContentStarts.Contains(span) || SpeechWords.AdverbialStarts.Contains(span)))
        {
            return false;
        }

        for (var k = first + 1; k < end; k++)
        {
            if (char.IsUpper(_text[_words[k].Start]))
            {
                return false;
            }
        }

        return true;
    }

    private bool PhraseHoldsVerb(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_words[k].IsWord && LooksLikeFiniteVerb(k) && Span(k).EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first comma (outside quotation marks, or inside one that closes there) followed by a participle ("describing",
    /// "before predicting"), or, after a participle cue, the first "and" followed by one; <c>null</c> when none.
    /// </summary>
    private int? ParticipleTail(int from, int end, bool participleCue)
    {
        for (var k = from; k < end - 1; k++)
        {
            var comma = (_quoteOfWord[k] < 0 && IsPunct(k, ',')) || (_words[k].Kind == WordKind.CloseQuote && IsPunct(k - 1, ','));
            var and = participleCue && _words[k].IsWord && _quoteOfWord[k] < 0 && (Span(k).Equals("and", StringComparison.Ordinal) || Span(k).Equals("but", StringComparison.Ordinal));
            if (!comma && !and)
            {
                continue;
            }

            var next = k + 1;
            if (comma && next < end - 1 && _words[next].IsWord && Span(next) is "before" or "after" or "while" or "when" or "by")
            {
                next++;
            }

            if (IsIngWord(next, end) && !NotParticiples.Contains(Span(next)))
            {
                return _words[k].Kind == WordKind.CloseQuote ? k + 1 : k;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotParticiples =
        new[] { "during", "according", "including", "regarding", "concerning", "following", "nothing", "something", "anything", "everything", "morning", "evening", "willing", "being", "excluding", "pending", "notwithstanding" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A lower-case -ing word: '," he said introducing Clinton as a "global leader"' describes the speaker, it is not content.</summary>
    private bool IsIngWord(int w, int end) =>
        w < end && _words[w].IsWord && _quoteOfWord[w] < 0 && Span(w) is var span && span.Length > 5 && char.IsLower(span[0])
        && span.EndsWith("ing", StringComparison.Ordinal);

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

    /// <summary>The speaker phrase before a comma-delimited insert that ends at the comma <paramref name="comma"/>.</summary>
    private (int First, int End)? Appositive(int comma, int regionStart, int depth = 0)
    {
        for (var k = comma - 1; k >= regionStart && comma - k <= 16; k--)
        {
            if (_words[k].IsWord && _quoteOfWord[k] < 0)
            {
                continue;
            }

            // Apostrophes, abbreviation points and parentheses stay inside the insert ("Sanders' campaign manager", "Gov.").
            if (_quoteOfWord[k] < 0 && _words[k].Length == 1 && _text[_words[k].Start] is '\'' or '\u2019' or '.' or '(' or ')' or '&' or '/')
            {
                continue;
            }

            if (!IsPunct(k, _text[_words[comma].Start]) || k == comma - 1)
            {
                return null;
            }

            var (first, end) = LeftPhrase(k - 1, regionStart);

            // "Cory James, 22, of Flint, Mich., said", "Sanders, meanwhile, who ..., said": an age, a place phrase or a lone
            // adverb between commas is one more insert; the speaker stands before it.
            if (end > first && first - 1 > regionStart && IsPunct(first - 1, ',') && depth < 3
                && (_words[first].Kind == WordKind.Number || (char.IsLower(_text[_words[first].Start])
                    && (SpeechWords.NotContentStarts.Contains(Span(first)) || end - first == 1))))
            {
                return Appositive(first - 1, regionStart, depth + 1) ?? (first, end);
            }

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

        // "In both cases, Eric Trump spoke as if ...": a short prepositional opener is an adverbial, not content.
        if (last - first < 5 && _words[first].IsWord && _quoteOfWord[first] < 0 && char.IsUpper(_text[_words[first].Start])
            && SpeechWords.AdverbialStarts.Contains(Span(first)) && !HasQuotation(first, last + 1))
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

    /// <summary>
    /// The first "and"/"but" between <paramref name="from"/> and <paramref name="end"/>, outside quotations, that is
    /// followed by a reporting verb directly or after a short subject ("and Trump says"); <c>null</c> when none.
    /// </summary>
    private int? CoordinatedCue(int from, int end)
    {
        for (var k = from; k < end - 1; k++)
        {
            if (SentenceBreak(k, end) is { } next)
            {
                // "Reid said that ... now." He added, "...": a new sentence the splitter missed, with its own speaker and cue.
                if (CueAfterSubject(next, end))
                {
                    return next;
                }

                continue;
            }

            if (!_words[k].IsWord || _quoteOfWord[k] >= 0 || !(Span(k).Equals("and", StringComparison.Ordinal) || Span(k).Equals("but", StringComparison.Ordinal)
                || Span(k).Equals("while", StringComparison.Ordinal) || Span(k).Equals("whereas", StringComparison.Ordinal)
                || Span(k).Equals("although", StringComparison.Ordinal) || Span(k).Equals("though", StringComparison.Ordinal)))
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

    /// <summary>
    /// The first word after a sentence end at word <paramref name="k"/> outside quotation marks ("now. He", 'now." He',
    /// "; the"), or <c>null</c> when no sentence ends there.
    /// </summary>
    private int? SentenceBreak(int k, int end)
    {
        if (k + 1 >= end || _words[k + 1].Kind is not (WordKind.Word or WordKind.Number) || _quoteOfWord[k + 1] >= 0)
        {
            return null;
        }

        var semicolon = _quoteOfWord[k] < 0 && IsPunct(k, ';');
        var stop = _quoteOfWord[k] < 0 && (IsPunct(k, '.') || IsPunct(k, '?') || IsPunct(k, '!'));
        var closing = _words[k].Kind == WordKind.CloseQuote && _words[k].Start > 0 && _text[_words[k].Start - 1] is '.' or '?' or '!';
        if (!(semicolon || ((stop || closing) && char.IsUpper(_text[_words[k + 1].Start]))))
        {
            return null;
        }

        return closing ? k + 1 : k;
    }

    /// <summary>Whether a reporting verb follows within a short subject of plain words from <paramref name="first"/>: "He added", "The Journal notes".</summary>
    private bool CueAfterSubject(int first, int end)
    {
        for (var v = first + 1; v < end && v <= first + 6; v++)
        {
            if (!_words[v].IsWord || _quoteOfWord[v] >= 0 || SpeechWords.Be.Contains(Span(v)))
            {
                return false;
            }

            if (CueLexicon.TryGet(Span(v), out var cue))
            {
                return cue.Form is CueForm.Past or CueForm.Present && !IsPunct(v - 1, ',');
            }
        }

        return false;
    }

    /// <summary>
    /// When the speaker phrase starting at <paramref name="speakerFirst"/> stands in a clause opened by a subordinating
    /// word ("When he said ...,", "After X criticized Y,", "While not everything Trump says is true,"), the word after
    /// the comma that closes that clause (a comma outside quotation marks, or a closing mark after one); <c>null</c>
    /// otherwise or when nothing follows the comma.
    /// </summary>
    private int? SubordinateClauseEnd(int speakerFirst, int from, int end, int segmentFirst)
    {
        var k = speakerFirst - 1;
        var opener = -1;
        while (k >= segmentFirst && speakerFirst - k <= 8 && _words[k].IsWord && _quoteOfWord[k] < 0)
        {
            if (SubordinatingWords.Contains(Span(k)))
            {
                opener = k;
            }

            k--;
        }

        // The subordinating word opens its clause: at the segment start, or after a comma ("Last month, when I asked ..."),
        // possibly after a conjunction or an adverb ("And after ...", "Shortly after ...").
        var clauseFirst = k + 1;
        while (clauseFirst < opener && (IsConjunction(clauseFirst) || (Span(clauseFirst) is var adverb && adverb.Length > 3
            && (adverb.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || adverb.Equals("even", StringComparison.OrdinalIgnoreCase)))))
        {
            clauseFirst++;
        }

        if (opener < 0 || opener != clauseFirst || (k >= segmentFirst && !IsPunct(k, ',') && !IsConjunction(k)))
        {
            return null;
        }

        for (var j = from + 1; j < end - 2; j++)
        {
            if (_quoteOfWord[j] < 0 && IsPunct(j, ','))
            {
                return j;
            }

            if (_words[j].Kind == WordKind.CloseQuote && j + 1 < end - 2 && IsPunct(j - 1, ','))
            {
                return j + 1;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinatingWords =
        new[] { "when", "after", "while", "although", "though", "as", "because", "since", "before", "until", "once", "whereas", "amid", "whenever", "unless" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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
    private TextSpan? SubjectOf((int First, int End) segment, int regionStart, int cue)
    {
        // The speaker of the previous statement in this segment ("X said ..., adding ..."), unless it spoke in an opening
        // subordinate clause ("Although he thanked them, he sounded a rare note, saying ...").
        if (regionStart > segment.First && _frames.Count > 0 && _frames[^1].Speaker is { } previous && previous.Start >= _words[segment.First].Start)
        {
            var p = WordAtOrAfter(previous.Start);
            var subordinate = p > segment.First && _words[p - 1].IsWord && SubordinatingWords.Contains(Span(p - 1));
            return subordinate && ClauseSubject(regionStart, Math.Min(cue, segment.End)) is { } main ? main : previous;
        }

        // A leading name counts unless it opens a time phrase ("Hours later, she ..." does not give "Hours").
        var leading = LeadingSubject(segment);
        if (leading is { } found && !SpeechWords.AdverbialStarts.Contains(FirstWordOf(found)) && !SubordinatingWords.Contains(FirstWordOf(found))
            && !IsSpeakerBreak(FirstWordOf(found)) && !(SpeechWords.Determiners.Contains(FirstWordOf(found)) && WordAtOrAfter(found.Start) + 1 >= WordAtOrAfter(found.End))
            && WordAtOrAfter(found.End) is var after && !(after + 1 < segment.End && _words[after].IsWord && IsPunct(after + 1, ',')
                && (SpeechWords.AdverbialStarts.Contains(Span(after)) || IsTimeWord(after))))
        {
            return found;
        }

        return ClauseSubject(segment.First, Math.Min(cue, segment.End)) ?? (leading is { } rejected && SpeechWords.AdverbialStarts.Contains(FirstWordOf(rejected)) ? null : leading);
    }

    private ReadOnlySpan<char> FirstWordOf(TextSpan span)
    {
        var w = WordAtOrAfter(span.Start);
        return Span(w);
    }

    /// <summary>The subject at the start of a segment, after an introductory phrase: a pronoun or a run of capitalised words.</summary>
    private TextSpan? LeadingSubject((int First, int End) segment)
    {
        var w = segment.First;
        while (w < segment.End && IsConjunctionOrPunct(w))
        {
            w++;
        }

        // "Speaking to reporters, Trump ...", "On Sunday, she ...": the subject follows the introductory phrase.
        if (w < segment.End && _words[w].IsWord && IsIntroductory(w))
        {
            for (var k = w + 1; k < segment.End && k < w + 16; k++)
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

    /// <summary>
    /// The last subject in [<paramref name="first"/>, <paramref name="limit"/>) that a verb follows: a personal pronoun
    /// ("he", "they"), a run of capitalised words ("But a few days later, Trump reversed himself, telling CBS ...") or a
    /// determiner phrase ("In three interviews, the justice sounded off on Trump, saying ..."); <c>null</c> when none.
    /// A label set off by a dash ("FILE - In this photo, ...") is never a subject.
    /// </summary>
    private TextSpan? ClauseSubject(int first, int limit)
    {
        TextSpan? found = null;
        for (var p = first; p < limit; p++)
        {
            if (!_words[p].IsWord || _quoteOfWord[p] >= 0)
            {
                continue;
            }

            var span = Span(p);
            int end;
            if (span is "he" or "she" or "they" or "we" or "I" or "He" or "She" or "They" or "We")
            {
                end = p + 1;
                if (end < limit && _words[end].IsWord && char.IsLower(_text[_words[end].Start]))
                {
                    found = new TextSpan(_words[p].Start, _words[p].End);
                }

                continue;
            }

            // A subject opens its clause: at the start, or after a comma, a conjunction or a subordinating word.
            var clauseStart = p == first || IsPunct(p - 1, ',')
                || (_words[p - 1].IsWord && (IsConjunction(p - 1) || SubordinatingWords.Contains(Span(p - 1)) || SentenceAdverbs.Contains(Span(p - 1))));
            if (!clauseStart)
            {
                continue;
            }

            var determiner = SpeechWords.Determiners.Contains(span);
            if (determiner && !(p > first && char.IsUpper(span[0])) && !PossessiveDeterminer(span))
            {
                end = p + 1;
                while (end < limit && end - p <= 4 && _words[end].IsWord && _quoteOfWord[end] < 0 && !LooksLikeVerb(end) && !IsSpeakerBreak(Span(end))
                    && !SpeechWords.NotContentStarts.Contains(Span(end)) && !SpeechWords.AdverbialStarts.Contains(Span(end)))
                {
                    end++;
                }
            }
            else if (char.IsUpper(span[0]) && !SpeechWords.AdverbialStarts.Contains(span) && !SpeechWords.Determiners.Contains(span)
                && !SubordinatingWords.Contains(span) && !IsSpeakerBreak(span) && !SpeechWords.Pronouns.Contains(span))
            {
                end = p;
                while (end < limit && end - p < 6 && _words[end].IsWord && _quoteOfWord[end] < 0 && char.IsUpper(_text[_words[end].Start]))
                {
                    end++;
                }

                // "Hillary Clinton's right-hand woman rallied ...": a possessive name takes the noun after it.
                if (end > p && (Span(end - 1).EndsWith("'s", StringComparison.Ordinal) || Span(end - 1).EndsWith("\u2019s", StringComparison.Ordinal)))
                {
                    var noun = end;
                    while (noun < limit && noun - end < 3 && _words[noun].IsWord && _quoteOfWord[noun] < 0 && char.IsLower(_text[_words[noun].Start]) && !LooksLikeVerb(noun)
                        && !IsSpeakerBreak(Span(noun)) && !SpeechWords.NotContentStarts.Contains(Span(noun)))
                    {
                        noun++;
                    }

                    end = noun;
                }
            }
            else
            {
                continue;
            }

            // After a determiner phrase a plain -s word is mostly a plural noun ("three separate interviews"), not the verb.
            if (end > p + (determiner ? 1 : 0) && end < limit && _words[end].IsWord && LooksLikeVerb(end)
                && !(determiner && Span(end)[^1] == 's' && Span(end).Length > 3 && !CueLexicon.TryGet(Span(end), out _) && !SpeechWords.Be.Contains(Span(end))))
            {
                // The last subject before the cue is the one of its clause ("although he thanked them, he sounded ..., saying").
                found = new TextSpan(_words[p].Start, _words[end - 1].End);
            }

            p = end - 1;
        }

        return found;
    }

    /// <summary>A lower-case word that reads as a finite verb or an auxiliary: "reversed", "sounded", "is", "has", "said".</summary>
    private bool LooksLikeVerb(int w)
    {
        var span = Span(w);
        return char.IsLower(span[0]) && (LooksLikeFiniteVerb(w) || SpeechWords.Be.Contains(span) || IrregularPast.Contains(span)
            || span is "has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "did" or "does" or "must"
            || (CueLexicon.TryGet(span, out var cue) && cue.Form is CueForm.Past or CueForm.Present));
    }

    /// <summary>Common irregular past forms, which the -ed test misses ("Trump went on the attack, saying ...").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPast =
        new[] { "went", "took", "made", "gave", "got", "came", "held", "met", "sent", "spoke", "wrote", "ran", "left", "kept", "brought",
            "saw", "stood", "put", "set", "led", "won", "lost", "began", "fought", "hit", "struck", "drew", "threw", "sought", "thought",
            "felt", "found", "knew", "took", "told", "said", "read", "shot", "sat", "became", "broke", "chose", "grew", "rose", "paid" }
            .Distinct(StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool PossessiveDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase)
        || word.Equals("our", StringComparison.OrdinalIgnoreCase) || word.Equals("my", StringComparison.OrdinalIgnoreCase);

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

    private bool IsDirect(QuoteFrame frame) => KindOf(frame) == QuoteKind.Direct;

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

    private QuoteKind KindOf(QuoteFrame frame)
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

            // A capitalised function word between capitalised words is part of a name: "CBS This Morning co-anchor X".
            var inName = char.IsUpper(text[0]) && char.IsUpper(_text[_words[first].Start]) && previous - 1 >= regionStart && _words[previous - 1].IsWord
                && _quoteOfWord[previous - 1] < 0 && char.IsUpper(_text[_words[previous - 1].Start]) && !SpeechWords.Pronouns.Contains(text);
            if (!inName && (IsSpeakerBreak(text) || SpeechWords.Pronouns.Contains(text) || CueLexicon.TryGet(text, out _)))
            {
                break;
            }

            first = previous;

            // "Sen. Chuck Schumer": the point of a short capitalised abbreviation stays inside the phrase.
            if (first - 2 >= regionStart && IsPunct(first - 1, '.') && _words[first - 2].IsWord && _words[first - 2].End == _words[first - 1].Start
                && _words[first - 2].Length <= 4 && char.IsUpper(_text[_words[first - 2].Start]) && char.IsUpper(_text[_words[first].Start])
                && last - first + 3 <= MaxSpeakerWords + 2)
            {
                first -= 2;
            }
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

            // "said former Gov. Smith and party chairman Ed Jones": "and" before another name or title joins the phrase.
            var joins = text.Equals("and", StringComparison.Ordinal) && NameFollows(end + 1, segmentEnd);
            if (end > first && !joins && (IsSpeakerBreak(text) || text.Equals("who", StringComparison.OrdinalIgnoreCase)
                || text.Equals("in", StringComparison.Ordinal) || text.Equals("on", StringComparison.Ordinal) || text.Equals("during", StringComparison.Ordinal)))
            {
                break;
            }

            end++;
        }

        return (first, end);
    }

    /// <summary>Whether a capitalised word comes within three plain words from <paramref name="w"/> ("and party chairman Ed Rendell").</summary>
    private bool NameFollows(int w, int end)
    {
        for (var k = w; k < end && k < w + 3; k++)
        {
            if (!_words[k].IsWord || _quoteOfWord[k] >= 0 || (k > w && CueLexicon.TryGet(Span(k), out _)))
            {
                return false;
            }

            if (char.IsUpper(_text[_words[k].Start]))
            {
                return true;
            }
        }

        return false;
    }

    private int SkipObject(int c, int end)
    {
        // 'told "Fox and Friends" after ...': a short quoted name right after the cue is the hearer, not the content.
        if (c < end && _words[c].Kind == WordKind.OpenQuote && _quoteOfWord[c] >= 0)
        {
            var quoted = _quoted[_quoteOfWord[c]];
            var after = WordAtOrAfter(quoted.End);
            if (WordsIn(quoted.Start, quoted.End) <= 4 && after < end && _words[after].IsWord && !IsPunct(after - 1, ',')
                && _text[quoted.End - 2] is not ('.' or ',' or '?' or '!'))
            {
                return after;
            }
        }

        if (c >= end || !_words[c].IsWord || _quoteOfWord[c] >= 0)
        {
            return c;
        }

        var span = Span(c);
        if (span is "her" && c + 2 < end && _words[c + 1].IsWord && _quoteOfWord[c + 1] < 0 && char.IsLower(_text[_words[c + 1].Start])
            && !SpeechWords.SpeakerBreaks.Contains(Span(c + 1)) && !SpeechWords.NotContentStarts.Contains(Span(c + 1)) && IsPunct(c + 2, ','))
        {
            // "told her supporters, ...": "her" is a determiner here.
            return c + 2;
        }

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
            // A verb makes the tail a clause: "has denied it happened," reports "it happened".
            if (k > w && (SpeechWords.Be.Contains(Span(k)) || (Span(k) is var tail && tail.Length > 3 && char.IsLower(tail[0]) && tail.EndsWith("ed", StringComparison.Ordinal))))
            {
                return false;
            }

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
            || span.Equals("instead", StringComparison.OrdinalIgnoreCase) || span.Equals("asked", StringComparison.OrdinalIgnoreCase)
            || SentenceAdverbs.Contains(span) || (span.Length > 4 && span.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && IsPunct(w + 1, ','));
    }

    /// <summary>Sentence adverbs that open a sentence before its subject: "However, Adelson met with Trump ...".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceAdverbs =
        new[] { "however", "meanwhile", "still", "nevertheless", "nonetheless", "moreover", "furthermore", "indeed", "yet", "thus", "besides", "separately", "similarly", "likewise", "overall", "instead", "otherwise", "now", "so", "then", "also", "but", "and" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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
}
