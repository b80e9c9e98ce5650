namespace Dateline.Core.Annotations;

/// <summary>A named-entity mention found by the NER stage.</summary>
public sealed record Mention(TextSpan Span, EntityLabel Label, float Confidence);
