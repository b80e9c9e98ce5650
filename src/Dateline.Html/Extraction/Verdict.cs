namespace Dateline.Html.Extraction;

/// <summary>
/// What a class or id value says: furniture (any furniture word no article word outweighs), strong furniture
/// (comments, cookies, sharing ...), and its Readability weight counting all furniture words or strong ones only.
/// </summary>
internal readonly record struct Verdict(bool Negative, bool StrongNegative, int Weight, int StrongWeight);
