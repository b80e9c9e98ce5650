using Dateline.Core;
using Dateline.Text.Quotes.Learning;

namespace Dateline.Text.Quotes;

/// <summary>
/// The learned-cue pass of <see cref="QuoteFinder"/> (step 5): after the hand rules have analysed a segment, words that
/// the cue model (<see cref="Learning.CueModel"/>) scores as attribution cues and that no found quote claims are taken
/// as reporting verbs with the same speaker and content machinery ("Hatch conceded that the bill was dead").
/// </summary>
internal sealed partial class QuoteFinder
{
    private const string LearnedLemma = "?learned";

    private static readonly CueWord LearnedPast = new(LearnedLemma, CueForm.Past, false, CueComplement.Infinitive);

    private static readonly CueWord LearnedParticiple = new(LearnedLemma, CueForm.Participle, false, CueComplement.Infinitive);

    /// <summary>The cue model; <c>null</c> without one (rules only).</summary>
    private CueModel? _cueModel;

    /// <summary>The per-word facts the cue model reads, built once per document when there is a model.</summary>
    private CueContext? _cueContext;

    /// <summary>A reused buffer: the contents that reach into the segment being analysed.</summary>
    private readonly List<TextSpan> _segmentContents = [];

    private static bool Inside(List<TextSpan> spans, int offset)
    {
        foreach (var span in spans)
        {
            if (span.Start <= offset && offset < span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLearned(CueWord cue) => ReferenceEquals(cue.Lemma, LearnedLemma);

    /// <summary>Adds quotes for the model's cue words of a segment, after the rules found theirs (from frame <paramref name="firstFrame"/> on).</summary>
    private void AddLearnedCues((int First, int End) segment, int firstFrame)
    {
        var model = _cueModel!;
        var context = _cueContext!;

        // The contents already found that reach into this segment: a word inside one is not looked at.
        var covered = _segmentContents;
        covered.Clear();
        var segmentStart = _words[segment.First].Start;
        var segmentEnd = _words[segment.End - 1].End;
        foreach (var frame in _frames)
        {
            if (frame.Content.Start < segmentEnd && segmentStart < frame.Content.End)
            {
                covered.Add(frame.Content);
            }
        }

        for (var w = segment.First; w < segment.End; w++)
        {
            if (!_words[w].IsWord || _quoteOfWord[w] >= 0 || Inside(covered, _words[w].Start))
            {
                continue;
            }

            // Cheap tests first: a lexicon cue the rules could not frame gets a second chance as a learned one ("said
            // about half ..."); any other word must be a candidate; the model is asked last, for unclaimed words only.
            var retry = context.LexiconCue[w] && CueLexicon.TryGet(Span(w), out var listed)
                && listed.Form is CueForm.Past or CueForm.Present or CueForm.Participle && listed.Complement is not (CueComplement.Raising or CueComplement.Particle)
                && !(listed.Complement == CueComplement.Clause && w + 1 < segment.End && _words[w + 1].IsWord && Span(w + 1).Equals("to", StringComparison.Ordinal));
            if (!(retry || (CueFeatures.IsCandidate(context, w) && MayHeadFrame(w, segment.First))))
            {
                continue;
            }

            // Statements only: no second chance for a lexicon verb, and a learned cue must be a verb of saying or of
            // characterising ("hailed", "bemoaned"), not of thinking or doing ("knows", "ended").
            if (_statementsOnly && (retry || !StatementCues.MayState(StatementCues.Lemma(Span(w)))))
            {
                continue;
            }

            var regionStart = segment.First;
            var claimed = false;
            for (var f = firstFrame; f < _frames.Count; f++)
            {
                var frame = _frames[f];
                claimed |= frame.Cue is not null && frame.FirstWord <= w && w <= frame.LastWord;
                if (frame.Cue is not null && frame.LastWord < w)
                {
                    regionStart = Math.Max(regionStart, frame.LastWord + 1);
                }
            }

            if (claimed || (!retry && model.Probability(context, w) < model.Threshold))
            {
                continue;
            }

            var cue = Span(w).EndsWith("ing", StringComparison.Ordinal) ? LearnedParticiple : LearnedPast;
            var found = PassiveWithAgent(w, segment, regionStart)
                ?? ReportingVerb(w, cue, segment, regionStart) ?? (retry ? null : NominalCue(w, cue, segment, regionStart));
            if (found is not null && !Overlaps(found.Content))
            {
                _frames.Add(found);
                covered.Add(found.Content);
                w = Math.Max(w, found.CueLastWord);
            }
        }
    }

    /// <summary>
    /// Whether the content starting at word <paramref name="c"/> is a reported clause ("that ...", a quotation, a pronoun
    /// subject) rather than a noun-phrase object, which a learned cue's content is otherwise taken to be (up to a comma).
    /// </summary>
    private bool OpensClause(int c) =>
        _words[c].Kind == WordKind.OpenQuote || _quoteOfWord[c] >= 0
        || (_words[c].IsWord && (Span(c).Equals("that", StringComparison.OrdinalIgnoreCase) || Span(c).Equals("to", StringComparison.OrdinalIgnoreCase)
            || (SpeechWords.Pronouns.Contains(Span(c)) && !Span(c).Equals("it", StringComparison.OrdinalIgnoreCase))));

    /// <summary>"to" before a lower-case word that is not a determiner: an infinitive ("vowed to fight"), not a preposition ("rose to the defense").</summary>
    private bool IsInfinitive(int c) =>
        Span(c).Equals("to", StringComparison.OrdinalIgnoreCase) && c + 1 < _words.Count && _words[c + 1].IsWord && _quoteOfWord[c + 1] < 0
        && char.IsLower(_text[_words[c + 1].Start]) && !SpeechWords.Determiners.Contains(Span(c + 1)) && !SpeechWords.Pronouns.Contains(Span(c + 1));

    /// <summary>
    /// A cheap test, before the model is asked, of whether a frame could be built at word <paramref name="w"/>: what
    /// stands left of it (past auxiliaries and time words) must be able to end a speaker phrase (a name, a noun, a
    /// pronoun, a possessive), be a conjunction, or a comma, dash, parenthesis or closing quotation mark; or "by" follows
    /// (a passive with its agent).
    /// </summary>
    private bool MayHeadFrame(int w, int first)
    {
        var context = _cueContext!;
        if (w + 1 < _words.Count && _words[w + 1].IsWord && Span(w + 1).Equals("by", StringComparison.Ordinal))
        {
            return true;
        }

        var k = w - 1;
        while (k >= first && _words[k].IsWord && _quoteOfWord[k] < 0
            && (context.Is(k, CueWordClass.Auxiliary | CueWordClass.Be | CueWordClass.TimeWord) || (_words[k].Length > 4 && char.IsLower(_text[_words[k].Start]) && Span(k).EndsWith("ly", StringComparison.Ordinal))))
        {
            k--;
        }

        if (k < first)
        {
            return false;
        }

        if (!_words[k].IsWord)
        {
            return _words[k].Kind == WordKind.CloseQuote || IsPunct(k, ',') || IsPunct(k, '\u2014') || IsPunct(k, ')');
        }

        if (_quoteOfWord[k] >= 0)
        {
            return false;
        }

        var span = Span(k);
        if (context.Is(k, CueWordClass.Pronoun) || IsConjunction(k) || span is "his" or "her" or "their" or "its" or "our" or "my" or "His" or "Her" or "Their" or "Its" or "Our" or "My")
        {
            return true;
        }

        return !(context.Is(k, CueWordClass.Determiner | CueWordClass.NotContentStart) || (context.Is(k, CueWordClass.SpeakerBreak) && IsSpeakerBreak(span)) || context.LexiconCue[k]);
    }

    /// <summary>
    /// A learned cue after a possessive is a nominal one ("his support for the bill", "Trump's criticism of X"): the
    /// possessor is the speaker and what follows the noun (past "for", "of", ...) is the content.
    /// </summary>
    private QuoteFrame? NominalCue(int w, CueWord cue, (int First, int End) segment, int regionStart)
    {
        var p = w - 1;
        if (p < regionStart || !_words[p].IsWord || _quoteOfWord[p] >= 0)
        {
            return null;
        }

        var span = Span(p);
        int first;
        if (span is "his" or "her" or "their" or "its" or "our" or "my" or "His" or "Her" or "Their" or "Its" or "Our" or "My")
        {
            first = p;
        }
        else if (span is "'s" or "\u2019s" && p - 1 >= regionStart && _words[p - 1].IsWord && _quoteOfWord[p - 1] < 0)
        {
            first = p - 1;
        }
        else if (span.EndsWith("'s", StringComparison.Ordinal) || span.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            first = p;
        }
        else
        {
            return null;
        }

        var speaker = new TextSpan(_words[first].Start, _words[p].End);
        return ContentAfter(w, cue, new TextSpan(_words[w].Start, _words[w].End), speaker, w + 1, segment);
    }

    /// <summary>
    /// "Tinder's ban was first reported by BuzzFeed": a passive cue with a "by" agent; the agent speaks and the subject
    /// (from the region start to the form of "be") is the content.
    /// </summary>
    private QuoteFrame? PassiveWithAgent(int w, (int First, int End) segment, int regionStart)
    {
        if (w + 2 >= segment.End || !_words[w + 1].IsWord || !Span(w + 1).Equals("by", StringComparison.Ordinal))
        {
            return null;
        }

        var be = w - 1;
        while (be >= regionStart && _words[be].IsWord && _quoteOfWord[be] < 0 && IsAuxiliary(be) && !SpeechWords.Be.Contains(Span(be)))
        {
            be--;
        }

        if (be <= regionStart || !_words[be].IsWord || !SpeechWords.Be.Contains(Span(be)))
        {
            return null;
        }

        var subjectEnd = be;
        while (subjectEnd > regionStart && _words[subjectEnd - 1].IsWord && IsAuxiliary(subjectEnd - 1))
        {
            subjectEnd--;
        }

        var first = regionStart;
        while (first < subjectEnd && IsConjunctionOrPunct(first))
        {
            first++;
        }

        var (agentFirst, agentEnd) = RightPhrase(w + 2, segment.End, anyStart: true);
        if (subjectEnd <= first || agentEnd <= agentFirst)
        {
            return null;
        }

        return new QuoteFrame(
            new TextSpan(_words[first].Start, _words[subjectEnd - 1].End),
            new TextSpan(_words[w].Start, _words[w].End),
            new TextSpan(_words[agentFirst].Start, _words[agentEnd - 1].End),
            first,
            w,
            agentEnd - 1);
    }

    /// <summary>A learned cue's particles and prepositions belong to the cue ("came out against X", "support for X"): the content starts after them.</summary>
    private int SkipLearnedParticles(int c, int end)
    {
        var k = c;
        while (k < end && k - c < 2 && _words[k].IsWord && _quoteOfWord[k] < 0 && SpeechWords.NotContentStarts.Contains(Span(k))
            && !Span(k).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        return k;
    }
}
