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
        var written = new Dictionary<ulong, (int Occurrences, int AsName)>();
        var position = 0;
        foreach (var part in parts)
        {
            // A title-case line (a headline) says nothing about which words are names.
            var titleCase = IsTitleCase(part);
            StoryTerms.Each(part, (term, name) =>
            {
                var add = position++ < Options.LeadTerms ? Options.LeadWeight : 1;
                counts[term] = counts.GetValueOrDefault(term) + add;
                if (!titleCase)
                {
                    var (occurrences, asName) = written.GetValueOrDefault(term);
                    written[term] = (occurrences + 1, asName + (name ? 1 : 0));
                }
            });
        }

        // Names say who, not what happened: a term written as a name weighs less, so two events of one sheriff or one
        // president stay apart while the event words of two reports of one event still meet.
        foreach (var term in counts.Keys)
        {
            var (occurrences, asName) = written.GetValueOrDefault(term);
            var nameShare = occurrences == 0 ? 0 : asName / (double)occurrences;
            counts[term] *= weights.Idf(term) * (1 - (Options.NameDiscount * nameShare));
        }

        return StoryVector.From(counts, Options.MaxTerms);
    }

    private static bool IsTitleCase(string part)
    {
        int words = 0, capitalised = 0;
        var start = true;
        foreach (var c in part)
        {
            if (char.IsLetter(c))
            {
                if (start)
                {
                    words++;
                    capitalised += char.IsUpper(c) ? 1 : 0;
                }

                start = false;
            }
            else
            {
                start = !char.IsDigit(c) && c is not '\'' and not '\u2019';
            }
        }

        return words >= 3 && capitalised >= 0.6 * words;
    }
}
