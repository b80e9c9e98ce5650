namespace Dateline.Text.Resolution;

/// <summary>The grammatical gender a pronoun needs from its antecedent.</summary>
public enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
