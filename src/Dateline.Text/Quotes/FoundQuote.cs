using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Quotes;

/// <summary>A quotation found in the text, before its speaker is resolved to an entity.</summary>
internal sealed record FoundQuote(QuoteKind Kind, TextSpan Content, TextSpan? Cue, TextSpan? Speaker);
