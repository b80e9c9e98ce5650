namespace Dateline.Dedup.Stories;

/// <summary>Parameters of story vectors and the online clusterer (docs/stories.md says why each has its value).</summary>
public sealed record StoryOptions
{
    public static StoryOptions Default { get; } = new();

    /// <summary>The first content terms of the article (headline first) that count <see cref="LeadWeight"/> times.</summary>
    public int LeadTerms { get; init; } = 60;

    /// <summary>How many times a lead term counts.</summary>
    public double LeadWeight { get; init; } = 4;

    /// <summary>How much less a term weighs when it is written as a name (capitalised inside sentences): its weight is multiplied by 1 - this x its share of name spellings.</summary>
    public double NameDiscount { get; init; } = 0.5;

    /// <summary>Terms kept per article vector and per story centroid (bounds memory and comparison cost).</summary>
    public int MaxTerms { get; init; } = 64;

    /// <summary>An article joins the most similar live story when <see cref="StoryVector.Similarity"/> reaches this.</summary>
    public double JoinThreshold { get; init; } = 0.5;

    /// <summary>A story takes articles dated at most this many days after its last (or before its first) article; later it is cold.</summary>
    public int ColdDays { get; init; } = 3;

    /// <summary>Heaviest terms of a story's centroid under which the candidate index files it.</summary>
    public int IndexTerms { get; init; } = 12;

    /// <summary>Heaviest terms of an article looked up in the candidate index.</summary>
    public int QueryTerms { get; init; } = 12;

    /// <summary>Candidate stories (those sharing the most looked-up terms) whose similarity is computed.</summary>
    public int MaxCandidates { get; init; } = 24;

    /// <summary>Live stories held in memory; the least recently joined are dropped beyond it (bounded memory).</summary>
    public int Capacity { get; init; } = 20_000;
}
