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
/// <remarks>
/// A run follows these steps, one file each:
/// <list type="number">
/// <item>scan (this file, <c>QuoteFinder.Segments.cs</c>, and the word tests every step shares in
/// <c>QuoteFinder.Words.cs</c>): words, paragraphs, sentences and quotation marks, then segments;</item>
/// <item>cues (<c>QuoteFinder.Cues.cs</c>): per segment, reporting verbs, "according to", raising verbs, questions put
/// to someone, unlisted verbs next to a quotation and "Name: statement";</item>
/// <item>contents (<c>QuoteFinder.Contents.cs</c>, <c>QuoteFinder.ClauseBoundaries.cs</c>): the content before or after
/// a cue, and the clause boundaries where it ends;</item>
/// <item>speakers (<c>QuoteFinder.Speakers.cs</c>): speaker phrases, inverted speakers, subjects of participle cues;</item>
/// <item>learned cues (<c>QuoteFinder.LearnedCues.cs</c>): a second pass over the words the cue model scores as cues;</item>
/// <item>uncovered quotations (<c>QuoteFinder.UncoveredQuotations.cs</c>): quotations no frame covers continue the
/// quote before them or stand alone.</item>
/// </list>
/// Each quote is built as a <see cref="QuoteFrame"/> and returned as a <see cref="FoundQuote"/> of its kind.
/// </remarks>
internal sealed partial class QuoteFinder
{
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

    /// <summary>Whether the word before <paramref name="w"/> is a subject pronoun or a capitalised name word.</summary>
    private bool AfterSubjectPronounOrName(int w)
    {
        if (w == 0 || !_words[w - 1].IsWord)
        {
            return false;
        }

        var before = Span(w - 1);
        if (before is "he" or "she" or "it" or "they" or "He" or "She" or "It" or "They")
        {
            return true;
        }

        // A full name, two capitalised words ("Ford O'Connell notes"); one capitalised word may be a noun ("Consumer comments").
        return char.IsUpper(before[0]) && before.Length > 1 && w >= 2 && _words[w - 2].IsWord && _quoteOfWord[w - 2] < 0
            && char.IsUpper(_text[_words[w - 2].Start]) && !SpeechWords.Determiners.Contains(Span(w - 2));
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
            else if (_statementsOnly && CueLexicon.TryGetNounLikePresent(span, out var present) && AfterSubjectPronounOrName(w))
            {
                // "..., he notes." / "Smith claims the ...": a present form that is usually a noun, after a subject.
                frame = ReportingVerb(w, present, segment, regionStart);
            }

            if (frame is not null && _statementsOnly && !frame.Nested
                && !StatementCues.IsStatement(_text, new FoundQuote(KindOf(frame), frame.Content, frame.Cue, frame.Speaker)))
            {
                // A frame that is no statement ("Sharon, who called the police, said ...") must not claim the words a
                // statement's frame in the same sentence needs.
                frame = null;
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

    private bool IsDirect(QuoteFrame frame) => KindOf(frame) == QuoteKind.Direct;
}
