namespace Dateline.Text.Places;

/// <summary>
/// A gazetteer entry: a country (<see cref="Country"/> is its own ISO 3166-1 alpha-2 code), a region (state,
/// province) of a country, or a city with its region (if known) and country.
/// </summary>
public sealed record Place(PlaceKind Kind, string Name, string? Region, string? Country);
