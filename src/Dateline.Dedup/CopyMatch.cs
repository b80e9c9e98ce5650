namespace Dateline.Dedup;

/// <summary>How much two articles overlap.</summary>
/// <param name="Exact">The normalised bodies are identical.</param>
/// <param name="Jaccard">Estimated Jaccard similarity of the word-shingle sets.</param>
/// <param name="Containment">Estimated share of the smaller article's shingles found in the larger one.</param>
/// <param name="SharedParagraphs">Paragraph hashes the two have in common.</param>
/// <param name="ParagraphContainment">Shared paragraphs over the paragraph count of the one with fewer.</param>
public readonly record struct CopyMatch(bool Exact, double Jaccard, double Containment, int SharedParagraphs, double ParagraphContainment)
{
    /// <summary>The overlap used to rank candidates: 1 for exact copies, else the best containment.</summary>
    public double Score => Exact ? 1.0 : Math.Max(Containment, ParagraphContainment);
}
