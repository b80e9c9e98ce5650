namespace Dateline.Store.Queries;

/// <summary>A stored quote with its speaker and the article it comes from.</summary>
public sealed record QuoteHit(
    long Id,
    long ArticleId,
    string DocId,
    string? Headline,
    string? Date,
    string? Speaker,
    long? SpeakerEntityId,
    string Kind,
    string Text,
    string? Cue,
    string? Time);
