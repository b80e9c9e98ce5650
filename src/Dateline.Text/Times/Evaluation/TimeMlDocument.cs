using System.Collections.Immutable;
using Dateline.Core.Annotations;

namespace Dateline.Text.Times.Evaluation;

/// <summary>A TimeML document: the text of its TEXT element (tags stripped), its creation date, and the gold TIMEX3s.</summary>
public sealed record TimeMlDocument(string Id, string Text, DateOnly? CreationDate, ImmutableArray<TimeExpression> Gold);
