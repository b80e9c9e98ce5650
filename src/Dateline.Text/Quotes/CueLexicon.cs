using System.Collections.Frozen;

namespace Dateline.Text.Quotes;

/// <summary>
/// The reporting verbs that introduce quotations and reported speech. Verbs whose bare or -s forms are common nouns
/// ("state", "claims", "reports", "notes") are listed with their past and -ing forms only.
/// </summary>
internal static class CueLexicon
{
    private static readonly FrozenDictionary<string, CueWord> Words = Build();

    public static FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out CueWord cue) => Lookup.TryGetValue(word, out cue!);

    private static FrozenDictionary<string, CueWord> Build()
    {
        var words = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);

        // Verbs with every form: lemma, -s, past, -ing.
        Full(words, "say", "says", "said", "saying", false);
        Full(words, "tell", "tells", "told", "telling", true);
        Full(words, "write", "writes", "wrote", "writing", false);
        Full(words, "add", "adds", "added", "adding", false);
        Full(words, "argue", "argues", "argued", "arguing", false);
        Full(words, "explain", "explains", "explained", "explaining", false);
        Full(words, "insist", "insists", "insisted", "insisting", false);
        Full(words, "warn", "warns", "warned", "warning", true);
        Full(words, "tweet", "tweets", "tweeted", "tweeting", false);
        Full(words, "acknowledge", "acknowledges", "acknowledged", "acknowledging", false);
        Full(words, "contend", "contends", "contended", "contending", false);
        Full(words, "assert", "asserts", "asserted", "asserting", false);
        Full(words, "predict", "predicts", "predicted", "predicting", false);
        Full(words, "suggest", "suggests", "suggested", "suggesting", false);
        Full(words, "declare", "declares", "declared", "declaring", false);
        Full(words, "announce", "announces", "announced", "announcing", false);
        Full(words, "admit", "admits", "admitted", "admitting", false);
        Full(words, "concede", "concedes", "conceded", "conceding", false);
        Full(words, "complain", "complains", "complained", "complaining", false);
        Full(words, "recall", "recalls", "recalled", "recalling", false);
        Full(words, "reply", "replies", "replied", "replying", false);
        Full(words, "respond", "responds", "responded", "responding", false);
        Full(words, "testify", "testifies", "testified", "testifying", false);
        Full(words, "ask", "asks", "asked", "asking", true);
        Full(words, "believe", "believes", "believed", "believing", false, belief: true);
        Full(words, "think", "thinks", "thought", "thinking", false, belief: true);
        Full(words, "emphasize", "emphasizes", "emphasized", "emphasizing", false);
        Full(words, "observe", "observes", "observed", "observing", false);
        Full(words, "conclude", "concludes", "concluded", "concluding", false);
        Full(words, "allege", "alleges", "alleged", "alleging", false);
        Full(words, "vow", "vows", "vowed", "vowing", false);
        Full(words, "pledge", "pledges", "pledged", "pledging", false);
        Full(words, "promise", "promises", "promised", "promising", true);
        Full(words, "boast", "boasts", "boasted", "boasting", false);
        Full(words, "quip", "quips", "quipped", "quipping", false);
        Full(words, "joke", "jokes", "joked", "joking", false);
        Full(words, "confirm", "confirms", "confirmed", "confirming", false);
        Full(words, "deny", "denies", "denied", "denying", false);
        Full(words, "reveal", "reveals", "revealed", "revealing", false);
        Full(words, "remind", "reminds", "reminded", "reminding", true);
        Full(words, "assure", "assures", "assured", "assuring", true);
        Full(words, "inform", "informs", "informed", "informing", true);
        Full(words, "fear", "fears", "feared", "fearing", false, belief: true);
        Full(words, "hope", "hopes", "hoped", "hoping", false, belief: true);
        Full(words, "estimate", "estimates", "estimated", "estimating", false);
        Full(words, "continue", "continues", "continued", "continuing", false);
        Full(words, "maintain", "maintains", "maintained", "maintaining", false);
        Full(words, "counter", "counters", "countered", "countering", false);
        Full(words, "exclaim", "exclaims", "exclaimed", "exclaiming", false);
        Full(words, "stress", "stresses", "stressed", "stressing", false);
        Full(words, "caution", "cautions", "cautioned", "cautioning", false);
        Full(words, "mention", "mentions", "mentioned", "mentioning", false);
        Full(words, "agree", "agrees", "agreed", "agreeing", false);
        Full(words, "know", "knows", "knew", "knowing", false, belief: true);

        // Verbs that characterise what someone said; their object is part of the content ("called Rubio 'Little Marco'").
        Full(words, "call", "calls", "called", "calling", false);
        Full(words, "describe", "describes", "described", "describing", false);
        Full(words, "characterize", "characterizes", "characterized", "characterizing", false);
        Full(words, "accuse", "accuses", "accused", "accusing", false);
        Full(words, "praise", "praises", "praised", "praising", false);
        Full(words, "criticize", "criticizes", "criticized", "criticizing", false);
        Full(words, "blast", "blasts", "blasted", "blasting", false);
        Full(words, "urge", "urges", "urged", "urging", false);
        Full(words, "dismiss", "dismisses", "dismissed", "dismissing", false);
        Full(words, "defend", "defends", "defended", "defending", false);
        Full(words, "blame", "blames", "blamed", "blaming", false);
        Full(words, "label", "labels", "labeled", "labeling", false);
        Full(words, "dub", "dubs", "dubbed", "dubbing", false);
        Full(words, "brand", "brands", "branded", "branding", false);
        Full(words, "imply", "implies", "implied", "implying", false);
        Full(words, "denounce", "denounces", "denounced", "denouncing", false);
        Full(words, "decry", "decries", "decried", "decrying", false);
        Full(words, "liken", "likens", "likened", "likening", false);
        Full(words, "tout", "touts", "touted", "touting", false);
        Full(words, "mock", "mocks", "mocked", "mocking", false);
        Full(words, "cite", "cites", "cited", "citing", false);
        Full(words, "question", "questions", "questioned", "questioning", false);
        Full(words, "reject", "rejects", "rejected", "rejecting", false);
        Full(words, "thank", "thanks", "thanked", "thanking", false);

        // Verbs whose bare and -s forms are also everyday nouns: past and -ing only.
        Partial(words, "stated", "stating", "state");
        Partial(words, "noted", "noting", "note");
        Partial(words, "claimed", "claiming", "claim");
        Partial(words, "reported", "reporting", "report");
        Partial(words, "remarked", "remarking", "remark");
        Partial(words, "commented", "commenting", "comment");
        Partial(words, "wondered", "wondering", "wonder");
        Partial(words, "found", "finding", "find");
        Partial(words, "showed", "showing", "show");
        Partial(words, "indicated", "indicating", "indicate");
        Partial(words, "charged", "charging", "charge");
        Partial(words, "shouted", "shouting", "shout");
        Partial(words, "posted", "posting", "post");
        Partial(words, "echoed", "echoing", "echo");
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Full(Dictionary<string, CueWord> words, string lemma, string present, string past, string participle, bool takesObject, bool belief = false)
    {
        words[lemma] = new CueWord(lemma, CueForm.Base, takesObject, belief);
        words[present] = new CueWord(lemma, CueForm.Present, takesObject, belief);
        words[past] = new CueWord(lemma, CueForm.Past, takesObject, belief);
        words[participle] = new CueWord(lemma, CueForm.Participle, takesObject, belief);
    }

    private static void Partial(Dictionary<string, CueWord> words, string past, string participle, string lemma)
    {
        words[past] = new CueWord(lemma, CueForm.Past, false, false);
        words[participle] = new CueWord(lemma, CueForm.Participle, false, false);
    }
}
