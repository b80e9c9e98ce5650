namespace Dateline.Dedup;

/// <summary>One article of a story, with how it differs from the canonical one.</summary>
public sealed record StoryCopy(CopyArticle Article, CopyDiff Diff);
