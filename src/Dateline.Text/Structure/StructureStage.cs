using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;

namespace Dateline.Text.Structure;

/// <summary>Finds the parts of a news article: captions, repeated blocks, headline, byline, timestamp, dateline, body paragraphs.</summary>
public sealed class StructureStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([], [Layers.Structure]);

    public string Name => "structure";

    public StageInfo Info => StageInfo;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(Layers.Structure, new ArticleStructure());
    }
}
