namespace Dateline.Core.Annotations;

/// <summary>The speaker of a quote: the mention in the text and, when resolved, the entity and its name.</summary>
public sealed record QuoteSpeaker(TextSpan Span, int? Entity, string? Name);
