namespace Dateline.Core;

/// <summary>A problem a stage met with a document; the pipeline records it and goes on.</summary>
public sealed record StageProblem(string Stage, string Message);
