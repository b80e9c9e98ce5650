namespace Dateline.Html.Evaluation;

/// <summary>An article extractor under evaluation: page source in, article text and metadata out.</summary>
public interface IArticleTextExtractor
{
    string Name { get; }

    ExtractionResult Extract(string html, string? url);
}
