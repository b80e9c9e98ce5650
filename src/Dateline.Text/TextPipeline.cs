using Dateline.Core.Pipeline;
using Dateline.Text.Quotes;
using Dateline.Text.Resolution;
using Dateline.Text.Structure;

namespace Dateline.Text;

/// <summary>The default order of the text stages; hosts start from here and add store-side stages.</summary>
public static class TextPipeline
{
    /// <summary>A builder holding every text stage in its order: structure first.</summary>
    public static PipelineBuilder CreateDefault()
    {
        var builder = new PipelineBuilder();
        builder.Add(new StructureStage());
        builder.Add(new EntityResolutionStage());
        builder.Add(new QuoteStage());
        return builder;
    }
}
