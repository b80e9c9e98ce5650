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

    private static Tense CueAt(string text, ScanToken[] tokens, int start, int end, int i)
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
