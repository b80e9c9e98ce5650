namespace Dateline.Text.Structure.Evaluation;

/// <summary>A field the structure stage got wrong on one gold document.</summary>
public sealed record StructureMiss(string DocumentId, string Field, string Expected, string Actual);
