using System.Collections.Frozen;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Quotes;

/// <summary>
/// Tells statements (what a source said or wrote) from the other attributions the finder reports (beliefs,
/// intentions, perceptions, stances, plans). A newsroom user asks <em>who stated what</em>, so only statements are
/// quotes by default (see docs/quote-guidelines.md). The decision reads the cue word, its form and its context:
/// <list type="bullet">
/// <item>verbs of saying and writing ("said", "tweeted", "testified") and "according to" / "X:" are statements;</item>
/// <item>verbs that characterise or judge ("called", "slammed", "praised") are statements only when the content
/// holds the source's own words in quotation marks ('called the plan "dead on arrival"');</item>
/// <item>verbs of belief, intention, perception and action ("believes", "plans to", "found", "voted") never are;</item>
/// <item>a cue form used as a noun ("his tweets", "the calls"), and the writer's own "I"/"we" are not statements.</item>
/// </list>
/// </summary>
internal static class StatementCues
{
    /// <summary>Lemmas of verbs of saying and writing: a report with one of them is a statement.</summary>
    private static readonly FrozenSet<string> Saying = new[]
    {
        "say", "tell", "write", "add", "argue", "explain", "insist", "warn", "tweet", "acknowledge", "contend", "assert",
        "declare", "announce", "admit", "concede", "complain", "recall", "reply", "respond", "testify", "ask", "emphasize",
        "allege", "vow", "pledge", "promise", "boast", "quip", "joke", "confirm", "deny", "reveal", "remind", "assure",
        "inform", "counter", "exclaim", "stress", "caution", "mention", "maintain", "state", "note", "claim", "report",
        "remark", "comment", "shout", "post", "echo", "urge", "accuse", "charge", "reiterate", "recount", "answer",
        "interject", "email", "retort", "muse", "speculate", "opine", "proclaim", "pronounce", "disclose", "clarify",
        "scoff", "grumble", "plead", "advise", "underscore", "repeat", "brag", "gush", "concur", "protest", "lament",
        "predict", "suggest", "observe", "conclude", "indicate", "point", "elaborate", "continue", "demand", "request",
        "threaten", "hint",
        // Verbs the hand lexicon does not list but a learned cue may find.
        "bemoan", "fume", "marvel", "gripe", "groan", "cry", "yell", "scream", "whisper", "mutter", "murmur", "sigh",
        "snap", "bark", "grouse", "chant", "preach", "beg", "implore", "reassure", "affirm", "aver", "attest", "avow", "swear",
        "reason", "theorize", "posit", "recommend", "chime", "counsel", "rebut", "stammer",
        "boom", "thunder", "confide", "divulge", "relate", "narrate", "lecture", "instruct",
        "broadcast", "publish", "text", "message", "blog", "summarize",
        "vent", "rant", "quote", "paraphrase",
        "dispute", "read", "find", "show",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lemmas of verbs that characterise, judge or take a stance: statements only with quoted words.</summary>
    private static readonly FrozenSet<string> Characterising = new[]
    {
        "call", "describe", "characterize", "praise", "criticize", "blast", "dismiss", "defend", "blame", "label", "dub",
        "brand", "denounce", "decry", "liken", "tout", "mock", "cite", "reject", "thank", "endorse", "oppose", "propose",
        "condemn", "slam", "chide", "express", "discuss", "advocate", "highlight", "portray", "depict", "support", "back",
        "favor", "attack", "credit", "reference", "imply", "lash", "rail", "object", "apologize", "refer", "talk", "speak",
        "weigh", "allude", "reflect", "push", "offer", "signal", "question", "frame", "hail", "term",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Saying verbs that also take a plain noun-phrase object, which is then not reported speech.</summary>
    private static readonly FrozenSet<string> TakesNounObject = new[]
    {
        "report", "announce", "post", "confirm", "reveal", "disclose", "mention", "deny", "admit", "acknowledge", "note",
        "predict", "suggest", "promise", "pledge", "request", "demand", "reiterate", "repeat", "echo", "answer", "recall",
        "stress", "emphasize", "underscore", "indicate", "publish", "broadcast", "threaten", "recommend", "order", "text",
        "claim", "charge", "declare", "explain", "ask", "find", "show", "add", "cite", "address", "write", "tweet", "point",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a reported content reads as a clause: it opens with a subject pronoun, or a finite verb (an auxiliary or
    /// a past form) follows within its first words ("the company will close", "the plant closed"); otherwise it is a
    /// noun phrase ("criminal charges against seven officers", "a loss of $2 million").
    /// </summary>
    private static bool StartsLikeClause(ReadOnlySpan<char> content)
    {
        var words = 0;
        var afterDeterminer = false;
        foreach (var range in content.Split(' '))
        {
            var word = content[range].Trim(",;:\"“”'’()");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 8)
            {
                return false;
            }

            if (words == 1 && SubjectPronouns.Contains(word))
            {
                return true;
            }

            if (ClauseVerbs.Contains(word) || (words > 1 && !afterDeterminer && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)
                && char.IsLower(word[0]) && !word.Contains('-')))
            {
                return true;
            }

            // "any wrongdoing and personally demanded ...", "routes for envisioned strikes": no finite verb of the clause.
            afterDeterminer = LoneDeterminers.Contains(word) || Prepositions.Contains(word) || word is "and" or "or" or "but"
                || (word.Length > 3 && word.EndsWith("ly", StringComparison.Ordinal));
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = new[]
    {
        "he", "she", "it", "they", "we", "i", "you", "there", "this",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseVerbs = new[]
    {
        "is", "was", "are", "were", "will", "would", "could", "should", "can", "may", "might", "must", "has", "have",
        "had", "does", "did", "do", "isn't", "wasn't", "won't", "wouldn't", "can't", "couldn't", "didn't", "doesn't",
        "hasn't", "haven't", "aren't", "weren't", "shouldn't", "’s", "'s",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words before a cue form that make it a noun ("his tweets", "the calls", "a statement").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounMarkers = new[]
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "that", "such",
        "'s", "’s", "s'", "whose",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a verb with this lemma can report a statement at all (saying, or characterising with quoted words).</summary>
    public static bool MayState(string lemma) => Saying.Contains(lemma) || Characterising.Contains(lemma);

    /// <summary>Whether the found quotation is a statement (see the type's remarks).</summary>
    public static bool IsStatement(string text, FoundQuote quote)
    {
        if (quote.Speaker is { } speaker && IsWriterVoice(text.AsSpan(speaker.Start, speaker.Length)))
        {
            return false;
        }

        if (quote.Kind == QuoteKind.Direct && IsProgrammeTitle(text, quote.Content))
        {
            return false;
        }

        if (quote.Cue is not { } cue)
        {
            // A quotation continued from the paragraph before: its words are the speaker's own.
            return quote.Kind == QuoteKind.Direct;
        }

        var cueText = text.AsSpan(cue.Start, cue.Length).Trim();
        if (cueText.IsEmpty || cueText is ":" || cueText.StartsWith("according", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (quote.Speaker is { } phrase && IsNoSpeaker(text.AsSpan(phrase.Start, phrase.Length)))
        {
            return false;
        }

        var first = FirstWord(cueText);
        if (first.Length > 0 && char.IsUpper(first[0]) && cue.Start > 0)
        {
            // A capitalised cue mid-sentence is a name or title word ("Tell", "Call"), not speech.
            var before = PreviousWord(text, cue.Start);
            if (!before.IsEmpty && !IsSentenceEnd(before))
            {
                return false;
            }
        }

        if (IsNominal(text, cue.Start) || IsNegated(text, cue.Start))
        {
            return false;
        }

        // "Such acts help explain the lead": a verb after "help" says what something causes, not what anyone said.
        if (PreviousWord(text, cue.Start) is var helper && (helper.Equals("help", StringComparison.OrdinalIgnoreCase) || helper.Equals("helps", StringComparison.Ordinal)
            || helper.Equals("helped", StringComparison.Ordinal) || helper.Equals("helping", StringComparison.Ordinal)))
        {
            return false;
        }

        var lemma = Lemma(first);
        if (lemma == "add" && text.AsSpan(cue.End).TrimStart().StartsWith("to ", StringComparison.Ordinal))
        {
            // "the email episode, added to questions about ...": adding something to something, not words.
            return false;
        }

        var content = text.AsSpan(quote.Content.Start, quote.Content.Length);
        var quotedWords = HoldsQuotedWords(text, quote);
        if (!quotedWords && WordCount(content) <= 2)
        {
            // "said this week", "said his remarks": an adverbial or a noun taken for the content.
            return false;
        }

        var lead = cue.End <= quote.Content.Start ? text.AsSpan(cue.End, quote.Content.Start - cue.End) : default;
        var clause = quotedWords || quote.Content.End <= cue.Start || OpensClause(lead, content);
        if (Saying.Contains(lemma))
        {
            if (lemma == "ask")
            {
                // "asked whether ...", '"...?" she asked': a question; "asked people to stay home": a request to act;
                // "Asked whether ..., X said" (no speaker): the interviewer's question, the statement is the answer.
                return quote.Speaker is not null && clause;
            }

            // "reported a loss of $2 million", "denied the allegation", "announced criminal charges": a noun phrase
            // after a verb that can take one reports a figure, a stance or an act, not words the source said.
            return clause || !TakesNounObject.Contains(lemma) || quote.Kind != QuoteKind.Indirect || StartsLikeClause(content);
        }

        if (!Characterising.Contains(lemma))
        {
            return false;
        }

        // "called the plan "dead"", "described how ...", "dismissed the claims as old news", "called for patience".
        // A "that" further on is a relative clause ("praises Planned Parenthood, both views that ..."), not speech.
        var characterised = quotedWords || quote.Content.End <= cue.Start || lead.Trim().EndsWith("that", StringComparison.OrdinalIgnoreCase)
            || OpensWithQuestionWord(content);
        return characterised || (Describing.Contains(lemma) && AsComplement(content)) || (lemma == "call" && IsParticle(lead));
    }

    /// <summary>Verbs that describe what something is ("described X as Y", "dismissed X as Y", "hailed X as Y").</summary>
    private static readonly FrozenSet<string> Describing = new[]
    {
        "describe", "call", "label", "dub", "brand", "characterize", "dismiss", "hail", "tout", "frame", "term", "cite",
        "portray", "depict", "denounce", "decry", "liken", "mock", "credit", "praise", "blast", "slam",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool OpensWithQuestionWord(ReadOnlySpan<char> content)
    {
        var first = FirstWord(content.TrimStart());
        return first.Equals("how", StringComparison.OrdinalIgnoreCase) || first.Equals("why", StringComparison.OrdinalIgnoreCase)
            || first.Equals("whether", StringComparison.OrdinalIgnoreCase) || first.Equals("what", StringComparison.OrdinalIgnoreCase);
    }

    private static bool OpensClause(ReadOnlySpan<char> lead, ReadOnlySpan<char> content)
    {
        var trimmed = lead.Trim();
        if (trimmed.EndsWith("that", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(':'))
        {
            return true;
        }

        return OpensWithQuestionWord(content) || FirstWord(content.TrimStart()).Equals("that", StringComparison.OrdinalIgnoreCase)
            || ThatWithin(content, 8);
    }

    /// <summary>"the position that ...", "the assertion that ...": a "that" among the first words opens a reported clause.</summary>
    private static bool ThatWithin(ReadOnlySpan<char> content, int words)
    {
        var seen = 0;
        foreach (var range in content.Split(' '))
        {
            var word = content[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++seen > words)
            {
                return false;
            }

            if (seen > 1 && word.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AsComplement(ReadOnlySpan<char> content)
    {
        var seen = 0;
        var asSeen = false;
        foreach (var range in content.Split(' '))
        {
            var word = content[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++seen > 10)
            {
                return false;
            }

            if (seen > 1 && asSeen)
            {
                // "... as he departs": a conjunction before a clause, not "X as Y".
                return !SubjectPronouns.Contains(word);
            }

            asSeen = seen > 1 && word.Equals("as", StringComparison.Ordinal);
        }

        return false;
    }

    private static bool IsParticle(ReadOnlySpan<char> lead)
    {
        var trimmed = lead.Trim();
        return trimmed.Equals("for", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    private static int WordCount(ReadOnlySpan<char> content)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in content)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>The quotation's kind says whether its content holds the source's words in quotation marks.</summary>
    private static bool HoldsQuotedWords(string text, FoundQuote quote)
    {
        if (quote.Kind != QuoteKind.Indirect)
        {
            return true;
        }

        foreach (var c in text.AsSpan(quote.Content.Start, quote.Content.Length))
        {
            if (c is '"' or '“' or '”')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A speaker phrase that cannot name a source: a lone determiner or quantifier ("The", "My", "All" in "All told"),
    /// a participle or adverb ("raising", "aloud"), or a prepositional phrase ("in some cases"). The finder took a
    /// word that only looks like a cue ("politically charged", "false promises"), so the frame is not a statement.
    /// </summary>
    private static bool IsNoSpeaker(ReadOnlySpan<char> phrase)
    {
        phrase = phrase.Trim();
        if (phrase.IsEmpty)
        {
            return true;
        }

        var first = FirstWord(phrase);
        if (first.IsEmpty)
        {
            return false;
        }

        if (first.Length == phrase.Length && LoneDeterminers.Contains(first))
        {
            return true;
        }

        if (first.Length == phrase.Length && NotNames.Contains(first))
        {
            // "Not", "Similar", "Evidence": a sentence-initial word that names nobody.
            return true;
        }

        if (!char.IsLower(first[0]))
        {
            return false;
        }

        if (HasVerbOrInnerDeterminer(phrase))
        {
            // "internal e-mails unveiled", "read a defiant speech", "efforts the president": a clause, not a source.
            return true;
        }

        return (Prepositions.Contains(first) && WordCount(phrase) <= 3)
            || (first.Length == phrase.Length && (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ly", StringComparison.Ordinal)))
            || first is "aloud" or "merely" or "just" or "only" or "also" or "even";
    }

    /// <summary>In a lower-case speaker phrase, a past form after its first word or a determiner after a non-preposition.</summary>
    private static bool HasVerbOrInnerDeterminer(ReadOnlySpan<char> phrase)
    {
        var index = 0;
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in phrase.Split(' '))
        {
            var word = phrase[range].Trim(",;:");
            if (word.IsEmpty)
            {
                continue;
            }

            if (index > 0 && char.IsLower(word[0]))
            {
                if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.Contains('-'))
                {
                    return true;
                }

                if (word is "the" or "a" or "an" && !Prepositions.Contains(previous) && !LoneDeterminers.Contains(previous) && previous is not ("and" or "or"))
                {
                    return true;
                }
            }

            previous = word;
            index++;
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = new[]
    {
        "not", "similar", "evidence", "such", "other", "others", "more", "most", "less", "few", "none", "both", "either",
        "neither", "here", "there", "now", "then", "yet", "still", "instead", "meanwhile", "however", "indeed", "also",
        "again", "later", "earlier", "today", "yesterday", "tomorrow", "previously", "recently", "separately",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoneDeterminers = new[]
    {
        "the", "a", "an", "my", "his", "her", "their", "our", "its", "your", "all", "this", "that", "these", "those",
        "each", "every", "no", "any", "such",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new[]
    {
        "in", "on", "at", "of", "for", "with", "from", "by", "to", "into", "about", "after", "before", "during", "under",
        "over", "than", "as", "like", "without", "within", "between", "among",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"has not said whether", "did not say", "never said", "declined to say": no statement was made.</summary>
    private static bool IsNegated(string text, int cueStart)
    {
        var window = text.AsSpan(Math.Max(0, cueStart - 24), Math.Min(24, cueStart)).TrimEnd();
        return window.EndsWith(" not", StringComparison.OrdinalIgnoreCase) || window.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
            || window.EndsWith("n’t", StringComparison.OrdinalIgnoreCase) || window.EndsWith(" never", StringComparison.OrdinalIgnoreCase)
            || window.EndsWith("declined to", StringComparison.OrdinalIgnoreCase) || window.EndsWith("refused to", StringComparison.OrdinalIgnoreCase)
            || window.EndsWith("not yet", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A quoted programme or publication title after "on", "told" or a network's possessive ('told NBC's "Today"',
    /// 'on "Meet the Press."'): a short run of capitalised words, not the source's words.
    /// </summary>
    private static bool IsProgrammeTitle(string text, TextSpan content)
    {
        var inner = text.AsSpan(content.Start, content.Length).Trim().Trim("\"“”'‘’").TrimEnd(".,").Trim();
        if (inner.IsEmpty || inner.Length > 60)
        {
            return false;
        }

        var words = 0;
        foreach (var range in inner.Split(' '))
        {
            var word = inner[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word is not ("the" or "of" or "and" or "with" or "a" or "to" or "in" or "on" or "&"))
            {
                return false;
            }
        }

        if (words > 7)
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, content.Start - 12), Math.Min(12, content.Start)).TrimEnd().TrimEnd("\"“'‘").TrimEnd();
        return before.EndsWith(" on", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" told", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal)
            || before.EndsWith(" to", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" of", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWriterVoice(ReadOnlySpan<char> speaker) =>
        speaker.Equals("I", StringComparison.Ordinal) || speaker.Equals("we", StringComparison.OrdinalIgnoreCase);

    private static bool IsNominal(string text, int cueStart)
    {
        var before = PreviousWord(text, cueStart);
        return !before.IsEmpty && NounMarkers.Contains(before);
    }

    private static bool IsSentenceEnd(ReadOnlySpan<char> word) => word[^1] is '.' or '!' or '?' or '"' or '“' or '”' or ':' or '\n';

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> cue)
    {
        var end = 0;
        while (end < cue.Length && (char.IsLetter(cue[end]) || cue[end] == '-'))
        {
            end++;
        }

        return cue[..end];
    }

    /// <summary>The word right before <paramref name="offset"/> (a possessive "'s" counts as a word), or empty.</summary>
    private static ReadOnlySpan<char> PreviousWord(string text, int offset)
    {
        var end = offset;
        while (end > 0 && text[end - 1] is ' ' or '\t')
        {
            end--;
        }

        if (end >= 2 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '’')
        {
            return text.AsSpan(end - 2, 2);
        }

        if (end >= 2 && text[end - 1] is '\'' or '’' && text[end - 2] is 's')
        {
            return "s'";
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’'))
        {
            start--;
        }

        if (start == end)
        {
            return end > 0 && text[end - 1] is not (' ' or '\t') ? text.AsSpan(end - 1, 1) : default;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>The lemma of a verb form: the lexicon's when it knows the form, else a suffix guess.</summary>
    internal static string Lemma(ReadOnlySpan<char> word)
    {
        if (CueLexicon.TryGet(word, out var known))
        {
            return known.Lemma;
        }

        var lower = word.ToString().ToLowerInvariant();
        foreach (var (suffix, replacements) in Suffixes)
        {
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = lower[..^suffix.Length];
                foreach (var replacement in replacements)
                {
                    var candidate = stem + replacement;
                    if (Saying.Contains(candidate) || Characterising.Contains(candidate))
                    {
                        return candidate;
                    }
                }

                if (stem.Length > 2 && stem[^1] == stem[^2] && Saying.Contains(stem[..^1]))
                {
                    return stem[..^1];
                }
            }
        }

        return lower;
    }

    private static readonly (string Suffix, string[] Replacements)[] Suffixes =
    [
        ("ied", ["y"]), ("ies", ["y"]), ("ing", ["", "e"]), ("ed", ["", "e"]), ("es", ["", "e"]), ("s", [""]),
    ];
}
