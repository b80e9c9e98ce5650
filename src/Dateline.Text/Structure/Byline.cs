using System.Collections.Immutable;

namespace Dateline.Text.Structure;

/// <summary>What a byline says: its authors, proper-cased, and the agency it names (canonical), if any.</summary>
internal sealed record Byline(ImmutableArray<string> Authors, string? Agency);
