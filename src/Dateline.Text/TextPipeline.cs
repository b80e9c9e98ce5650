using Dateline.Core.Pipeline;
using Dateline.Text.Ner;
using Dateline.Text.Quotes;
using Dateline.Text.Resolution;
using Dateline.Text.Sentences;
using Dateline.Text.Structure;
using Dateline.Text.Times;
using Dateline.Text.Tokenization;

namespace Dateline.Text;

/// <summary>The default order of the text stages; hosts start from here and add store-side stages.</summary>
public static class TextPipeline
{
    /// <summary>A builder holding every text stage in its order: structure first.</summary>
    public static PipelineBuilder CreateDefault() => CreateDefault(allAttributions: false);

    /// <summary>
    /// The default stages; with <paramref name="allAttributions"/> the quote stage keeps every attribution (beliefs,
    /// plans, stances: PolNeAR's convention) instead of statements only.
    /// </summary>
    public static PipelineBuilder CreateDefault(bool allAttributions)
    {
        var builder = new PipelineBuilder();
        builder.Add(new StructureStage());
        builder.Add(new TokenizerStage());
        builder.Add(new SentenceStage());
        builder.Add(new NerStage());
        builder.Add(new TimeStage());
        builder.Add(new EntityResolutionStage());
        builder.Add(allAttributions ? new QuoteStage(Quotes.Learning.CueModel.Shipped, statementsOnly: false) : new QuoteStage());
        return builder;
    }
}
