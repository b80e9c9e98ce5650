namespace Dateline.Core.Pipeline;

/// <summary>What a stage needs from earlier stages and what it adds to the document.</summary>
public sealed record StageInfo(IReadOnlyList<LayerKey> Requires, IReadOnlyList<LayerKey> Produces)
{
    public static StageInfo Create(LayerKey[] requires, LayerKey[] produces) => new(requires, produces);
}
