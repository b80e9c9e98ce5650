namespace Dateline.Core.Annotations;

/// <summary>
/// The dateline of an article ("ALBUQUERQUE, N.M.", "LONDON, Feb 26 -"): its span and the place it names,
/// resolved to a proper-cased place, a region (state or province) and an ISO 3166 country code.
/// </summary>
public sealed record DatelineInfo(TextSpan Span, string Place, string? Region, string? Country);
