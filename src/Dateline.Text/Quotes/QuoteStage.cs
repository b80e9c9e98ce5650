using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;
using Dateline.Text.Quotes.Learning;
using Dateline.Text.Resolution;
using Dateline.Text.Times;

namespace Dateline.Text.Quotes;

/// <summary>
/// Finds who said what: direct, mixed and indirect quotations with their cue, speaker mention and speaker entity
/// (a pronoun, a relative "who", a lower-case role or a bare surname is resolved to an entity where it can be),
/// and the time of the statement when a time expression stands next to the cue ("said Thursday").
/// </summary>
public sealed class QuoteStage : IDocumentStage
{
    private static readonly StageInfo StageInfo = StageInfo.Create([Layers.Tokens, Layers.Sentences, Layers.Mentions, Layers.Entities], [Layers.Quotes]);

    private readonly CueModel? _cues;
    private readonly bool _statementsOnly;

    /// <summary>A stage with the shipped cue model (<see cref="CueModelLocator"/>) that keeps statements only.</summary>
    public QuoteStage()
        : this(CueModel.Shipped)
    {
    }

    /// <summary>
    /// A stage with the given cue model (or the hand rules alone when it is <c>null</c>). With
    /// <paramref name="statementsOnly"/> (the default) only statements are kept: what a source said or wrote, not
    /// beliefs, plans, perceptions or stances (<see cref="StatementCues"/>); without it every attribution the finder
    /// reports is kept (PolNeAR's convention, for <c>dateline eval quotes --all-attributions</c>).
    /// </summary>
    public QuoteStage(CueModel? cues, bool statementsOnly = true)
    {
        _cues = cues;
        _statementsOnly = statementsOnly;
    }

    public string Name => "quotes";

    public StageInfo Info => StageInfo;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        // In the statements mode the learned cue model only adds verbs of saying or characterising it finds beyond
        // the lexicon ("hailed", "bemoaned"); its second chance for lexicon verbs serves the all-attributions mode.
        var found = QuoteFinder.Find(document, _cues, _statementsOnly);
        if (_statementsOnly)
        {
            found.RemoveAll(quote => !StatementCues.IsStatement(document.Text, quote));
        }

        // PolNeAR's convention (all attributions) keeps an interrupted quotation as one attribution; a statement's
        // text holds only the quoted words, so statements split it.
        QuoteContents.Clean(document.Text, found, splitInterrupted: _statementsOnly);

        // Page furniture (a newsletter form, a gallery caption) says nothing anyone said in the story.
        FurnitureFilter.RemoveAll(document, found, static quote => quote.Content);
        EmbeddedPosts.Add(document.Text, Paragraphs(document), found);
        found.Sort(static (a, b) => a.Content.Start.CompareTo(b.Content.Start));

        // A headline is telegraphic and its quote marks are mostly scare quotes ("decries Sessions 'sanctuary'
        // demands"): the story below reports who said what, so nothing in the headline counts as a quotation.
        if (document.Get(Layers.Structure)?.Headline is { } headline)
        {
            var kept = 0;
            for (var i = 0; i < found.Count; i++)
            {
                if (!found[i].Content.Overlaps(headline))
                {
                    found[kept++] = found[i];
                }
            }

            found.RemoveRange(kept, found.Count - kept);
        }

        if (found.Count == 0)
        {
            return document.With(Layers.Quotes, ImmutableArray<Quote>.Empty);
        }

        var directory = new EntityDirectory(document);
        var times = document.Get(Layers.Times);
        var quotes = ImmutableArray.CreateBuilder<Quote>(found.Count);
        var quoted = new List<TextSpan>(found.Count);
        var reported = new List<TextSpan>(found.Count);
        foreach (var quote in found)
        {
            reported.Add(quote.Content);
            if (quote.Kind != QuoteKind.Indirect)
            {
                quoted.Add(quote.Content);
            }
        }

        var insideQuotation = new SortedSpans(quoted);
        var insideReported = new SortedSpans(reported);

        // Bylines, captions, photo credits and page furniture never hold a pronoun's antecedent.
        var notStory = NotStorySpans(document);
        bool NoAntecedentAt(int offset) => insideQuotation.Contains(offset) || notStory.Exists(s => s.Start <= offset && offset < s.End);
        var pronouns = new PronounAntecedents(document.Text, directory, NoAntecedentAt, insideReported.Contains, [.. Paragraphs(document)]);

        foreach (var quote in found)
        {
            var speaker = quote.Speaker is { } span ? SpeakerPhrases.Resolve(document.Text, span, quote.Cue, directory, NoAntecedentAt, pronouns) : null;
            if (speaker is not null)
            {
                pronouns.Spoke(speaker.Span.Start, speaker.Entity);
            }

            var time = quote.Cue is { } cue ? TimeLookup.AdjacentTo(times, cue, document.Text) : null;
            quotes.Add(new Quote(quote.Kind, quote.Content, quote.Cue, speaker, time));
        }

        return document.With(Layers.Quotes, quotes.MoveToImmutable());
    }

    /// <summary>The structure stage's paragraphs, or the text's lines when there is no structure layer.</summary>
    private static IEnumerable<TextSpan> Paragraphs(Document document)
    {
        if (document.Get(Layers.Structure) is { Paragraphs.IsEmpty: false } structure)
        {
            return structure.Paragraphs;
        }

        var lines = new List<TextSpan>();
        var text = document.Text;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start)
                {
                    lines.Add(new TextSpan(start, i));
                }

                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>The byline, captions and furniture of the article: text that is not the story's own narration.</summary>
    private static List<TextSpan> NotStorySpans(Document document)
    {
        var spans = new List<TextSpan>(FurnitureFilter.Spans(document));
        if (document.Get(Layers.Structure) is { } structure)
        {
            spans.AddRange(structure.Captions);
            if (structure.Byline is { } byline)
            {
                spans.Add(byline);
            }
        }

        return spans;
    }
}
