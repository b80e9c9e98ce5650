namespace Dateline.Core.Annotations;

/// <summary>A quotation: what was said (content), the cue verb, the speaker, and when it was said if known.</summary>
public sealed record Quote(
    QuoteKind Kind,
    TextSpan Content,
    TextSpan? Cue,
    QuoteSpeaker? Speaker,
    string? Time = null);
