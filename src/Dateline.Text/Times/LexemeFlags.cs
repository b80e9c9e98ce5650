namespace Dateline.Text.Times;

/// <summary>Extra facts about a lexicon word.</summary>
[Flags]
internal enum LexemeFlags : ushort
{
    None = 0,

    /// <summary>Only temporal when capitalised ("May", "March").</summary>
    NeedsCapital = 1,

    /// <summary>A plural unit ("years").</summary>
    Plural = 2,

    /// <summary>An abbreviation that may take a period ("Aug.").</summary>
    Abbreviation = 4,

    /// <summary>A past-tense cue ("said", "was").</summary>
    PastCue = 8,

    /// <summary>A future-tense cue ("will", "scheduled").</summary>
    FutureCue = 16,

    /// <summary>A form of "be" that makes a following participle passive ("is", "be", "been").</summary>
    Auxiliary = 32,

    /// <summary>The word is also a unit ("second").</summary>
    AlsoUnit = 64,

    /// <summary>A word that ends in -ed but is no past-tense verb ("need", "hundred").</summary>
    NotPast = 128,

    /// <summary>A word that may stand before a year ("in", "since", "by").</summary>
    YearPreposition = 256,

    /// <summary>An abbreviation whose period does not end a sentence ("Mr.", "Calif.").</summary>
    TitleAbbreviation = 512,
}
