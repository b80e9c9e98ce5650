namespace Dateline.Dedup;

/// <summary>Where an added article went: the story it joined (or founded) and the copy it matched best.</summary>
public sealed record CopyAssignment(string ArticleId, string StoryId, string? MatchedId, CopyMatch Match)
{
    /// <summary>The article matched no earlier one and founded its own story.</summary>
    public bool IsNewStory => MatchedId is null;
}
