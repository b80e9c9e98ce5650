namespace Dateline.Text.Places;

/// <summary>What a gazetteer entry names.</summary>
public enum PlaceKind
{
    Country,
    Region,
    City,
}
