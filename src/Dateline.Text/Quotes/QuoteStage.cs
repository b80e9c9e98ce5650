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

    /// <summary>A stage with the shipped cue model (<see cref="CueModelLocator"/>); without it, the hand rules alone.</summary>
    public QuoteStage()
        : this(CueModel.Shipped)
    {
    }

    /// <summary>A stage with the given cue model, or the hand rules alone when it is <c>null</c>.</summary>
    public QuoteStage(CueModel? cues) => _cues = cues;

    public string Name => "quotes";

    public StageInfo Info => StageInfo;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var found = QuoteFinder.Find(document, _cues);

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
        foreach (var quote in found)
        {
            if (quote.Kind != QuoteKind.Indirect)
            {
                quoted.Add(quote.Content);
            }
        }

        // Contents sorted by start, with the furthest end reached so far: nested contents ("X said "...", according
        // to Z") may overlap, so the last content starting at or before an offset is not the only one that can hold it.
        quoted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var reach = new int[quoted.Count];
        for (var i = 0; i < quoted.Count; i++)
        {
            reach[i] = i == 0 ? quoted[i].End : Math.Max(reach[i - 1], quoted[i].End);
        }

        bool InsideQuotation(int offset)
        {
            var lo = 0;
            var hi = quoted.Count - 1;
            var candidate = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (quoted[mid].Start <= offset)
                {
                    candidate = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return candidate >= 0 && offset < reach[candidate];
        }

        foreach (var quote in found)
        {
            var speaker = quote.Speaker is { } span ? ResolveSpeaker(document.Text, span, directory, InsideQuotation) : null;
            var time = quote.Cue is { } cue ? TimeLookup.AdjacentTo(times, cue, document.Text) : null;
            quotes.Add(new Quote(quote.Kind, quote.Content, quote.Cue, speaker, time));
        }

        return document.With(Layers.Quotes, quotes.MoveToImmutable());
    }

    private static QuoteSpeaker ResolveSpeaker(string text, TextSpan span, EntityDirectory directory, Func<int, bool> insideQuotation)
    {
        var phrase = text.AsSpan(span.Start, span.Length);
        if (phrase.Equals("who", StringComparison.OrdinalIgnoreCase) || phrase.Equals("which", StringComparison.OrdinalIgnoreCase))
        {
            return Speaker(span, directory, directory.EndingBefore(span.Start, 3)?.Entity);
        }

        if (directory.Within(span) is { } mention)
        {
            return Speaker(mention.Span, directory, mention.Entity);
        }

        if (phrase.Equals("he", StringComparison.OrdinalIgnoreCase) || phrase.Equals("she", StringComparison.OrdinalIgnoreCase)
            || phrase.Equals("they", StringComparison.OrdinalIgnoreCase) || phrase.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return Speaker(span, directory, directory.ResolvePronoun(phrase, span.Start, insideQuotation));
        }

        var the = phrase.LastIndexOf("the ", StringComparison.OrdinalIgnoreCase);
        if (char.IsLower(phrase[0]) || the >= 0)
        {
            return Speaker(span, directory, directory.ResolveRole(the >= 0 ? phrase[the..] : phrase));
        }

        return Speaker(span, directory, directory.ResolveName(phrase));
    }

    private static QuoteSpeaker Speaker(TextSpan span, EntityDirectory directory, int? entity) =>
        new(span, entity, directory[entity]?.Name);
}
