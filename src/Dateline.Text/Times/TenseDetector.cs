namespace Dateline.Text.Times;

/// <summary>
/// Guesses the tense around a time expression from a small cue table: the verb cue nearest to the expression in its
/// sentence wins. Past cues: said, was, were, had, irregular past forms, and lower-case -ed words (not after a form of
/// "be", which makes them passive participles). Future cues: will, 'll, shall, going to, plans, scheduled, expected to.
/// </summary>
internal static class TenseDetector
{
    private const int CommaCost = 6;

    public static Tense Detect(string text, ScanToken[] tokens, int start, int end, int at)
    {
        // Walk outwards from the expression; a comma between the cue and the expression counts as several words,
        // so "will arrive Tuesday, officials said" takes "will".
        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;
        var distance = 0;
        for (var i = at - 1; i >= start && distance < bestDistance; i--)
        {
            distance += tokens[i].Class == WordClass.Comma ? CommaCost : 1;
            var cue = CueAt(text, tokens, start, end, i);
            if (cue is Tense.Past or Tense.Future && distance < bestDistance)
            {
                best = cue;
                bestDistance = distance;
            }
        }

        distance = 0;
        for (var i = at + 1; i < end && distance < bestDistance; i++)
        {
            distance += tokens[i].Class == WordClass.Comma ? CommaCost : 1;
            var cue = CueAt(text, tokens, start, end, i);
            if (cue is Tense.Past or Tense.Future && distance < bestDistance)
            {
                best = cue;
                bestDistance = distance;
            }
        }

        return best;
    }

    internal static Tense CueAt(string text, ScanToken[] tokens, int start, int end, int i)
    {
        ref var token = ref tokens[i];
        if (token.Kind != ScanKind.Word)
        {
            return Tense.Unknown;
        }

        if ((token.Flags & ScanFlags.WillContraction) != 0)
        {
            return Tense.Future;
        }

        var flags = token.Lexicon;
        if ((flags & LexemeFlags.FutureCue) != 0)
        {
            var word = text.AsSpan(token.Start, token.Length);
            if (word.Equals("going", StringComparison.OrdinalIgnoreCase) || word.Equals("expected", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("plan", StringComparison.OrdinalIgnoreCase) || word.Equals("set", StringComparison.OrdinalIgnoreCase))
            {
                // only "going to", "expected to"
                return i + 1 < end && IsWord(text, tokens[i + 1], "to") ? Tense.Future : Tense.Unknown;
            }

            return Tense.Future;
        }

        if ((flags & LexemeFlags.PastCue) != 0)
        {
            // "were planning to", "was going to", "was expected to": a future seen from the past; the cue after it decides
            if (i + 1 < end && (tokens[i + 1].Lexicon & LexemeFlags.FutureCue) != 0 && (IsWord(text, token, "was") || IsWord(text, token, "were")))
            {
                return Tense.Unknown;
            }

            return AfterBe(text, tokens, start, i) ? Tense.Unknown : Tense.Past;
        }

        if ((flags & LexemeFlags.Auxiliary) != 0)
        {
            return Tense.Present;
        }

        if ((flags & LexemeFlags.NotPast) == 0 && (token.Flags & ScanFlags.Lower) != 0 && token.Length >= 4
            && text[token.End - 1] == 'd' && text[token.End - 2] == 'e' && token.Class == Times.WordClass.None)
        {
            return AfterBe(text, tokens, start, i) ? Tense.Unknown : Tense.Past;
        }

        return Tense.Unknown;
    }

    /// <summary>
    /// Whether a past verb governs the expression at [first, last] directly: within four words before it in the same
    /// clause ("bought RJR in February", "the fiscal year ended Jan. 31"), or, when the expression opens the sentence
    /// ("In January, the company hired ..."), within four words after the comma that closes it. A deadline preposition
    /// (to, until, through, by) or a future cue in between breaks the link ("extended to Nov. 20").
    /// </summary>
    public static bool GovernedByPast(string text, ScanToken[] tokens, int start, int end, int first, int last)
    {
        for (var k = first - 1; k >= start && k >= first - 4; k--)
        {
            ref var token = ref tokens[k];
            if (token.Class is WordClass.Comma or WordClass.SentenceEnd || IsDeadline(text, token))
            {
                break;
            }

            var cue = CueAt(text, tokens, start, end, k);
            if (cue != Tense.Unknown)
            {
                // "a still unspecified date in January": an -ed word after a determiner is an adjective
                return cue == Tense.Past && !(k > start && IsModifier(text, tokens[k - 1]));
            }
        }

        var opens = first == start || (first == start + 1 && IsWord(text, tokens[start], "in"));
        if (!opens)
        {
            return false;
        }

        var comma = last + 1;
        while (comma < end && comma <= last + 3 && tokens[comma].Class != WordClass.Comma)
        {
            comma++;
        }

        if (comma >= end || tokens[comma].Class != WordClass.Comma)
        {
            return false;
        }

        for (var k = comma + 1; k < end && k <= comma + 4 && tokens[k].Class != WordClass.Comma; k++)
        {
            var cue = CueAt(text, tokens, start, end, k);
            if (cue != Tense.Unknown)
            {
                return cue == Tense.Past;
            }
        }

        return false;
    }

    private static bool IsModifier(string text, in ScanToken token) =>
        token.Class is WordClass.Article or WordClass.The || IsWord(text, token, "still") || IsWord(text, token, "its")
        || IsWord(text, token, "their") || IsWord(text, token, "his") || IsWord(text, token, "her");

    private static bool IsDeadline(string text, in ScanToken token) =>
        IsWord(text, token, "to") || IsWord(text, token, "until") || IsWord(text, token, "through") || IsWord(text, token, "by")
        || IsWord(text, token, "till");

    private static bool AfterBe(string text, ScanToken[] tokens, int start, int i)
    {
        for (var k = i - 1; k >= start && k >= i - 2; k--)
        {
            if ((tokens[k].Lexicon & LexemeFlags.Auxiliary) != 0)
            {
                return true;
            }

            if ((tokens[k].Lexicon & LexemeFlags.FutureCue) != 0 && IsWord(text, tokens[k], "will"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(string text, in ScanToken token, string word) =>
        text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
