using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;

namespace Dateline.Text.Sentences;

/// <summary>Adds the <see cref="Layers.Sentences"/> layer from the tokens (see <see cref="SentenceSplitter"/>).</summary>
public sealed class SentenceStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([Layers.Tokens], [Layers.Sentences]);

    public string Name => "sentences";

    public StageInfo Info => StageInfo;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(Layers.Sentences, SentenceSplitter.Split(document.Text, document.Get(Layers.Tokens), BlockEnds(document)));
    }

    /// <summary>
    /// Where the structure stage found a block to end (headline, byline, timestamp, dateline, captions,
    /// paragraphs): no sentence runs across these, even when only a single line break separates them.
    /// </summary>
    private static int[] BlockEnds(Document document)
    {
        if (document.Get(Layers.Structure) is not { } structure)
        {
            return [];
        }

        var ends = structure.Parts().Select(p => p.End).ToList();
        ends.Sort();
        return [.. ends];
    }
}
