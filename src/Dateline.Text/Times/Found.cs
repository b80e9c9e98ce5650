using Dateline.Core.Annotations;

namespace Dateline.Text.Times;

/// <summary>A match of the time grammar: the token after its last token, its TIMEX3 type and value.</summary>
internal readonly record struct Found(int End, TimeType Type, string Value);
