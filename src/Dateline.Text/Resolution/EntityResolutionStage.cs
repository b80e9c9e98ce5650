using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;

namespace Dateline.Text.Resolution;

/// <summary>Resolves the named mentions of a document into entities (names, aliases, titles, mentions).</summary>
public sealed class EntityResolutionStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([Layers.Mentions], [Layers.Entities]);

    public string Name => "entities";

    public StageInfo Info => StageInfo;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return document.With(Layers.Entities, EntityResolver.Resolve(document.Text, document.Get(Layers.Mentions)));
    }
}
