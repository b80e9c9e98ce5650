namespace Dateline;

/// <summary>The model files an analyzer runs with (found beside the application, or where an environment variable says).</summary>
/// <param name="Ner">The named-entity model (<c>models/ner-en.bin</c>, or the file <c>DATELINE_NER_MODEL</c> names).</param>
/// <param name="QuoteCues">The quotation cue model (<c>models/quotes-cues-en.bin</c>, or the file <c>DATELINE_CUE_MODEL</c> names).</param>
public sealed record AnalyzerModels(string Ner, string QuoteCues);
