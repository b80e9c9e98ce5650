using System.Collections.Frozen;

namespace Dateline.Text.Times;

/// <summary>
/// The words the time scanner knows, looked up once per word through a frozen, case-insensitive table
/// that accepts spans (no string per word).
/// </summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, Lexeme> Table = Build();

    private static readonly FrozenDictionary<string, Lexeme>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Lexeme Get(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var lexeme) ? lexeme : default;

    private static FrozenDictionary<string, Lexeme> Build()
    {
        var d = new Dictionary<string, Lexeme>(StringComparer.OrdinalIgnoreCase);

        void Add(WordClass wordClass, int value, LexemeFlags flags, params string[] words)
        {
            foreach (var word in words)
            {
                d[word] = new Lexeme(wordClass, value, flags);
            }
        }

        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        for (var m = 0; m < 12; m++)
        {
            Add(WordClass.Month, m + 1, LexemeFlags.NeedsCapital, months[m][0]);
            for (var k = 1; k < months[m].Length; k++)
            {
                Add(WordClass.Month, m + 1, LexemeFlags.NeedsCapital | LexemeFlags.Abbreviation, months[m][k]);
            }
        }

        string[] weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (var w = 0; w < 7; w++)
        {
            Add(WordClass.Weekday, w + 1, LexemeFlags.None, weekdays[w]);
            Add(WordClass.Weekday, w + 1, LexemeFlags.Plural, weekdays[w] + "s");
        }

        Add(WordClass.Unit, (int)TimeUnit.Second, LexemeFlags.Plural, "seconds");
        Add(WordClass.Unit, (int)TimeUnit.Minute, LexemeFlags.None, "minute");
        Add(WordClass.Unit, (int)TimeUnit.Minute, LexemeFlags.Plural, "minutes");
        Add(WordClass.Unit, (int)TimeUnit.Hour, LexemeFlags.None, "hour");
        Add(WordClass.Unit, (int)TimeUnit.Hour, LexemeFlags.Plural, "hours");
        Add(WordClass.Unit, (int)TimeUnit.Day, LexemeFlags.None, "day");
        Add(WordClass.Unit, (int)TimeUnit.Day, LexemeFlags.Plural, "days");
        Add(WordClass.Unit, (int)TimeUnit.Weekend, LexemeFlags.None, "weekend");
        Add(WordClass.Unit, (int)TimeUnit.Weekend, LexemeFlags.Plural, "weekends");
        Add(WordClass.Unit, (int)TimeUnit.Week, LexemeFlags.None, "week");
        Add(WordClass.Unit, (int)TimeUnit.Week, LexemeFlags.Plural, "weeks");
        Add(WordClass.Unit, (int)TimeUnit.Month, LexemeFlags.None, "month");
        Add(WordClass.Unit, (int)TimeUnit.Month, LexemeFlags.Plural, "months");
        Add(WordClass.Unit, (int)TimeUnit.Quarter, LexemeFlags.None, "quarter");
        Add(WordClass.Unit, (int)TimeUnit.Quarter, LexemeFlags.Plural, "quarters");
        Add(WordClass.Unit, (int)TimeUnit.Year, LexemeFlags.None, "year");
        Add(WordClass.Unit, (int)TimeUnit.Year, LexemeFlags.Plural, "years");
        Add(WordClass.Unit, (int)TimeUnit.Decade, LexemeFlags.None, "decade");
        Add(WordClass.Unit, (int)TimeUnit.Decade, LexemeFlags.Plural, "decades");
        Add(WordClass.Unit, (int)TimeUnit.Century, LexemeFlags.None, "century");
        Add(WordClass.Unit, (int)TimeUnit.Century, LexemeFlags.Plural, "centuries");

        Add(WordClass.Season, 1, LexemeFlags.None, "spring");
        Add(WordClass.Season, 2, LexemeFlags.None, "summer");
        Add(WordClass.Season, 3, LexemeFlags.None, "fall", "autumn");
        Add(WordClass.Season, 4, LexemeFlags.None, "winter");

        string[] ones =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        for (var n = 0; n < ones.Length; n++)
        {
            Add(WordClass.Number, n, LexemeFlags.None, ones[n]);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var t = 0; t < tens.Length; t++)
        {
            Add(WordClass.Number, (t + 2) * 10, LexemeFlags.None, tens[t]);
        }

        // Decade words, only after "the" ("the nineties", "the late eighties"): the decade of the 1900s.
        string[] decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (var t = 0; t < decades.Length; t++)
        {
            Add(WordClass.DecadeDigits, 1920 + (t * 10), LexemeFlags.None, decades[t]);
        }

        Add(WordClass.Number, 100, LexemeFlags.None, "hundred");
        Add(WordClass.Number, 1000, LexemeFlags.None, "thousand");
        Add(WordClass.Number, 12, LexemeFlags.None, "dozen");

        string[] ordinals =
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        ];
        for (var n = 0; n < ordinals.Length; n++)
        {
            Add(WordClass.Ordinal, n + 1, n == 1 ? LexemeFlags.AlsoUnit : LexemeFlags.None, ordinals[n]);
        }

        Add(WordClass.Ordinal, 30, LexemeFlags.None, "thirtieth");
        Add(WordClass.Ordinal, -1, LexemeFlags.None, "final");
        Add(WordClass.Article, 1, LexemeFlags.None, "a", "an");
        Add(WordClass.Quantity, -1, LexemeFlags.None, "several", "few", "many", "couple", "some", "numerous");
        Add(WordClass.Half, 0, LexemeFlags.None, "half");

        // Day words: the value is the offset from the anchor day; 100 = tonight.
        Add(WordClass.Deictic, 0, LexemeFlags.None, "today");
        Add(WordClass.Deictic, -1, LexemeFlags.None, "yesterday");
        Add(WordClass.Deictic, 1, LexemeFlags.None, "tomorrow");
        Add(WordClass.Deictic, 100, LexemeFlags.None, "tonight");

        // References: 1 = PRESENT_REF, 2 = PAST_REF, 3 = FUTURE_REF.
        Add(WordClass.Reference, 1, LexemeFlags.None, "now", "currently", "presently", "nowadays");
        Add(WordClass.Reference, 2, LexemeFlags.None, "recently", "lately", "recent");
        Add(WordClass.Reference, 3, LexemeFlags.None, "future");
        Add(WordClass.Current, 0, LexemeFlags.None, "current");

        // Relative determiners: -1 = last, 0 = this, 1 = next.
        Add(WordClass.Relative, -1, LexemeFlags.None, "last", "past", "previous", "preceding", "prior", "latest");
        Add(WordClass.Relative, 0, LexemeFlags.None, "this");
        Add(WordClass.Relative, 1, LexemeFlags.None, "next", "coming", "following", "upcoming");

        // Positions inside a period: 1 = early, 2 = mid, 3 = late.
        Add(WordClass.Position, 1, LexemeFlags.None, "early", "beginning", "start");
        Add(WordClass.Position, 2, LexemeFlags.None, "mid", "middle");
        Add(WordClass.Position, 3, LexemeFlags.None, "late", "end");

        // Directions: 1 = ago, 2 = earlier, 3 = later, 4 = before, 5 = after.
        Add(WordClass.Direction, 1, LexemeFlags.None, "ago");
        Add(WordClass.Direction, 2, LexemeFlags.None, "earlier");
        Add(WordClass.Direction, 3, LexemeFlags.None, "later");

        Add(WordClass.Approximate, 0, LexemeFlags.None, "nearly", "almost", "about", "around", "roughly", "approximately", "over", "only", "just", "barely", "fully");
        Add(WordClass.Every, 0, LexemeFlags.None, "every", "each", "per");
        Add(WordClass.Frequency, (int)TimeUnit.Day, LexemeFlags.None, "daily", "nightly");
        Add(WordClass.Frequency, (int)TimeUnit.Week, LexemeFlags.None, "weekly");
        Add(WordClass.Frequency, (int)TimeUnit.Month, LexemeFlags.None, "monthly");
                Add(WordClass.Frequency, (int)TimeUnit.Year, LexemeFlags.None, "annually", "yearly");
        Add(WordClass.Frequency, (int)TimeUnit.Hour, LexemeFlags.None, "hourly");

        // Parts of the day: 1 = morning, 2 = afternoon, 3 = evening, 4 = night, 5 = noon, 6 = midnight.
        Add(WordClass.PartOfDay, 1, LexemeFlags.None, "morning");
        Add(WordClass.PartOfDay, 2, LexemeFlags.None, "afternoon");
        Add(WordClass.PartOfDay, 3, LexemeFlags.None, "evening");
        Add(WordClass.PartOfDay, 4, LexemeFlags.None, "night");
        Add(WordClass.PartOfDay, 1, LexemeFlags.Plural, "mornings");
        Add(WordClass.PartOfDay, 2, LexemeFlags.Plural, "afternoons");
        Add(WordClass.PartOfDay, 3, LexemeFlags.Plural, "evenings");
        Add(WordClass.PartOfDay, 4, LexemeFlags.Plural, "nights");
        Add(WordClass.PartOfDay, 5, LexemeFlags.None, "noon", "midday");
        Add(WordClass.PartOfDay, 6, LexemeFlags.None, "midnight");

        Add(WordClass.Meridiem, 0, LexemeFlags.None, "a.m", "am");
        Add(WordClass.Meridiem, 12, LexemeFlags.None, "p.m", "pm");
        Add(WordClass.Zone, 0, LexemeFlags.None, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "et", "pt");
        Add(WordClass.Fiscal, 0, LexemeFlags.None, "fiscal");
        Add(WordClass.The, 0, LexemeFlags.None, "the");
        Add(WordClass.Of, 0, LexemeFlags.None, "of");
        Add(WordClass.Same, 0, LexemeFlags.None, "same", "that", "these");
        Add(WordClass.Holiday, 1, LexemeFlags.NeedsCapital, "christmas");
        Add(WordClass.Holiday, 2, LexemeFlags.NeedsCapital, "thanksgiving");
        Add(WordClass.Holiday, 3, LexemeFlags.NeedsCapital, "election");
        Add(WordClass.Holiday, 4, LexemeFlags.NeedsCapital, "easter");

        // Tense cues (not temporal by themselves).
        AddCue(LexemeFlags.PastCue, "said", "was", "were", "had", "did", "told", "made", "took", "gave", "went", "came", "met", "won",
            "lost", "fell", "rose", "sold", "bought", "paid", "left", "held", "began", "became", "got", "saw", "found", "thought",
            "brought", "kept", "spent", "struck", "ran", "fled", "wrote", "spoke", "drew", "grew", "led", "sent", "built", "broke",
            "chose", "knew", "meant", "heard", "felt", "stood", "sat", "taught", "caught", "fought", "sought", "shot", "slid", "sank",
            "swore", "threw", "wore", "woke", "forgot", "froze", "hid", "rang", "sang", "stole", "tore", "overtook", "withdrew");
        AddCue(LexemeFlags.FutureCue, "will", "shall", "plans", "plan", "planning", "scheduled", "expect", "expects", "expected", "intends", "anticipate", "anticipates",
            "upcoming", "wo", "going", "would", "set", "planned");
        AddCue(LexemeFlags.Auxiliary, "is", "are", "am", "be", "been", "being");
        AddCue(LexemeFlags.NotPast, "need", "speed", "seed", "bed", "red", "hundred", "indeed", "feed", "shed", "bred", "wed", "weed",
            "deed", "breed", "greed", "proceed", "exceed", "succeed", "united", "based", "related", "limited", "detailed", "advanced",
            "concerned", "supposed", "used", "alleged", "so-called", "armed", "skilled", "aged", "naked", "wicked", "sacred",
            "beloved", "embed", "sled", "shred", "fled");
        AddTitles("mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr", "inc",
            "corp", "co", "ltd", "calif", "conn", "mass", "fla", "ga", "ill", "mich", "minn", "mo", "nev", "pa", "tenn", "tex", "va",
            "wash", "wis", "ariz", "colo", "okla", "ore", "vt", "vs", "no", "ft", "mt", "ave", "blvd", "dept", "univ", "md", "del",
            "ky", "la", "miss", "neb", "kan", "ala", "ark", "ind", "iowa", "wyo", "mont", "sept", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "oct", "nov", "dec", "gens", "reps", "sens", "messrs", "bros", "adm", "cmdr", "supt", "det", "insp");

        foreach (var word in new[] { "in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "through", "throughout", "for", "of", "on", "at", "into", "around", "circa", "between", "and", "or", "than" })
        {
            d[word] = d.TryGetValue(word, out var existing)
                ? existing with { Flags = existing.Flags | LexemeFlags.YearPreposition }
                : new Lexeme(WordClass.None, 0, LexemeFlags.YearPreposition);
        }

        // First words of multi-word approximators ("more than", "at least", "up to", "no more than"): class 1.
        foreach (var word in new[] { "more", "less", "fewer", "at", "up", "no" })
        {
            d[word] = d.TryGetValue(word, out var existing)
                ? existing with { Class = WordClass.Approximate, Value = 1 }
                : new Lexeme(WordClass.Approximate, 1);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        void AddCue(LexemeFlags flag, params string[] words)
        {
            foreach (var word in words)
            {
                d[word] = d.TryGetValue(word, out var existing) ? existing with { Flags = existing.Flags | flag } : new Lexeme(WordClass.None, 0, flag);
            }
        }

        void AddTitles(params string[] words)
        {
            foreach (var word in words)
            {
                d[word] = d.TryGetValue(word, out var existing)
                    ? existing with { Flags = existing.Flags | LexemeFlags.TitleAbbreviation }
                    : new Lexeme(WordClass.None, 0, LexemeFlags.TitleAbbreviation);
            }
        }
    }
}
