namespace Dateline.Core.Pipeline;

/// <summary>
/// Composes stages in an explicit order. <see cref="Build"/> checks that every layer a stage requires is
/// produced by an earlier stage, and freezes the result into an immutable <see cref="DocumentPipeline"/>.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];

    public IReadOnlyList<IDocumentStage> Stages => _stages;

    public PipelineBuilder Add(IDocumentStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Adds the stage unless one of the same type is already there.</summary>
    public PipelineBuilder AddIfMissing<TStage>(Func<TStage> create)
        where TStage : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(create);
        if (!_stages.OfType<TStage>().Any())
        {
            _stages.Add(create());
        }

        return this;
    }

    public PipelineBuilder InsertBefore<TStage>(IDocumentStage stage)
        where TStage : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        var index = _stages.FindIndex(s => s is TStage);
        if (index < 0)
        {
            throw new PipelineException($"No stage of type {typeof(TStage).Name} to insert '{stage.Name}' before.");
        }

        _stages.Insert(index, stage);
        return this;
    }

    public PipelineBuilder InsertAfter<TStage>(IDocumentStage stage)
        where TStage : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        var index = _stages.FindLastIndex(s => s is TStage);
        if (index < 0)
        {
            throw new PipelineException($"No stage of type {typeof(TStage).Name} to insert '{stage.Name}' after.");
        }

        _stages.Insert(index + 1, stage);
        return this;
    }

    public bool Remove<TStage>()
        where TStage : IDocumentStage => _stages.RemoveAll(s => s is TStage) > 0;

    public DocumentPipeline Build()
    {
        var produced = new HashSet<LayerKey>();
        foreach (var stage in _stages)
        {
            foreach (var required in stage.Info.Requires)
            {
                if (!produced.Contains(required))
                {
                    throw new PipelineException(
                        $"Stage '{stage.Name}' requires the '{required.Name}' layer, but no earlier stage produces it. " +
                        $"Order: {string.Join(" -> ", _stages.Select(s => s.Name))}.");
                }
            }

            produced.UnionWith(stage.Info.Produces);
        }

        return new DocumentPipeline([.. _stages]);
    }
}
