using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Structure;

/// <summary>
/// The stretches of a document's text that are not article text, which the stages after the structure stage
/// leave alone: the record header (<see cref="DocumentMetadata.Header"/>), blocks that repeat earlier ones
/// (<see cref="ArticleStructure.Duplicates"/>), and text after the last part the structure stage kept (a wire
/// sign-off such as "Reuter").
/// </summary>
public static class SetAsideText
{
    /// <summary>The set-aside spans, sorted by start.</summary>
    public static List<TextSpan> Spans(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var spans = new List<TextSpan>();
        if (document.Metadata.Header is { } header)
        {
            spans.Add(header);
        }

        if (document.Get(Layers.Structure) is { } structure)
        {
            var lastEnd = 0;
            foreach (var duplicate in structure.Duplicates)
            {
                spans.Add(duplicate.Span);
                lastEnd = Math.Max(lastEnd, duplicate.Span.End);
            }

            if (!structure.Paragraphs.IsEmpty)
            {
                foreach (var part in structure.Parts())
                {
                    lastEnd = Math.Max(lastEnd, part.End);
                }

                if (lastEnd < document.Text.Length)
                {
                    spans.Add(new TextSpan(lastEnd, document.Text.Length));
                }
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }
}
