using Dateline.Text.Ner;

namespace Dateline.Text.Quotes.Learning;

/// <summary>
/// The hashed features of a candidate cue word: the word, its suffixes and neighbours, what stands left of it (a
/// person or organisation name, a pronoun, a quotation), what follows ("that", "to", a quotation, a colon), its place in
/// the sentence and whether the sentence already holds a lexicon cue. No allocation: keys go into a caller's buffer.
/// </summary>
internal static class CueFeatures
{
    /// <summary>The most features one word gets.</summary>
    public const int MaxFeatures = 40;

    public static readonly ulong OpenQuoteHash = FeatureHash.Of("<open-quote>");

    public static readonly ulong CloseQuoteHash = FeatureHash.Of("<close-quote>");

    private static readonly ulong Before = FeatureHash.Of("<s>");

    private static readonly ulong After = FeatureHash.Of("</s>");

    /// <summary>Whether the word is scored at all: a lower-case word outside quotation marks that the lexicon does not know.</summary>
    public static bool IsCandidate(CueContext context, int w, bool lexicon = false)
    {
        var word = context.Words[w];
        if (word.Kind != WordKind.Word || context.QuoteOfWord[w] >= 0 || word.Length < 2 || (context.LexiconCue[w] && !lexicon))
        {
            return false;
        }

        var span = context.Span(w);
        // Function words, negated auxiliaries ("don't", "cannot") and pronouns are never a cue head.
        return char.IsLower(span[0]) && !span.Equals("according", StringComparison.Ordinal)
            && !context.Is(w, CueWordClass.NotContentStart | CueWordClass.Determiner | CueWordClass.Pronoun | CueWordClass.SpeakerBreak | CueWordClass.Auxiliary | CueWordClass.Be)
            && !IsNegation(span);
    }

    private static bool IsNegation(ReadOnlySpan<char> span) =>
        span.EndsWith("n't", StringComparison.Ordinal) || span.EndsWith("n\u2019t", StringComparison.Ordinal) || span.Equals("cannot", StringComparison.Ordinal);

    /// <summary>Writes the feature keys of word <paramref name="w"/> into <paramref name="keys"/>; returns how many.</summary>
    public static int Extract(CueContext context, int w, Span<ulong> keys)
    {
        var n = 0;
        var first = context.SentenceFirst[w];
        var end = context.SentenceEnd[w];
        var span = context.Span(w);
        var word = context.HashOf(w);
        var suffix3 = FeatureHash.OfLower(span[Math.Max(0, span.Length - 3)..]);
        var suffix2 = FeatureHash.OfLower(span[Math.Max(0, span.Length - 2)..]);
        var previous = HashAt(context, w - 1, first, end);
        var next = HashAt(context, w + 1, first, end);
        var left = LeftClass(context, w, first);
        var right = RightClass(context, w + 1, end);
        var ending = Ending(span);

        keys[n++] = Key(1, 0);
        keys[n++] = Key(2, word);
        keys[n++] = Key(3, suffix3);
        keys[n++] = Key(4, suffix2);
        keys[n++] = Key(5, previous);
        keys[n++] = Key(6, HashAt(context, w - 2, first, end));
        keys[n++] = Key(7, next);
        keys[n++] = Key(8, HashAt(context, w + 2, first, end));
        keys[n++] = Key(9, previous, word);
        keys[n++] = Key(10, word, next);
        keys[n++] = Key(11, (ulong)left);
        keys[n++] = Key(12, (ulong)left, word);
        keys[n++] = Key(13, (ulong)left, suffix3);
        keys[n++] = Key(14, (ulong)right);
        keys[n++] = Key(15, (ulong)right, (ulong)left);
        keys[n++] = Key(16, word, (ulong)right);
        keys[n++] = Key(17, (ulong)ending, (ulong)left);
        keys[n++] = Key(18, (ulong)ending, (ulong)right);
        keys[n++] = Key(19, (ulong)Math.Min(w - first, 8));
        keys[n++] = Key(20, (ulong)Bucket(end - w));
        keys[n++] = Key(21, context.SentenceHasCue[w] ? 1UL : 0UL, (ulong)left);
        keys[n++] = Key(22, context.SentenceHasCue[w] ? 1UL : 0UL, word);

        var that = false;
        for (var k = w + 1; k < end && k <= w + 3; k++)
        {
            that |= context.Words[k].IsWord && context.Span(k).Equals("that", StringComparison.OrdinalIgnoreCase);
        }

        var quoteAfter = context.LastOpenQuote[w] > w;
        var quoteBefore = context.FirstCloseQuote[w] < w;
        var nameBefore = false;
        for (var k = Math.Max(first, w - 4); k < w; k++)
        {
            nameBefore |= context.Entity[k] is 1 or 2;
        }

        keys[n++] = Key(23, that ? 1UL : 0UL, (ulong)left);
        keys[n++] = Key(24, (quoteAfter ? 1UL : 0UL) | (quoteBefore ? 2UL : 0UL), (ulong)left);
        keys[n++] = Key(25, nameBefore ? 1UL : 0UL, (ulong)ending);
        keys[n++] = Key(26, that ? 1UL : 0UL, word);
        keys[n++] = Key(27, (quoteAfter ? 1UL : 0UL) | (quoteBefore ? 2UL : 0UL), word);
        keys[n++] = Key(28, nameBefore ? 1UL : 0UL, word);

        var cluster = context.ClusterOf(w);
        if (cluster != 0)
        {
            var fine = (ulong)((cluster >> 20) & 0x3FF);
            keys[n++] = Key(29, (ulong)(cluster & 0x3FF));
            keys[n++] = Key(30, (ulong)((cluster >> 10) & 0x3FF));
            keys[n++] = Key(31, fine);
            keys[n++] = Key(32, fine, (ulong)left);
            keys[n++] = Key(33, fine, (ulong)right);
            keys[n++] = Key(34, fine, that ? 1UL : 0UL);
        }

        keys[n++] = Key(35, (ulong)ClusterAt(context, w - 1, first, end), (ulong)ClusterAt(context, w + 1, first, end));
        return n;
    }

    /// <summary>The finest cluster id of a word in the sentence, 0 when it has none, 1024 outside the sentence.</summary>
    private static int ClusterAt(CueContext context, int k, int first, int end) =>
        k < first || k >= end ? 1024 : (context.ClusterOf(k) >> 20) & 0x3FF;

    /// <summary>A feature key from a template number and one value: one multiply-xorshift round (cheaper than two mixes).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int template, ulong a) => Finish(a ^ ((ulong)template * 0x9E3779B97F4A7C15UL));

    /// <summary>A feature key from a template number and two values.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Key(int template, ulong a, ulong b) => Finish((a * 0xC2B2AE3D27D4EB4FUL) ^ b ^ ((ulong)template * 0x9E3779B97F4A7C15UL));

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 29);
    }

    private static ulong HashAt(CueContext context, int k, int first, int end) =>
        k < first ? Before : k >= end ? After : context.HashOf(k);

    private static int Bucket(int distance) => distance switch
    {
        <= 2 => distance,
        <= 4 => 3,
        <= 8 => 4,
        <= 16 => 5,
        _ => 6,
    };

    /// <summary>1 -ed, 2 -ing, 3 -s, 4 -ly, 0 other.</summary>
    private static int Ending(ReadOnlySpan<char> span)
    {
        if (span.EndsWith("ed", StringComparison.Ordinal))
        {
            return 1;
        }

        if (span.EndsWith("ing", StringComparison.Ordinal))
        {
            return 2;
        }

        if (span.EndsWith("ly", StringComparison.Ordinal))
        {
            return 4;
        }

        return span[^1] == 's' && span.Length > 3 && span[^2] is not ('s' or 'u' or 'i') ? 3 : 0;
    }

    /// <summary>
    /// What stands left of the word, past auxiliaries and adverbs: 1 person, 2 organisation, 3 other name, 4 pronoun,
    /// 5 capitalised word, 6 lower-case word, 7 comma, 8 closing quotation mark, 9 other punctuation, 10 sentence start,
    /// 11 "who"/"which", 12 "to", 13 a form of "be", 14 determiner or possessive.
    /// </summary>
    private static int LeftClass(CueContext context, int w, int first)
    {
        var k = w - 1;
        while (k >= first && context.Words[k].IsWord && context.QuoteOfWord[k] < 0 && IsAuxiliary(context, k))
        {
            k--;
        }

        if (k < first)
        {
            return 10;
        }

        var word = context.Words[k];
        if (word.Kind == WordKind.CloseQuote)
        {
            return 8;
        }

        if (!word.IsWord)
        {
            return context.Text[word.Start] == ',' ? 7 : 9;
        }

        if (context.Entity[k] != 0)
        {
            return context.Entity[k];
        }

        var span = context.Span(k);
        if (span.Equals("who", StringComparison.OrdinalIgnoreCase) || span.Equals("which", StringComparison.OrdinalIgnoreCase))
        {
            return 11;
        }

        if (context.Is(k, CueWordClass.Pronoun))
        {
            return 4;
        }

        if (span.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return 12;
        }

        if (context.Is(k, CueWordClass.Be))
        {
            return 13;
        }

        if (context.Is(k, CueWordClass.Determiner) || span.EndsWith("'s", StringComparison.Ordinal) || span.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return 14;
        }

        return char.IsUpper(span[0]) ? 5 : 6;
    }

    /// <summary>
    /// What follows the word: 1 "that", 2 "to", 3 opening quotation mark, 4 colon, 5 comma, 6 sentence end, 7 name or
    /// capitalised word, 8 pronoun, 9 determiner, 10 preposition, 11 other lower-case word, 12 other punctuation.
    /// </summary>
    private static int RightClass(CueContext context, int k, int end)
    {
        if (k >= end)
        {
            return 6;
        }

        var word = context.Words[k];
        if (word.Kind == WordKind.OpenQuote)
        {
            return 3;
        }

        if (!word.IsWord)
        {
            return context.Text[word.Start] switch
            {
                ':' => 4,
                ',' => 5,
                '.' or '!' or '?' => 6,
                _ => 12,
            };
        }

        var span = context.Span(k);
        if (span.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (span.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        if (context.Entity[k] != 0 || char.IsUpper(span[0]))
        {
            return 7;
        }

        if (context.Is(k, CueWordClass.Pronoun))
        {
            return 8;
        }

        if (context.Is(k, CueWordClass.Determiner))
        {
            return 9;
        }

        return context.Is(k, CueWordClass.NotContentStart | CueWordClass.AdverbialStart) ? 10 : 11;
    }

    private static bool IsAuxiliary(CueContext context, int k)
    {
        if (context.Is(k, CueWordClass.Auxiliary))
        {
            return true;
        }

        var span = context.Span(k);
        return span.Length > 4 && span.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(span[0]);
    }
}
