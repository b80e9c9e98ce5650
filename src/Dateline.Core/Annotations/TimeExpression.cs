namespace Dateline.Core.Annotations;

/// <summary>A temporal expression with its TIMEX3 type and normalised value (for example <c>2017-08-03</c>, <c>P1M</c>).</summary>
public sealed record TimeExpression(TextSpan Span, TimeType Type, string Value);
