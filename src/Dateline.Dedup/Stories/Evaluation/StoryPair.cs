namespace Dateline.Dedup.Stories.Evaluation;

/// <summary>One judged article pair (SemEval-2022 task 8 format): the two texts and the gold Overall score, 1 = same story to 4 = different.</summary>
public sealed record StoryPair(string Id, string Text1, string Text2, double Overall)
{
    /// <summary>The gold similarity, higher is more similar: 5 minus Overall.</summary>
    public double GoldSimilarity => 5 - Overall;

    /// <summary>Gold "same story": Overall at most 2.</summary>
    public bool SameStory => Overall <= 2;
}
