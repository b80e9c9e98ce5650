using Dateline.Text.Places;

namespace Dateline.Text.Structure;

/// <summary>The parts of a dateline before the place is resolved: the place as written and what the other parts named.</summary>
internal readonly record struct DatelineParts(string Place, bool AllCaps, Place? Region, Place? Country, string? Agency);
