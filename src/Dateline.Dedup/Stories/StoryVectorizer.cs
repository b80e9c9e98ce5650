using Dateline.Core;
using Dateline.Core.Serialization;

namespace Dateline.Dedup.Stories;

/// <summary>
/// Turns an article into its <see cref="StoryVector"/>: content terms (<see cref="StoryTerms"/>) of the headline
/// and the body paragraphs (page furniture excluded, <see cref="BodyParagraphs"/>), raw term counts with the first
/// <see cref="StoryOptions.LeadTerms"/> counting <see cref="StoryOptions.LeadWeight"/> times, times the term's
/// background idf (<see cref="TermWeights"/>), the heaviest <see cref="StoryOptions.MaxTerms"/> kept. Thread-safe.
/// </summary>
public sealed class StoryVectorizer(TermWeights weights, StoryOptions options)
{
    public StoryVectorizer()
        : this(TermWeights.Default, StoryOptions.Default)
    {
    }

    public StoryOptions Options { get; } = options;

    /// <summary>The vector of a structured document (headline, then body paragraphs).</summary>
    public StoryVector Vectorize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var parts = new List<string>();
        var headline = ArticleFacts.Headline(document);
        if (!string.IsNullOrWhiteSpace(headline))
        {
            parts.Add(headline);
        }

        foreach (var paragraph in BodyParagraphs.Of(document))
        {
            parts.Add(document.Text[paragraph.Start..paragraph.End]);
        }

        return Vectorize(parts);
    }

    /// <summary>The vector of texts read in order (a headline, then paragraphs; or one text).</summary>
    public StoryVector Vectorize(IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var counts = new Dictionary<ulong, double>();
        var position = 0;
        foreach (var part in parts)
        {
            StoryTerms.Each(part, term =>
            {
                var add = position++ < Options.LeadTerms ? Options.LeadWeight : 1;
                counts[term] = counts.GetValueOrDefault(term) + add;
            });
        }

        foreach (var term in counts.Keys)
        {
            counts[term] *= weights.Idf(term);
        }

        return StoryVector.From(counts, Options.MaxTerms);
    }
}
