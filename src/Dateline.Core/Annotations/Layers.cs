namespace Dateline.Core.Annotations;

/// <summary>The well-known layers of a document.</summary>
public static class Layers
{
    public static readonly ValueKey<ArticleStructure> Structure = new("structure");
    public static readonly LayerKey<Token> Tokens = new("tokens");
    public static readonly LayerKey<Sentence> Sentences = new("sentences");
    public static readonly LayerKey<Mention> Mentions = new("mentions");
    public static readonly LayerKey<Entity> Entities = new("entities");
    public static readonly LayerKey<Quote> Quotes = new("quotes");
    public static readonly LayerKey<TimeExpression> Times = new("times");
}
