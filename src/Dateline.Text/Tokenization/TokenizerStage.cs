using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;

namespace Dateline.Text.Tokenization;

/// <summary>Adds the <see cref="Layers.Tokens"/> layer (see <see cref="NewsTokenizer"/>).</summary>
public sealed class TokenizerStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([], [Layers.Tokens]);

    public string Name => "tokenizer";

    public StageInfo Info => StageInfo;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.With(Layers.Tokens, NewsTokenizer.Tokenize(document.Text));
    }
}
