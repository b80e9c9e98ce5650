using System.Collections.Frozen;

namespace Dateline.Text.Quotes;

/// <summary>Closed word classes the quote finder needs around reporting verbs.</summary>
internal static class SpeechWords
{
    /// <summary>Auxiliaries and adverbs that may stand between a speaker and the cue ("has also said").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "also", "has", "have", "had", "later", "previously", "then", "once", "would", "will", "could", "might", "may", "should",
        "did", "does", "do", "reportedly", "recently", "repeatedly", "again", "still", "often", "frequently", "publicly",
        "privately", "never", "just", "already", "even", "first", "initially", "now", "always", "can", "must", "'s", "’s", "long", "falsely",
        "further", "simply", "only", "had", "n't", "not");

    /// <summary>Forms of "be": a reporting verb after one of them is passive ("was told") and not a quotation cue.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Be = Set("is", "was", "were", "are", "be", "been", "being", "am");

    /// <summary>Pronouns that can be a speaker on their own.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set(
        "he", "she", "they", "it", "we", "i", "you", "who", "which");

    /// <summary>Words that end a speaker phrase when walking left from the cue.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerBreaks = Set(
        "that", "and", "but", "or", "because", "if", "when", "while", "as", "than", "so", "to", "is", "was", "are", "were", "be",
        "been", "has", "have", "had", "not", "where", "whether", "after", "before", "since", "though", "although", "what", "how",
        "why", "also", "by", "about", "into", "over", "under", "against", "this", "these", "those", "there", "here", "said", "says",
        "told", "would", "will", "could", "should", "can", "may", "might", "did", "does", "do", "him", "her", "them", "me", "us",
        "yes", "no", "well", "then");

    /// <summary>Words that open an adverbial after a cue ("said on Thursday", "said in a statement"), not reported content.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbialStarts = Set(
        "in", "on", "at", "during", "after", "before", "while", "from", "via", "through", "last", "this", "earlier", "later",
        "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently",
        "previously", "again", "also", "afterward", "afterwards", "when", "of", "about", "to", "with", "as", "repeatedly",
        "flatly", "simply", "bluntly", "then", "shortly", "morning", "evening", "night", "monday's");

    /// <summary>Days and relative time words that may stand between a speaker and the cue ("Trump on Sunday said").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "week",
        "month", "year", "morning", "afternoon", "evening", "night", "weekend");

    /// <summary>Words a reported clause cannot start with (an infinitive or prepositional complement is not speech).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotContentStarts = Set(
        "to", "of", "about", "for", "by", "with", "on", "in", "at", "from", "into", "up", "out", "off", "so", "as", "too");

    /// <summary>Determiners and quantifiers that can open a speaker phrase after an inverted cue ("said a spokesman").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "another", "one", "two", "three", "several", "many", "some", "his", "her", "their", "its", "our", "my",
        "both", "other", "former", "senior", "top");

    /// <summary>Prepositions that open a sentence-initial adverbial ("Under pressure from ...,", "Despite the vote,").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningPrepositions = Set(
        "under", "despite", "amid", "among", "after", "before", "during", "following", "unlike", "like", "with", "without",
        "in", "on", "at", "for", "from", "since", "by", "through", "throughout", "beyond", "against", "within", "over");

    /// <summary>Common irregular past forms, which the -ed test misses ("Trump went on the attack, saying ...").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPast =
        new[] { "went", "took", "made", "gave", "got", "came", "held", "met", "sent", "spoke", "wrote", "ran", "left", "kept", "brought",
            "saw", "stood", "put", "set", "led", "won", "lost", "began", "fought", "hit", "struck", "drew", "threw", "sought", "thought",
            "felt", "found", "knew", "took", "told", "said", "read", "shot", "sat", "became", "broke", "chose", "grew", "rose", "paid" }
            .Distinct(StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
