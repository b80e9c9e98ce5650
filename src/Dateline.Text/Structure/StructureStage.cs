using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;
using Dateline.Text.Places;

namespace Dateline.Text.Structure;

/// <summary>
/// Finds the parts of a news article: captions, repeated blocks, headline, byline (authors, agency),
/// timestamp, dateline (place, region, country) and body paragraphs. The text after the container header
/// (<see cref="DocumentMetadata.Header"/>) is read; see docs/structure.md for the rules.
/// </summary>
public sealed class StructureStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([], [Layers.Structure]);

    private readonly StructureReader _reader;

    public StructureStage()
        : this(Gazetteer.Default)
    {
    }

    public StructureStage(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _reader = new StructureReader(gazetteer);
    }

    public string Name => "structure";

    public StageInfo Info => StageInfo;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        return document.With(Layers.Structure, Analyze(document.Text, document.Metadata.Header?.End ?? 0));
    }

    /// <summary>The structure of <paramref name="text"/>, read from offset <paramref name="begin"/> on.</summary>
    public ArticleStructure Analyze(string text, int begin = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _reader.Read(text, begin);
    }
}
