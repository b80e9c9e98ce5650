using Dateline.Core.Annotations;

namespace Dateline.Text.Times.Evaluation;

/// <summary>One difference from the gold: a missed, spurious, mistyped or misvalued expression, with its text.</summary>
public sealed record TimeEvalError(string Document, TimeEvalErrorKind Kind, string Text, TimeType? GoldType, string? GoldValue, TimeType? PredictedType, string? PredictedValue, string Context);
