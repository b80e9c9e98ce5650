using System.Collections.Frozen;
using Dateline.Core;

namespace Dateline.Text.Quotes;

/// <summary>
/// The speakers of <see cref="QuoteFinder"/> (step 4): the speaker phrase left of a cue (across an appositive or a
/// relative insert: "Sanders, the senator from Vermont, said"), the inverted speaker right of it ('," said retired
/// neurosurgeon Ben Carson'), and the subject of a participle cue ("Trump reversed himself, telling CBS ...").
/// </summary>
internal sealed partial class QuoteFinder
{
    private const int MaxSpeakerWords = 8;

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

        // "Many say ...", "Some argue ...": a quantifier standing alone as the subject of its clause is a (group) speaker.
        if (span is "Many" or "many" or "Some" or "some" or "Several" or "several" or "Most" or "most" or "Both" or "both" or "Few" or "few"
            && (last == regionStart || !_words[last - 1].IsWord || IsConjunction(last - 1)))
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

    /// <summary>A word that ends a speaker phrase; an all-capitals acronym ("US", "OR") never does.</summary>
    private static bool IsSpeakerBreak(ReadOnlySpan<char> word)
    {
        if (word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        return SpeechWords.SpeakerBreaks.Contains(word);
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
    /// Whether the comma at <paramref name="comma"/> closes a relative insert (", who oversees programming at TNT,"): the
    /// speaker stands before the insert, and the words after the cue are its object, not an inverted speaker.
    /// </summary>
    private bool RelativeInsertBefore(int comma, int regionStart)
    {
        if (!IsPunct(comma, ','))
        {
            return false;
        }

        for (var k = comma - 1; k > regionStart && comma - k <= 16; k--)
        {
            if (_quoteOfWord[k] >= 0 || _words[k].Kind is WordKind.OpenQuote or WordKind.CloseQuote)
            {
                return false;
            }

            if (IsPunct(k, ','))
            {
                return k + 1 < comma && _words[k + 1].IsWord && Span(k + 1) is "who" or "which" && k - 1 >= regionStart && _words[k - 1].IsWord;
            }
        }

        return false;
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
            var comma = -1;
            for (var k = w + 1; k < segment.End && k < w + 16; k++)
            {
                if (IsPunct(k, ','))
                {
                    comma = k;
                    break;
                }
            }

            // "Asked at the Capitol whether he would ... bill, he ...": a long participle opener is never the subject.
            if (comma < 0 && (Span(w).EndsWith("ed", StringComparison.Ordinal) || Span(w).EndsWith("ing", StringComparison.Ordinal))
                && w + 1 < segment.End && _words[w + 1].IsWord && char.IsLower(_text[_words[w + 1].Start]))
            {
                return null;
            }

            w = comma >= 0 ? comma + 1 : w;
        }

        if (w >= segment.End || !_words[w].IsWord)
        {
            return null;
        }

        if (SpeechWords.Pronouns.Contains(Span(w)))
        {
            return new TextSpan(_words[w].Start, _words[w].End);
        }

        var end = CapitalisedRunEnd(w, segment.End);

        // A label set off by a dash or colon ("FILE - In this photo ...", "UPDATE: ...") is not the subject.
        if (end < segment.End && (IsPunct(end, '-') || IsPunct(end, '\u2013') || IsPunct(end, '\u2014') || IsPunct(end, ':')))
        {
            return null;
        }

        return end > w ? new TextSpan(_words[w].Start, _words[end - 1].End) : null;
    }

    /// <summary>
    /// The end of a run of capitalised words from <paramref name="w"/> (at most six, outside quotations); "of" between
    /// capitalised words stays in it ("Secretary of State John Kerry struck ..., claiming").
    /// </summary>
    private int CapitalisedRunEnd(int w, int limit)
    {
        var end = w;
        var words = 0;
        while (end < limit && words < 6 && _words[end].IsWord && _quoteOfWord[end] < 0)
        {
            if (char.IsUpper(_text[_words[end].Start]))
            {
                words++;
            }
            else if (!(end > w && Span(end) is "of" && end + 1 < limit && _words[end + 1].IsWord && char.IsUpper(_text[_words[end + 1].Start])))
            {
                break;
            }

            end++;
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
                end = CapitalisedRunEnd(p, limit);

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
        return char.IsLower(span[0]) && (LooksLikeFiniteVerb(w) || SpeechWords.Be.Contains(span) || SpeechWords.IrregularPast.Contains(span)
            || span is "has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "might" or "should" or "did" or "does" or "must"
            || (CueLexicon.TryGet(span, out var cue) && cue.Form is CueForm.Past or CueForm.Present));
    }

    private static bool PossessiveDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase)
        || word.Equals("our", StringComparison.OrdinalIgnoreCase) || word.Equals("my", StringComparison.OrdinalIgnoreCase);
}
