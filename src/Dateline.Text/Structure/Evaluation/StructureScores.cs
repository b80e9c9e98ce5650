namespace Dateline.Text.Structure.Evaluation;

/// <summary>Per-field accuracy of the structure stage over a set of gold documents.</summary>
public sealed record StructureScores(int Documents, FieldScore Headline, FieldScore DatelinePlace, FieldScore Authors, FieldScore Agency);
