namespace Dateline.Text.Structure;

/// <summary>
/// A dateline found at the start of a line: it covers <c>[0, <see cref="Length"/>)</c> of the line (the dash
/// included) and the body text starts at <see cref="BodyStart"/> (equal to the line length for a dateline
/// on its own line).
/// </summary>
internal readonly record struct DatelineMatch(int Length, int BodyStart, string Place, string? Region, string? Country, string? Agency);
