using System.Collections.Frozen;
using Dateline.Core;

namespace Dateline.Text.Quotes;

/// <summary>
/// The clause boundaries of <see cref="QuoteFinder"/>'s contents (step 3): reported content ends before a coordinated
/// cue ("and Trump says"), a sentence break the splitter missed, the comma closing an opening subordinate clause, a
/// participle or adverbial tail (", describing ...", ", leading to ..."), or the end of a noun-phrase object; a cue's
/// object and adverbials ("told reporters on Tuesday") are skipped before its content.
/// </summary>
internal sealed partial class QuoteFinder
{
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

    /// <summary>
    /// The first comma outside quotation marks between <paramref name="from"/> and <paramref name="end"/> that opens an
    /// adverbial or participle clause (", leading to ...", ", with ...", ", but ...", ", adding that ..."): reported
    /// content ends there, as attribution corpora mark it, and the rest is free for other cues; <c>null</c> when none.
    /// </summary>
    private int? AdverbialTail(int from, int end)
    {
        for (var k = from; k + 1 < end; k++)
        {
            if (_quoteOfWord[k] >= 0 || !IsPunct(k, ',') || !_words[k + 1].IsWord || _quoteOfWord[k + 1] >= 0)
            {
                continue;
            }

            // ", according to X" is an attribution of the whole statement, not a participle clause.
            var next = Span(k + 1);
            if ((next.Length > 5 && next.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(next[0]) && !next.Equals("according", StringComparison.Ordinal))
                || next is "with" or "as" or "while" or "when" or "after" or "before" or "because" or "but" or "although" or "though" or "even" or "despite" or "since")
            {
                // A quotation after the comma is part of the statement ('..., adding: "..."' stays one quote).
                for (var q = k + 1; q < end; q++)
                {
                    if (_quoteOfWord[q] >= 0)
                    {
                        return null;
                    }
                }

                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a noun-phrase content that starts before <paramref name="from"/> ends: at the first comma, semicolon or dash
    /// outside quotation marks, before a subordinate clause ("as", "when", "after", "because", ...), before a time
    /// adjunct ("last week", "on Tuesday") or before "and"/"but" with a verb of its own ("endorsed Trump and has appeared
    /// ...", a coordinated reporting verb is left to <see cref="CoordinatedCue"/>); <c>null</c> when it runs to <paramref name="end"/>.
    /// </summary>
    private int? PhraseEnd(int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (_quoteOfWord[k] >= 0)
            {
                continue;
            }

            if (IsPunct(k, ',') || IsPunct(k, ';') || IsPunct(k, '\u2014') || IsPunct(k, '\u2013'))
            {
                return k;
            }

            if (!_words[k].IsWord)
            {
                continue;
            }

            var span = Span(k);
            if (span is "when" or "after" or "before" or "while" or "because" or "since" or "until")
            {
                return k;
            }

            if (k + 1 < end && _words[k + 1].IsWord && _quoteOfWord[k + 1] < 0)
            {
                var next = Span(k + 1);
                if ((span is "last" or "this" or "next" && (SpeechWords.TimeWords.Contains(next) || next is "fall" or "spring" or "summer" or "winter"))
                    || (span is "on" or "in" && char.IsUpper(next[0]) && SpeechWords.TimeWords.Contains(next))
                    || (span is "and" or "but" && !CueLexicon.TryGet(next, out _)
                        && (IsAuxiliary(k + 1) || (next.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(next[0]) && next.Length > 4))))
                {
                    return k;
                }
            }
        }

        return null;
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

        // "said on Wednesday it ...", "said last week the ...": a day or period phrase without a comma.
        var span = Span(c);
        if (span is "on" or "last" or "this" or "early" or "late" or "earlier" or "later" && c + 1 < end && _words[c + 1].IsWord
            && _quoteOfWord[c + 1] < 0 && SpeechWords.TimeWords.Contains(Span(c + 1)))
        {
            var after = c + 2;
            if (after < end && _words[after].IsWord && _quoteOfWord[after] < 0 && SpeechWords.TimeWords.Contains(Span(after)))
            {
                after++;
            }

            return after < end && _words[after].IsWord && !SpeechWords.NotContentStarts.Contains(Span(after)) ? SkipAdverbial(after, end) : c;
        }

        // "said in a statement he ...", "said in an interview the ...": the channel of the statement without a comma.
        if (span is "in" && c + 2 < end && Span(c + 1) is "a" or "an" or "his" or "her" or "their" or "its" && _words[c + 2].IsWord
            && Span(c + 2) is "statement" or "interview" or "email" or "e-mail" or "tweet" or "post" or "letter" or "speech" or "release" or "video"
            && c + 3 < end && _words[c + 3].IsWord && !SpeechWords.NotContentStarts.Contains(Span(c + 3)) && !Span(c + 3).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return SkipAdverbial(c + 3, end);
        }

        // A short time word on its own: "said Thursday the ...".
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

    private int TrimmedEnd(int end)
    {
        while (end > 0 && _words[end - 1].Kind == WordKind.Punctuation && _quoteOfWord[end - 1] < 0)
        {
            end--;
        }

        return end;
    }

    private bool IsContentBoundary(int w) =>
        _words[w].Kind == WordKind.CloseQuote || IsPunct(w, ',') || IsPunct(w, '\u2014') || IsPunct(w, '\u2013');
}
