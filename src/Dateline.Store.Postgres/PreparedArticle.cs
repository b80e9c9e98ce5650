using System.Collections.Immutable;
using System.Globalization;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Serialization;
using Dateline.Store.Linking;
using Dateline.Store.Queries;

namespace Dateline.Store.Postgres;

/// <summary>
/// Everything a document contributes to the store, computed before the transaction starts (so a retried
/// transaction does no analysis again): the article row, entities keyed by corpus identity, quotes with their
/// speakers, times with their text, and facet values.
/// </summary>
internal sealed class PreparedArticle
{
    private PreparedArticle(Document document, Dedup.CopySigner signer)
    {
        Document = document;
        Hash = ContentHash.Of(document.Text).ToBytes();
        var structure = document.Get(Layers.Structure);
        var date = ArticleFacts.Date(document);
        Date = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Headline = ArticleFacts.Headline(document);
        var authors = ArticleFacts.Authors(document);
        Authors = authors.Count == 0 ? null : string.Join(", ", authors);
        Agency = structure?.Agency ?? document.Metadata.Publisher;
        Dateline = structure?.Dateline;
        Metadata = LayerJson.Metadata(document.Metadata);
        Structure = structure is null ? null : LayerJson.Structure(structure);
        Problems = LayerJson.Problems(document.Problems);
        Mentions = document.Get(Layers.Mentions);
        Times = document.Get(Layers.Times);
        Entities = BuildEntities(document);
        Signature = signer.Sign(document);
    }

    public Document Document { get; }

    public byte[] Hash { get; }

    public string? Date { get; }

    public string? Headline { get; }

    public string? Authors { get; }

    public string? Agency { get; }

    public DatelineInfo? Dateline { get; }

    public string Metadata { get; }

    public string? Structure { get; }

    public string? Problems { get; }

    public ImmutableArray<Mention> Mentions { get; }

    public ImmutableArray<TimeExpression> Times { get; }

    /// <summary>The article's named entities (those the linker links).</summary>
    public IReadOnlyList<PreparedEntity> Entities { get; }

    /// <summary>The article's corpus entities (each counted once per article): key, name, mentions; set by <see cref="ApplyLinks"/>.</summary>
    public IReadOnlyList<(EntityKey Key, string Name, int Mentions)> Corpus { get; private set; } = [];

    /// <summary>Quotes with their speakers' corpus entities; set by <see cref="ApplyLinks"/>.</summary>
    public IReadOnlyList<PreparedQuote> Quotes { get; private set; } = [];

    /// <summary>Distinct facet values (kind, key, display value); set by <see cref="SetFacets"/>.</summary>
    public IReadOnlyList<(FacetKind Kind, string Key, string Value)> Facets { get; private set; } = [];

    /// <summary>The article's month (<c>yyyy-MM</c>), for linking.</summary>
    public string? Month => Date?[..7];

    /// <summary>Links each entity to the corpus entry the linker decided (one decision per entity, in order), then resolves quote speakers.</summary>
    public void ApplyLinks(IReadOnlyList<LinkDecision> decisions)
    {
        for (var i = 0; i < Entities.Count; i++)
        {
            Entities[i].Link = decisions[i];
            Entities[i].Corpus = new EntityKey((int)Entities[i].Label, decisions[i].Key);
        }

        Corpus = [.. Entities.Where(e => e.Corpus.Key.Length > 0).GroupBy(e => e.Corpus).Select(g => (g.Key, g.First().Name.Trim(), g.Sum(e => e.Mentions.Count)))];
        Quotes = BuildQuotes(Document, Entities);
    }

    /// <summary>Facets from the corpus entities (displayed by their stored names), the dateline place, agency and month.</summary>
    public void SetFacets(IReadOnlyDictionary<EntityKey, string> names) => Facets = BuildFacets(names);

    /// <summary>The near-duplicate signature the copy index files the article under.</summary>
    public Dedup.CopySignature Signature { get; }

    /// <summary>The store id, once the row is inserted (null: already stored).</summary>
    public long? Id { get; set; }

    public static PreparedArticle Of(Document document, Dedup.CopySigner signer) => new(document, signer);

    private static List<PreparedEntity> BuildEntities(Document document) =>
        [.. EntityGroups.Of(document).Select(g => new PreparedEntity(g.LocalId, g.Label, g.Name, g.Aliases, g.Titles, g.Mentions, g.Forms))];

    private static List<PreparedQuote> BuildQuotes(Document document, IReadOnlyList<PreparedEntity> entities)
    {
        var quotes = new List<PreparedQuote>();
        var resolvable = entities.Where(e => !string.IsNullOrWhiteSpace(e.Name)).ToList();
        var layer = document.Get(Layers.Entities);
        foreach (var quote in document.Get(Layers.Quotes))
        {
            var speaker = quote.Speaker;
            string? name = null;
            EntityKey? corpus = null;
            if (speaker is not null)
            {
                var local = speaker.Entity is { } id ? layer.FirstOrDefault(e => e.Id == id) : null;
                name = speaker.Name ?? local?.Name ?? document.GetText(speaker.Span).Trim();
                var own = speaker.Entity is { } localId ? resolvable.FirstOrDefault(e => e.LocalId == localId) : null;
                if (own is not null && own.Corpus.Key.Length > 0)
                {
                    corpus = own.Corpus;
                }
                else if (name.Length > 0)
                {
                    // A speaker given only by name: an entity of this article with that name or alias (else a corpus person, looked up at write time).
                    var key = NameKey.Of(name);
                    var match = resolvable.FirstOrDefault(e => e.LocalId >= 0 && (NameKey.Of(e.Name) == key || e.Aliases.Any(a => NameKey.Of(a) == key)));
                    corpus = match?.Corpus;
                }
            }

            var speakerKey = string.IsNullOrWhiteSpace(name) ? null : NameKey.Of(name);
            quotes.Add(new PreparedQuote(quote, document.GetText(quote.Content), quote.Cue is { } cue ? document.GetText(cue) : null, name, speakerKey, corpus));
        }

        return quotes;
    }

    private List<(FacetKind, string, string)> BuildFacets(IReadOnlyDictionary<EntityKey, string> names)
    {
        var facets = new List<(FacetKind Kind, string Key, string Value)>();
        foreach (var (key, name, _) in Corpus)
        {
            var kind = (EntityLabel)key.Label switch
            {
                EntityLabel.PER => FacetKind.Person,
                EntityLabel.ORG => FacetKind.Organization,
                EntityLabel.LOC => FacetKind.Place,
                _ => (FacetKind)0,
            };
            if (kind != 0)
            {
                facets.Add((kind, key.Key, names.TryGetValue(key, out var stored) ? stored : name));
            }
        }

        if (Dateline is not null && !string.IsNullOrWhiteSpace(Dateline.Place))
        {
            facets.Add((FacetKind.Place, EntityNames.Key(EntityLabel.LOC, Dateline.Place), Dateline.Place));
        }

        if (!string.IsNullOrWhiteSpace(Agency))
        {
            facets.Add((FacetKind.Agency, NameKey.Of(Agency), Agency));
        }

        if (Date is not null)
        {
            facets.Add((FacetKind.Month, Date[..7], Date[..7]));
        }

        var seen = new HashSet<(FacetKind, string)>();
        var result = new List<(FacetKind, string, string)>();
        foreach (var (kind, key, value) in facets)
        {
            if (key.Length > 0 && seen.Add((kind, key)))
            {
                result.Add((kind, key, value.Trim()));
            }
        }

        return result;
    }
}
