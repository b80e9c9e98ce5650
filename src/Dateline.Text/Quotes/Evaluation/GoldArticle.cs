using System.Collections.Immutable;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>An article of a gold quotation set: its text, optional date, and gold attributions.</summary>
public sealed record GoldArticle(string Id, string Text, DateOnly? Date, ImmutableArray<GoldQuote> Quotes);
