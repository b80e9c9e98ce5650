using System.Collections.Frozen;

namespace Dateline.Text.Quotes;

/// <summary>
/// The reporting verbs that introduce quotations and reported speech. Verbs whose bare or -s forms are common nouns
/// ("state", "claims", "reports", "notes") are listed with their past and -ing forms only.
/// </summary>
internal static class CueLexicon
{
    private static readonly FrozenDictionary<string, CueWord> Words = Build();

    private static readonly FrozenDictionary<string, string[]> Particles = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["call"] = ["for", "on"],
        ["point"] = ["out", "to"],
        ["refer"] = ["to"],
        ["talk"] = ["about"],
        ["speak"] = ["about", "of", "out"],
        ["push"] = ["for"],
        ["argue"] = ["for", "against"],
        ["advocate"] = ["for"],
        ["ask"] = ["about", "for"],
        ["warn"] = ["of", "about", "against"],
        ["rail"] = ["against"],
        ["complain"] = ["about"],
        ["boast"] = ["about", "of"],
        ["comment"] = ["on"],
        ["joke"] = ["about"],
        ["write"] = ["about", "of"],
        ["tweet"] = ["about"],
        ["focus"] = ["on"],
        ["worry"] = ["about"],
        ["brag"] = ["about"],
        ["lash"] = ["out"],
        ["hint"] = ["at"],
        ["weigh"] = ["in"],
        ["vote"] = ["for", "against"],
        ["campaign"] = ["on", "for", "against"],
        ["reflect"] = ["on"],
        ["elaborate"] = ["on"],
        ["fire"] = ["back"],
        ["shoot"] = ["back"],
        ["lay"] = ["out"],
        ["rule"] = ["out"],
        ["stand"] = ["by"],
        ["agree"] = ["with"],
        ["disagree"] = ["with"],
        ["think"] = ["about", "of"],
        ["know"] = ["about", "of"],
        ["hear"] = ["about", "of"],
        ["read"] = ["about"],
        ["care"] = ["about"],
        ["wonder"] = ["about"],
        ["testify"] = ["about"],
        ["dream"] = ["of", "about"],
        ["object"] = ["to"],
        ["respond"] = ["to"],
        ["reply"] = ["to"],
        ["allude"] = ["to"],
        ["pledge"] = ["to"],
        ["apologize"] = ["for"],
        ["praise"] = ["for"],
        ["blame"] = ["for"],
        ["criticize"] = ["for"],
        ["thank"] = ["for"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out CueWord cue) => Lookup.TryGetValue(word, out cue!);

    /// <summary>
    /// Present forms left out of the lexicon because they are mostly nouns ("notes", "claims", "states"); the finder
    /// takes them as cues only right after a subject pronoun or a name ("..., he notes.").
    /// </summary>
    public static bool TryGetNounLikePresent(ReadOnlySpan<char> word, out CueWord cue) => NounLikePresent.TryGetValue(word, out cue!);

    private static readonly FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> NounLikePresent = new Dictionary<string, CueWord>(StringComparer.Ordinal)
    {
        ["notes"] = new("note", CueForm.Present, false, CueComplement.Clause),
        ["claims"] = new("claim", CueForm.Present, false, CueComplement.Clause),
        ["states"] = new("state", CueForm.Present, false, CueComplement.Clause),
        ["remarks"] = new("remark", CueForm.Present, false, CueComplement.Clause),
        ["comments"] = new("comment", CueForm.Present, false, CueComplement.Clause),
        ["reports"] = new("report", CueForm.Present, false, CueComplement.Clause),
        ["answers"] = new("answer", CueForm.Present, false, CueComplement.Clause),
        ["shouts"] = new("shout", CueForm.Present, false, CueComplement.Clause),
        ["posts"] = new("post", CueForm.Present, false, CueComplement.Clause),
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, CueWord> Build()
    {
        var words = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);

        // Verbs with every form: lemma, -s, past, -ing.
        Full(words, "say", "says", "said", "saying", false);
        Full(words, "tell", "tells", "told", "telling", true, CueComplement.Infinitive);
        Full(words, "write", "writes", "wrote", "writing", false);
        Full(words, "add", "adds", "added", "adding", false);
        Full(words, "argue", "argues", "argued", "arguing", false);
        Full(words, "explain", "explains", "explained", "explaining", false);
        Full(words, "insist", "insists", "insisted", "insisting", false);
        Full(words, "warn", "warns", "warned", "warning", true, CueComplement.Infinitive);
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
        Full(words, "ask", "asks", "asked", "asking", true, CueComplement.Infinitive);
        Full(words, "believe", "believes", "believed", "believing", false);
        Full(words, "think", "thinks", "thought", "thinking", false);
        Full(words, "emphasize", "emphasizes", "emphasized", "emphasizing", false);
        Full(words, "observe", "observes", "observed", "observing", false);
        Full(words, "conclude", "concludes", "concluded", "concluding", false);
        Full(words, "allege", "alleges", "alleged", "alleging", false);
        Full(words, "vow", "vows", "vowed", "vowing", false, CueComplement.Infinitive);
        Full(words, "pledge", "pledges", "pledged", "pledging", false, CueComplement.Infinitive);
        Full(words, "promise", "promises", "promised", "promising", true, CueComplement.Infinitive);
        Full(words, "boast", "boasts", "boasted", "boasting", false);
        Full(words, "quip", "quips", "quipped", "quipping", false);
        Full(words, "joke", "jokes", "joked", "joking", false);
        Full(words, "confirm", "confirms", "confirmed", "confirming", false);
        Full(words, "deny", "denies", "denied", "denying", false);
        Full(words, "reveal", "reveals", "revealed", "revealing", false);
        Full(words, "remind", "reminds", "reminded", "reminding", true, CueComplement.Infinitive);
        Full(words, "assure", "assures", "assured", "assuring", true);
        Full(words, "inform", "informs", "informed", "informing", true);
        Full(words, "fear", "fears", "feared", "fearing", false);
        Full(words, "hope", "hopes", "hoped", "hoping", false, CueComplement.Infinitive);
        Full(words, "estimate", "estimates", "estimated", "estimating", false);
        Full(words, "continue", "continues", "continued", "continuing", false);
        Full(words, "maintain", "maintains", "maintained", "maintaining", false);
        Full(words, "counter", "counters", "countered", "countering", false);
        Full(words, "exclaim", "exclaims", "exclaimed", "exclaiming", false);
        Full(words, "stress", "stresses", "stressed", "stressing", false);
        Full(words, "caution", "cautions", "cautioned", "cautioning", false);
        Full(words, "mention", "mentions", "mentioned", "mentioning", false);
        Full(words, "agree", "agrees", "agreed", "agreeing", false, CueComplement.Infinitive);
        Full(words, "know", "knows", "knew", "knowing", false);

        // Verbs that characterise what someone said; their object is part of the content ("called Rubio 'Little Marco'").
        Full(words, "call", "calls", "called", "calling", false);
        Full(words, "describe", "describes", "described", "describing", false);
        Full(words, "characterize", "characterizes", "characterized", "characterizing", false);
        Full(words, "accuse", "accuses", "accused", "accusing", false);
        Full(words, "praise", "praises", "praised", "praising", false);
        Full(words, "criticize", "criticizes", "criticized", "criticizing", false);
        Full(words, "blast", "blasts", "blasted", "blasting", false);
        Full(words, "urge", "urges", "urged", "urging", false, CueComplement.Infinitive);
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
        Full(words, "find", "finds", "found", "finding", false);
        Full(words, "show", "shows", "showed", "showing", false);
        Partial(words, "indicated", "indicating", "indicate");
        Partial(words, "charged", "charging", "charge");
        Partial(words, "shouted", "shouting", "shout");
        Partial(words, "posted", "posting", "post");
        Partial(words, "echoed", "echoing", "echo");

        // Verbs of intention, wanting and refusing, whose content may be a to-infinitive ("declined to comment").
        Full(words, "decline", "declines", "declined", "declining", false, CueComplement.Infinitive);
        Full(words, "refuse", "refuses", "refused", "refusing", false, CueComplement.Infinitive);
        Full(words, "seek", "seeks", "sought", "seeking", false, CueComplement.Infinitive);
        Full(words, "want", "wants", "wanted", "wanting", false, CueComplement.Infinitive);
        Full(words, "decide", "decides", "decided", "deciding", false, CueComplement.Infinitive);
        Full(words, "intend", "intends", "intended", "intending", false, CueComplement.Infinitive);
        Full(words, "threaten", "threatens", "threatened", "threatening", false, CueComplement.Infinitive);
        Full(words, "expect", "expects", "expected", "expecting", false, CueComplement.Infinitive);
        Full(words, "prefer", "prefers", "preferred", "preferring", false, CueComplement.Infinitive);
        Partial(words, "offered", "offering", "offer", CueComplement.Infinitive);
        Partial(words, "demanded", "demanding", "demand", CueComplement.Infinitive);
        Partial(words, "planned", "planning", "plan", CueComplement.Infinitive);
        words["plans"] = new CueWord("plan", CueForm.Present, false, CueComplement.Infinitive);

        // Raising verbs: "the race seemed to be Sanders's to lose" (the subject is part of the content).
        Full(words, "seem", "seems", "seemed", "seeming", false, CueComplement.Raising);
        Full(words, "appear", "appears", "appeared", "appearing", false, CueComplement.Raising);

        // Verbs of stance whose object is the content ("endorsed Clinton", "proposed a new tax").
        Full(words, "endorse", "endorses", "endorsed", "endorsing", false, CueComplement.Object);
        Full(words, "oppose", "opposes", "opposed", "opposing", false, CueComplement.Object);
        Full(words, "propose", "proposes", "proposed", "proposing", false, CueComplement.Object);
        Full(words, "condemn", "condemns", "condemned", "condemning", false, CueComplement.Object);
        Full(words, "slam", "slams", "slammed", "slamming", false, CueComplement.Object);
        Full(words, "chide", "chides", "chided", "chiding", false, CueComplement.Object);
        Full(words, "lament", "laments", "lamented", "lamenting", false);
        Full(words, "express", "expresses", "expressed", "expressing", false, CueComplement.Object);
        Full(words, "discuss", "discusses", "discussed", "discussing", false, CueComplement.Object);
        Full(words, "advocate", "advocates", "advocated", "advocating", false, CueComplement.Object);
        Full(words, "recommend", "recommends", "recommended", "recommending", false, CueComplement.Object);
        Partial(words, "requested", "requesting", "request", CueComplement.Object);
        Partial(words, "highlighted", "highlighting", "highlight", CueComplement.Object);
        Full(words, "portray", "portrays", "portrayed", "portraying", false, CueComplement.Object);
        Full(words, "depict", "depicts", "depicted", "depicting", false, CueComplement.Object);
        Partial(words, "supported", "supporting", "support", CueComplement.Object);
        words["supports"] = new CueWord("support", CueForm.Present, false, CueComplement.Object);
        Partial(words, "backed", "backing", "back", CueComplement.Object);
        Partial(words, "favored", "favoring", "favor", CueComplement.Object);
        words["favors"] = new CueWord("favor", CueForm.Present, false, CueComplement.Object);
        Partial(words, "attacked", "attacking", "attack", CueComplement.Object);
        Partial(words, "credited", "crediting", "credit", CueComplement.Object);
        Partial(words, "referenced", "referencing", "reference", CueComplement.Object);

        // More verbs of saying and thinking with a clause.
        Full(words, "reiterate", "reiterates", "reiterated", "reiterating", false);
        Full(words, "recount", "recounts", "recounted", "recounting", false);
        Partial(words, "answered", "answering", "answer");
        Full(words, "interject", "interjects", "interjected", "interjecting", false);
        Partial(words, "emailed", "emailing", "email");
        Full(words, "retort", "retorts", "retorted", "retorting", false);
        Full(words, "muse", "muses", "mused", "musing", false);
        Full(words, "speculate", "speculates", "speculated", "speculating", false);
        Full(words, "opine", "opines", "opined", "opining", false);
        Full(words, "surmise", "surmises", "surmised", "surmising", false);
        Full(words, "realize", "realizes", "realized", "realizing", false);
        Full(words, "learn", "learns", "learned", "learning", false);
        Full(words, "worry", "worries", "worried", "worrying", false);
        Partial(words, "doubted", "doubting", "doubt");
        Full(words, "suspect", "suspects", "suspected", "suspecting", false);
        Full(words, "assume", "assumes", "assumed", "assuming", false);
        Full(words, "recognize", "recognizes", "recognized", "recognizing", false);
        Full(words, "feel", "feels", "felt", "feeling", false);
        Full(words, "proclaim", "proclaims", "proclaimed", "proclaiming", false);
        Full(words, "pronounce", "pronounces", "pronounced", "pronouncing", false);
                Full(words, "disclose", "discloses", "disclosed", "disclosing", false);
        Full(words, "clarify", "clarifies", "clarified", "clarifying", false);
        Full(words, "scoff", "scoffs", "scoffed", "scoffing", false);
        Full(words, "grumble", "grumbles", "grumbled", "grumbling", false);
        Full(words, "plead", "pleads", "pleaded", "pleading", false);
        Full(words, "advise", "advises", "advised", "advising", true, CueComplement.Infinitive);
        Full(words, "underscore", "underscores", "underscored", "underscoring", false);
        Full(words, "repeat", "repeats", "repeated", "repeating", false);
        Full(words, "brag", "brags", "bragged", "bragging", false);
        Full(words, "gush", "gushes", "gushed", "gushing", false);
        Partial(words, "hinted", "hinting", "hint");
        Partial(words, "signaled", "signaling", "signal");
        Partial(words, "signalled", "signalling", "signal");
        Full(words, "concur", "concurs", "concurred", "concurring", false);
        Partial(words, "protested", "protesting", "protest");

        // Verbs whose content follows a particle: "talked about", "voted for", "pointed out".
        Full(words, "talk", "talks", "talked", "talking", false, CueComplement.Particle);
        Full(words, "speak", "speaks", "spoke", "speaking", false, CueComplement.Particle);
        Partial(words, "pointed", "pointing", "point", CueComplement.Particle);
        Partial(words, "referred", "referring", "refer", CueComplement.Particle);
        Partial(words, "pushed", "pushing", "push", CueComplement.Particle);
        Partial(words, "voted", "voting", "vote", CueComplement.Particle);
        Partial(words, "railed", "railing", "rail", CueComplement.Particle);
        Partial(words, "lashed", "lashing", "lash", CueComplement.Particle);
        Partial(words, "weighed", "weighing", "weigh", CueComplement.Particle);
        Partial(words, "focused", "focusing", "focus", CueComplement.Particle);
        Partial(words, "campaigned", "campaigning", "campaign", CueComplement.Particle);
        Partial(words, "alluded", "alluding", "allude", CueComplement.Particle);
        Partial(words, "objected", "objecting", "object", CueComplement.Particle);
        Partial(words, "apologized", "apologizing", "apologize", CueComplement.Particle);
        Partial(words, "elaborated", "elaborating", "elaborate", CueComplement.Particle);
        Partial(words, "reflected", "reflecting", "reflect", CueComplement.Particle);
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Full(Dictionary<string, CueWord> words, string lemma, string present, string past, string participle, bool takesObject, CueComplement complement = CueComplement.Clause)
    {
        words[lemma] = new CueWord(lemma, CueForm.Base, takesObject, complement);
        words[present] = new CueWord(lemma, CueForm.Present, takesObject, complement);
        words[past] = new CueWord(lemma, CueForm.Past, takesObject, complement);
        words[participle] = new CueWord(lemma, CueForm.Participle, takesObject, complement);
    }

    private static void Partial(Dictionary<string, CueWord> words, string past, string participle, string lemma, CueComplement complement = CueComplement.Clause)
    {
        words[past] = new CueWord(lemma, CueForm.Past, false, complement);
        words[participle] = new CueWord(lemma, CueForm.Participle, false, complement);
    }

    /// <summary>Whether <paramref name="word"/> is a particle the verb <paramref name="lemma"/> takes before its content ("called for", "pointed out").</summary>
    public static bool TakesParticle(string lemma, ReadOnlySpan<char> word)
    {
        if (!Particles.TryGetValue(lemma, out var particles))
        {
            return false;
        }

        foreach (var particle in particles)
        {
            if (word.Equals(particle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
