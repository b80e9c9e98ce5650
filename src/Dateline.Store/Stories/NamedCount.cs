namespace Dateline.Store.Stories;

/// <summary>A name with a count (an entity and the story's articles mentioning it, or a speaker and their quotes).</summary>
public sealed record NamedCount(string Name, int Count);
