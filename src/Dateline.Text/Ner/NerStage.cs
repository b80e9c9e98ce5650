using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;

namespace Dateline.Text.Ner;

/// <summary>
/// Adds the <see cref="Layers.Mentions"/> layer: PER, ORG, LOC and MISC names found by the averaged-perceptron model.
/// The model is loaded once, lazily, and shared by all threads. Without a model file the stage adds an empty layer and
/// a problem that says where it looked; it never throws for that.
/// </summary>
public sealed class NerStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([Layers.Tokens, Layers.Sentences], [Layers.Mentions]);

    private static readonly Lazy<(NerModel? Model, string? Problem)> Shipped = new(() => LoadFrom(NerModelLocator.Find()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<(NerModel? Model, string? Problem)> _model;

    /// <summary>A stage using the shipped model (see <see cref="NerModelLocator"/>).</summary>
    public NerStage()
    {
        _model = Shipped;
    }

    /// <summary>A stage using the given model.</summary>
    public NerStage(NerModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new Lazy<(NerModel?, string?)>((model, null));
    }

    private NerStage(Lazy<(NerModel? Model, string? Problem)> model)
    {
        _model = model;
    }

    public string Name => "ner";

    public StageInfo Info => StageInfo;

    /// <summary>The model, loading it if needed; <c>null</c> when it could not be loaded.</summary>
    public NerModel? Model => _model.Value.Model;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (model, problem) = _model.Value;
        if (model is null)
        {
            return document.With(Layers.Mentions, ImmutableArray<Mention>.Empty).WithProblem(new StageProblem(Name, problem!));
        }

        var tokens = document.Get(Layers.Tokens);
        var sentences = document.Get(Layers.Sentences);
        var entities = NerTagger.Tag(model, document.Text, tokens, sentences, cancellationToken);
        BylineRule.Apply(document.Text, tokens, sentences, model.Lexicon, entities);
        OrganisationRule.Apply(document.Text, tokens, entities);
        NameConsistencyRule.Apply(document.Text, tokens, entities);
        var mentions = ImmutableArray.CreateBuilder<Mention>(entities.Count);
        var furniture = FurnitureFilter.Spans(document);
        foreach (var entity in entities)
        {
            var span = new TextSpan(tokens[entity.FirstToken].Span.Start, tokens[entity.LastToken].Span.End);
            var text = document.Text.AsSpan(span.Start, span.Length);
            if (FurnitureNames.IsFurniture(text) || FurnitureFilter.Overlaps(furniture, span))
            {
                continue;
            }

            var label = text.Equals("Getty Images", StringComparison.OrdinalIgnoreCase) ? EntityLabel.ORG : entity.Label;
            mentions.Add(new Mention(span, label, entity.Confidence));
        }

        return document.With(Layers.Mentions, mentions.ToImmutable());
    }

    /// <summary>A stage using the model file at <paramref name="path"/>; a missing or bad file makes it report a problem per document.</summary>
    public static NerStage FromFile(string path) => new(new Lazy<(NerModel?, string?)>(() => LoadFrom(File.Exists(path) ? path : null, path)));

    private static (NerModel?, string?) LoadFrom(string? path, string? wanted = null)
    {
        if (path is null && wanted is not null)
        {
            return (null, $"NER model not found: {wanted}; names are not tagged.");
        }

        if (path is null)
        {
            return (null, $"NER model not found: looked for {string.Join(", ", NerModelLocator.Candidates())}; names are not tagged.");
        }

        try
        {
            return (NerModel.Load(path), null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or EndOfStreamException)
        {
            return (null, $"NER model {path} could not be loaded: {ex.Message}; names are not tagged.");
        }
    }
}
