using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Store.Linking;
using Dateline.Store.Queries;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// The queries over a SQLite store. Every call opens its own (pooled) connection, so one instance serves
/// many threads. SQL text is fixed fragments only; every user value is a parameter.
/// </summary>
internal sealed class SqliteCorpusQueries : ICorpusQueries, ISnapshotSearch
{
    private const char HighlightOpen = '\u0002';
    private const char HighlightClose = '\u0003';
    private readonly SqliteCorpusStore _store;

    public SqliteCorpusQueries(SqliteCorpusStore store) => _store = store;

    public bool FacetArrays => false;

    public SearchResults Search(SearchQuery query, ISearchSnapshots snapshots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(snapshots);
        return Run(connection =>
        {
            var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim();
            var snapshot = snapshots.Current(connection, SqliteSearchVersion.Read(connection));

            // Filters resolve to facet value ids (checked in the in-memory snapshot), a speaker's articles, and day numbers.
            var facetFilters = new List<int[]>();
            var filters = new (FacetKind Kind, string? Value, EntityLabel? Label)[]
            {
                (FacetKind.Person, query.Person, EntityLabel.PER),
                (FacetKind.Organization, query.Organization, EntityLabel.ORG),
                (FacetKind.Place, query.Place, EntityLabel.LOC),
                (FacetKind.Agency, query.Agency, null),
            };
            foreach (var (kind, value, label) in filters)
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }

                var facetIds = ResolveFacets(connection, kind, value, label);
                if (facetIds.Count == 0)
                {
                    return new SearchResults(text, 0, [], SearchFacets.Empty);
                }

                facetFilters.Add([.. facetIds.Select(id => checked((int)(long)id!))]);
            }

            HashSet<int>? speakerArticles = null;
            if (!string.IsNullOrWhiteSpace(query.Speaker))
            {
                var entityIds = ChosenIds(connection, query.Speaker);
                var parameters = new List<object?> { NameKey.Of(query.Speaker) };
                var byEntity = entityIds.Count == 0 ? string.Empty : $" OR entity_id IN ({Placeholders(parameters, entityIds)})";
                speakerArticles = [.. Read(connection, $"SELECT DISTINCT article_id FROM quotes WHERE speaker_key = $p0{byEntity}", parameters, r => checked((int)r.GetInt64(0)), cancellationToken)];
            }

            if (query.Story is { } story)
            {
                // A story's articles (docs/stories.md) restrict the candidates as a speaker's do.
                HashSet<int> storyArticles = [.. Read(connection, "SELECT article_id FROM article_stories WHERE story_id = $p0", [story], r => checked((int)r.GetInt64(0)), cancellationToken)];
                speakerArticles = speakerArticles is null ? storyArticles : [.. speakerArticles.Intersect(storyArticles)];
            }

            // Candidates in ascending id order: the full-text matches (ids only, from the FTS index), else what the
            // snapshot takes (the first facet filter's articles, the speaker's, or all).
            cancellationToken.ThrowIfCancellationRequested();
            var textMatches = text is null ? null : MatchingIds(connection, text);
            var matches = snapshot.Matches(textMatches, facetFilters, speakerArticles, query.From, query.To, query.AllCopies);

            cancellationToken.ThrowIfCancellationRequested();
            var hits = new List<SearchHit>();
            if (matches.Count > 0 && query.Limit > 0 && query.Offset < matches.Count)
            {
                hits = text is null
                    ? FilterPage(connection, snapshot.NewestFirst(matches, query.Offset, query.Limit), cancellationToken)
                    : RankedPage(connection, text, matches.Count == textMatches!.Count ? null : matches, query, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var facets = query.Facets && matches.Count > 0 ? snapshot.CountFacets(matches, query.FacetLimit) : SearchFacets.Empty;
            return new SearchResults(text, matches.Count, hits, facets);
        },
        userQuery: !string.IsNullOrWhiteSpace(query.Text));
    }

    public IReadOnlyList<QuoteHit> Quotes(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Run(connection =>
        {
            // The speaker is matched by its name key or by its corpus entities: two branches, each read from its
            // own index in date order (covering, with LIMIT: a frequent speaker's thousands of quotes are never
            // all read or sorted), merged here.
            var parameters = new List<object?>();
            var branches = new List<string>();
            if (!string.IsNullOrWhiteSpace(query.Speaker))
            {
                var entityIds = ChosenIds(connection, query.Speaker);
                parameters.Add(NameKey.Of(query.Speaker));
                branches.Add("q.speaker_key = $p0");
                if (entityIds.Count > 0)
                {
                    branches.Add($"q.entity_id IN ({Placeholders(parameters, entityIds)})");
                }
            }
            else
            {
                branches.Add("1 = 1");
            }

            var where = new StringBuilder();
            if (!string.IsNullOrWhiteSpace(query.About))
            {
                parameters.Add(query.About.Trim());
                where.Append(CultureInfo.InvariantCulture, $" AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH $p{parameters.Count - 1})");
            }

            if (query.From is { } from)
            {
                parameters.Add(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                where.Append(CultureInfo.InvariantCulture, $" AND q.date >= $p{parameters.Count - 1}");
            }

            if (query.To is { } to)
            {
                parameters.Add(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                where.Append(CultureInfo.InvariantCulture, $" AND q.date <= $p{parameters.Count - 1}");
            }

            if (query.Story is { } story)
            {
                parameters.Add(story);
                where.Append(CultureInfo.InvariantCulture, $" AND q.article_id IN (SELECT article_id FROM article_stories WHERE story_id = $p{parameters.Count - 1})");
            }

            var limit = Math.Max(0, query.Limit);
            var page = limit == 0 ? [] : QuotePage(connection, branches, where.ToString(), parameters, limit, query.AllCopies, cancellationToken);
            if (page.Count == 0)
            {
                return (IReadOnlyList<QuoteHit>)[];
            }

            var pageParameters = new List<object?>();
            var ids = Placeholders(pageParameters, page);
            return Read(connection, $"{QuoteSelect} WHERE q.id IN ({ids}) {QuoteOrder}", pageParameters, CorpusRows.Quote, cancellationToken);
        },
        userQuery: !string.IsNullOrWhiteSpace(query.About));
    }

    public IReadOnlyList<CorpusEntity> Entities(EntityLabel? label, int top, CancellationToken cancellationToken = default)
    {
        return Run(connection =>
        {
            var parameters = new List<object?>();
            var where = string.Empty;
            if (label is { } l)
            {
                parameters.Add((int)l);
                where = "WHERE e.label = $p0";
            }

            parameters.Add(Math.Max(0, top));
            var sql = $"{EntitySelect} {where} ORDER BY e.article_count DESC, e.mention_count DESC, e.name LIMIT $p{parameters.Count - 1}";
            return Read(connection, sql, parameters, ReadEntity, cancellationToken);
        });
    }

    public IReadOnlyList<CorpusEntity> FindEntities(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run(connection => ResolveEntities(connection, name));
    }

    public IReadOnlyList<ArticleEntityLink> ArticleEntities(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Run<IReadOnlyList<ArticleEntityLink>>(connection =>
        {
            if (ResolveArticle(connection, id) is not { } articleId)
            {
                return [];
            }

            var links = Read(
                connection,
                "SELECT local_id, name, aliases, forms, entity_id FROM article_entities WHERE article_id = $p0 ORDER BY local_id",
                [articleId],
                r => (Local: r.GetInt32(0), Name: r.GetString(1), Aliases: LayerJson.ReadStrings(r.GetString(2)), Forms: CorpusRows.Forms(r.IsDBNull(3) ? "[]" : r.GetString(3)), Entity: r.GetInt64(4)),
                cancellationToken);
            var entities = links.Count == 0
                ? []
                : Read(connection, $"{EntitySelect} WHERE e.id IN (SELECT entity_id FROM article_entities WHERE article_id = $p0)", [articleId], ReadEntity, cancellationToken).ToDictionary(e => e.Id);
            return [.. links.Where(l => entities.ContainsKey(l.Entity)).Select(l => new ArticleEntityLink(l.Local, l.Name, l.Aliases, l.Forms, entities[l.Entity]))];
        });
    }

    public StoredArticle? Article(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Run(connection =>
        {
            // A number is a store id when such an article exists; anything else (or no such id) is a document id.
            if (ResolveArticle(connection, id) is not { } articleId)
            {
                return null;
            }

            var parameters = new List<object?> { articleId };
            var sql = "SELECT id, doc_id, source_path, source_format, source_record, source_line, metadata, structure, problems, text FROM articles WHERE id = $p0";
            var row = Read(
                connection,
                sql,
                parameters,
                r => (Id: r.GetInt64(0), DocId: r.GetString(1), Source: new DocumentSource(r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5)),
                    Metadata: r.GetString(6), Structure: r.IsDBNull(7) ? null : r.GetString(7), Problems: r.IsDBNull(8) ? null : r.GetString(8), Text: r.GetString(9)),
                cancellationToken).FirstOrDefault();
            if (row.DocId is null)
            {
                return null;
            }

            var document = new Document(row.DocId, row.Text, row.Source, LayerJson.ReadMetadata(row.Metadata));
            if (row.Structure is not null)
            {
                document = document.With(Layers.Structure, LayerJson.ReadStructure(row.Structure));
            }

            var article = new List<object?> { row.Id };
            var mentions = Read(connection, "SELECT start, end, label, confidence FROM mentions WHERE article_id = $p0 ORDER BY idx", article, r => new Mention(new TextSpan(r.GetInt32(0), r.GetInt32(1)), (EntityLabel)r.GetInt32(2), (float)r.GetDouble(3)), cancellationToken);
            if (mentions.Count > 0)
            {
                document = document.With(Layers.Mentions, [.. mentions]);
            }

            var entities = Read(
                connection,
                "SELECT local_id, label, name, aliases, titles, mentions FROM article_entities WHERE article_id = $p0 AND local_id >= 0 ORDER BY local_id",
                article,
                r => new Entity(r.GetInt32(0), (EntityLabel)r.GetInt32(1), r.GetString(2), LayerJson.ReadStrings(r.GetString(3)), LayerJson.ReadStrings(r.GetString(4)), LayerJson.ReadInts(r.GetString(5))),
                cancellationToken);
            if (entities.Count > 0)
            {
                document = document.With(Layers.Entities, [.. entities]);
            }

            var quotes = Read(
                connection,
                "SELECT kind, start, end, cue_start, cue_end, speaker_start, speaker_end, speaker_local, speaker_name, time FROM quotes WHERE article_id = $p0 ORDER BY idx",
                article,
                r => new Quote(
                    (QuoteKind)r.GetInt32(0),
                    new TextSpan(r.GetInt32(1), r.GetInt32(2)),
                    r.IsDBNull(3) ? null : new TextSpan(r.GetInt32(3), r.GetInt32(4)),
                    r.IsDBNull(5) ? null : new QuoteSpeaker(new TextSpan(r.GetInt32(5), r.GetInt32(6)), r.IsDBNull(7) ? null : r.GetInt32(7), r.IsDBNull(8) ? null : r.GetString(8)),
                    r.IsDBNull(9) ? null : r.GetString(9)),
                cancellationToken);
            if (quotes.Count > 0)
            {
                document = document.With(Layers.Quotes, [.. quotes]);
            }

            var times = Read(connection, "SELECT start, end, type, value FROM times WHERE article_id = $p0 ORDER BY idx", article, r => new TimeExpression(new TextSpan(r.GetInt32(0), r.GetInt32(1)), (TimeType)r.GetInt32(2), r.GetString(3)), cancellationToken);
            if (times.Count > 0)
            {
                document = document.With(Layers.Times, [.. times]);
            }

            foreach (var problem in LayerJson.ReadProblems(row.Problems))
            {
                document = document.WithProblem(problem);
            }

            return new StoredArticle(row.Id, document);
        });
    }

    public IReadOnlyList<DailyActivity> Activity(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run(connection =>
        {
            var entityIds = ChosenIds(connection, name);
            var parameters = new List<object?> { NameKey.Of(name) };
            var mentions = new List<(string Day, int Articles, int Mentions)>();
            if (entityIds.Count > 0)
            {
                var ids = Placeholders(parameters, entityIds);
                mentions = Read(
                    connection,
                    $"SELECT a.date, count(DISTINCT a.id), sum(ae.mention_count) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id IN ({ids}) AND a.date IS NOT NULL GROUP BY a.date",
                    parameters,
                    r => (Day: r.GetString(0), Articles: r.GetInt32(1), Mentions: r.GetInt32(2)),
                    cancellationToken);
            }

            var byEntity = entityIds.Count == 0 ? string.Empty : $" OR entity_id IN ({string.Join(", ", Enumerable.Range(1, entityIds.Count).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
            var quotes = Read(
                connection,
                $"SELECT q.date, count(DISTINCT {SqliteCopyFilters.StoryQuoteKey}) FROM quotes q LEFT JOIN copies c ON c.article_id = q.article_id WHERE (q.speaker_key = $p0{byEntity.Replace(" entity_id", " q.entity_id", StringComparison.Ordinal)}) AND q.date IS NOT NULL GROUP BY q.date",
                parameters,
                r => (Day: r.GetString(0), Quotes: r.GetInt32(1)),
                cancellationToken);
            return DailyActivity.Combine(mentions, quotes);
        });
    }

    public IReadOnlyList<DuplicateStory> Stories(int minSize, int limit, CancellationToken cancellationToken = default) =>
        Run(connection =>
        {
            using var storage = new SqliteCopyStorage(connection, Dedup.DedupOptions.Default);
            var index = new Dedup.CopyIndex(storage, Dedup.DedupOptions.Default);
            return DuplicateStory.FirstOf(index.Stories(Math.Max(1, minSize)), limit, cancellationToken);
        });

    public DuplicateStory? StoryOf(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Run(connection =>
        {
            if (ResolveArticle(connection, id) is not { } articleId)
            {
                return null;
            }

            using var storage = new SqliteCopyStorage(connection, Dedup.DedupOptions.Default);
            var cluster = new Dedup.CopyIndex(storage, Dedup.DedupOptions.Default).StoryOf(articleId.ToString(CultureInfo.InvariantCulture));
            return cluster is null ? null : DuplicateStory.From(cluster);
        });
    }

    public CorpusStats Stats(CancellationToken cancellationToken = default)
    {
        return Run(connection =>
        {
            var byLabel = Read(
                connection,
                "SELECT label, count(*) FROM entities GROUP BY label ORDER BY label",
                [],
                r => new FacetCount(((EntityLabel)r.GetInt32(0)).ToString(), r.GetInt32(1)),
                cancellationToken);
            var agencies = Read(
                connection,
                $"SELECT v.value, count(*) AS c FROM article_facets f JOIN facet_values v ON v.id = f.facet_id WHERE v.kind = {(int)FacetKind.Agency} GROUP BY v.id ORDER BY c DESC LIMIT 10",
                [],
                r => new FacetCount(r.GetString(0), r.GetInt32(1)),
                cancellationToken);
            var range = Read(connection, "SELECT min(date), max(date) FROM articles", [], r => (First: r.IsDBNull(0) ? null : r.GetString(0), Last: r.IsDBNull(1) ? null : r.GetString(1)), cancellationToken)[0];
            var size = SqliteCorpusStore.Scalar(connection, "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
            return new CorpusStats(
                _store.Location,
                (int)SqliteCorpusStore.Scalar(connection, "PRAGMA user_version"),
                size,
                SqliteCorpusStore.Scalar(connection, "SELECT count(*) FROM articles"),
                SqliteCorpusStore.Scalar(connection, "SELECT count(*) FROM mentions"),
                SqliteCorpusStore.Scalar(connection, "SELECT count(*) FROM entities"),
                byLabel,
                SqliteCorpusStore.Scalar(connection, "SELECT count(*) FROM quotes"),
                SqliteCorpusStore.Scalar(connection, "SELECT count(*) FROM quotes WHERE speaker_key IS NOT NULL"),
                SqliteCorpusStore.Scalar(connection, "SELECT count(*) FROM times"),
                range.First,
                range.Last,
                agencies);
        });
    }

    public IEnumerable<ArticleRecord> ExportArticles(CancellationToken cancellationToken = default) =>
        Stream(
            """
            SELECT id, doc_id, date, published, headline, authors, agency, place, region, country, url, source_path, source_format, source_record, text
            FROM articles ORDER BY id
            """,
            CorpusRows.Article,
            cancellationToken);

    public IEnumerable<CorpusEntity> ExportEntities(CancellationToken cancellationToken = default) =>
        Stream($"{EntitySelect} ORDER BY e.id", ReadEntity, cancellationToken);

    public IEnumerable<QuoteHit> ExportQuotes(CancellationToken cancellationToken = default) =>
        Stream($"{QuoteSelect} ORDER BY q.id", CorpusRows.Quote, cancellationToken);

    public IEnumerable<TimeRecord> ExportTimes(CancellationToken cancellationToken = default) =>
        Stream(
            "SELECT t.article_id, t.idx, t.start, t.end, t.type, t.value, substr(a.text, t.start + 1, t.end - t.start) FROM times t JOIN articles a ON a.id = t.article_id ORDER BY t.article_id, t.idx",
            CorpusRows.Time,
            cancellationToken);

    private const string QuoteSelect = """
        SELECT q.id, q.article_id, a.doc_id, a.headline, q.date, coalesce(e.name, q.speaker_name), q.entity_id, q.kind, q.content,
            CASE WHEN q.cue_start IS NULL THEN NULL ELSE substr(a.text, q.cue_start + 1, q.cue_end - q.cue_start) END, q.time
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.entity_id
        """;

    private const string EntitySelect = """
        SELECT e.id, e.label, e.name,
            (SELECT json_group_array(json_array(alias, mentions)) FROM (SELECT alias, mentions FROM entity_aliases WHERE entity_id = e.id ORDER BY mentions DESC, key)),
            e.article_count, e.mention_count, e.quote_count, e.ambiguous, e.first_date, e.last_date, e.key
        FROM entities e
        """;


    private static CorpusEntity ReadEntity(System.Data.Common.DbDataReader r) => CorpusRows.Entity(r, CorpusRows.Forms(r.GetString(3)));



    /// <summary>
    /// The page of a text search: BM25 over the FTS index, bounded by LIMIT (the sorter keeps only the top
    /// rows), restricted to <paramref name="only"/> (ascending ids) when filters or copy collapsing removed
    /// matches; then snippets for the page alone.
    /// </summary>
    private static List<SearchHit> RankedPage(SqliteConnection connection, string text, List<int>? only, SearchQuery query, CancellationToken cancellationToken)
    {
        var parameters = new List<object?> { text, query.Limit, Math.Max(0, query.Offset) };
        var restriction = string.Empty;
        if (only is not null)
        {
            // The id list goes in as one JSON parameter; SQLite builds an index of it once. The unary + keeps FTS5
            // from being driven by the list (one full-text lookup per id).
            parameters.Add(JsonIds(only));
            restriction = " AND +articles_fts.rowid IN (SELECT value FROM json_each($p3))";
        }

        var ranked = Read(
            connection,
            $"SELECT articles_fts.rowid, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH $p0{restriction} ORDER BY score, articles_fts.rowid LIMIT $p1 OFFSET $p2",
            parameters,
            r => (Id: r.GetInt64(0), Score: r.GetDouble(1)),
            cancellationToken);
        if (ranked.Count == 0)
        {
            return [];
        }

        var snippetParameters = new List<object?> { text };
        var ids = Placeholders(snippetParameters, ranked.Select(r => (object?)r.Id).ToList());
        var rows = Read(
            connection,
            $"""
            SELECT a.id, a.doc_id, a.date, a.headline, a.agency, a.place, snippet(articles_fts, -1, char(2), char(3), '…', 24)
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH $p0 AND articles_fts.rowid IN ({ids})
            """,
            snippetParameters,
            r => (Id: r.GetInt64(0), DocId: r.GetString(1), Date: CorpusRows.Text(r, 2), Headline: CorpusRows.Text(r, 3), Agency: CorpusRows.Text(r, 4), Place: CorpusRows.Text(r, 5), Snippet: r.GetString(6)),
            cancellationToken).ToDictionary(r => r.Id);
        var hits = new List<SearchHit>(ranked.Count);
        foreach (var (id, score) in ranked)
        {
            if (rows.TryGetValue(id, out var row))
            {
                var (snippet, highlights) = ParseSnippet(row.Snippet);
                hits.Add(new SearchHit(id, row.DocId, row.Date, row.Headline, row.Agency, row.Place, Math.Round(-score, 4), snippet, highlights));
            }
        }

        return hits;
    }

    /// <summary>The page of a search without text: the given articles (already in newest-first order), read by id.</summary>
    private static List<SearchHit> FilterPage(SqliteConnection connection, List<int> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var parameters = new List<object?>();
        var ids = Placeholders(parameters, page.Select(id => (object?)(long)id).ToList());
        var rows = Read(
            connection,
            $"SELECT a.id, a.doc_id, a.date, a.headline, a.agency, a.place, substr(a.text, 1, 400) FROM articles a WHERE a.id IN ({ids})",
            parameters,
            CorpusRows.UnrankedHit,
            cancellationToken).ToDictionary(h => h.Id);
        return [.. page.Where(id => rows.ContainsKey(id)).Select(id => rows[id])];
    }

    /// <summary>
    /// The ids of the articles matching a full-text query, ascending. They come back as one comma-separated
    /// string: one row to step through instead of one per match.
    /// </summary>
    private static List<int> MatchingIds(SqliteConnection connection, string text)
    {
        using var command = Command(connection, "SELECT group_concat(rowid) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $p0 ORDER BY rowid)", [text]);
        var joined = command.ExecuteScalar() as string;
        var ids = new List<int>();
        if (string.IsNullOrEmpty(joined))
        {
            return ids;
        }

        var span = joined.AsSpan();
        var sorted = true;
        foreach (var range in span.Split(','))
        {
            var id = int.Parse(span[range], NumberStyles.None, CultureInfo.InvariantCulture);
            sorted &= ids.Count == 0 || ids[^1] < id;
            ids.Add(id);
        }

        if (!sorted)
        {
            ids.Sort();
        }

        return ids;
    }

    /// <summary>Ids as a JSON array (for <c>json_each</c>).</summary>
    private static string JsonIds(List<int> ids)
    {
        var builder = new StringBuilder((ids.Count * 7) + 2);
        builder.Append('[');
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(ids[i].ToString(CultureInfo.InvariantCulture));
        }

        return builder.Append(']').ToString();
    }

    /// <summary>Newest first, undated last (SQLite sorts NULL below every date), then by id.</summary>
    private const string QuoteOrder = "ORDER BY q.date DESC, q.id DESC";

    /// <summary>
    /// The ids of a page of quotes, newest first: the first <c>fetch</c> ids of each branch (date-ordered index
    /// scans), merged; copies of a quote already on the page's story are skipped unless
    /// <paramref name="allCopies"/>. When skipped copies leave the page short, it reads further.
    /// </summary>
    private static List<object?> QuotePage(SqliteConnection connection, List<string> branches, string where, List<object?> parameters, int limit, bool allCopies, CancellationToken cancellationToken)
    {
        var page = new List<object?>();
        for (var fetch = limit + 8; ; fetch *= 4)
        {
            var rows = new Dictionary<long, string?>();
            var more = false;
            foreach (var branch in branches)
            {
                var branchParameters = new List<object?>(parameters) { fetch };
                var found = Read(
                    connection,
                    $"SELECT q.id, q.date FROM quotes q WHERE {branch}{where} {QuoteOrder} LIMIT $p{branchParameters.Count - 1}",
                    branchParameters,
                    r => (Id: r.GetInt64(0), Date: CorpusRows.Text(r, 1)),
                    cancellationToken);
                more |= found.Count == fetch;
                foreach (var (id, date) in found)
                {
                    rows[id] = date;
                }
            }

            // Past the first `fetch` merged rows a branch may be missing rows it did not return.
            var merged = rows.OrderByDescending(r => r.Value, StringComparer.Ordinal).ThenByDescending(r => r.Key).Take(more ? fetch : int.MaxValue);
            page.Clear();
            foreach (var (id, _) in merged)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (allCopies || !HasEarlierCopy(connection, id))
                {
                    page.Add(id);
                    if (page.Count == limit)
                    {
                        return page;
                    }
                }
            }

            if (!more)
            {
                return page;
            }
        }
    }

    /// <summary>Whether an earlier article of the quote's story (smaller id) holds the same quote text.</summary>
    private static bool HasEarlierCopy(SqliteConnection connection, long quoteId)
    {
        using var command = Command(connection, $"SELECT EXISTS(SELECT 1 FROM quotes q WHERE q.id = $p0 AND EXISTS({SqliteCopyFilters.EarlierCopyOfQuote}))", [quoteId]);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture) != 0;
    }


    /// <summary>Removes the highlight markers from an FTS5 snippet and returns the highlighted ranges.</summary>
    internal static (string Snippet, IReadOnlyList<HighlightRange> Highlights) ParseSnippet(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var highlights = new List<HighlightRange>();
        var start = -1;
        var lastWasSpace = false;
        foreach (var c in raw)
        {
            if (c == HighlightOpen)
            {
                start = builder.Length;
            }
            else if (c == HighlightClose)
            {
                if (start >= 0)
                {
                    highlights.Add(new HighlightRange(start, builder.Length));
                }

                start = -1;
            }
            else if (c is '\n' or '\r' or '\t' or ' ')
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }
            else
            {
                builder.Append(c);
            }

            lastWasSpace = false;
        }

        return (builder.ToString().TrimEnd(), highlights);
    }

    /// <summary>The store id of an article given by store id (a number, when such an article exists) or else by document id.</summary>
    private static long? ResolveArticle(SqliteConnection connection, string id)
    {
        var key = id.Trim();
        var isNumber = long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
        var found = Read(
            connection,
            "SELECT id FROM (SELECT 0 AS pref, id FROM articles WHERE id = $p1 UNION ALL SELECT 1, id FROM (SELECT id FROM articles WHERE doc_id = $p0 ORDER BY id LIMIT 1)) ORDER BY pref LIMIT 1",
            [key, isNumber ? number : -1L],
            r => r.GetInt64(0),
            CancellationToken.None);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Corpus entities a name finds (see <see cref="EntityLookup"/>), the chosen one first.</summary>
    private static List<CorpusEntity> ResolveEntities(SqliteConnection connection, string name)
    {
        var keys = EntityLookup.Keys(name);
        var linked = new List<CorpusEntity>();
        if (keys.Count > 0)
        {
            var parameters = new List<object?>();
            var clauses = keys.Select(k => $"(l.label = {Placeholders(parameters, [(int)k.Label])} AND l.key = {Placeholders(parameters, [k.Key])})");
            linked = Read(connection, $"{EntitySelect} WHERE e.id IN (SELECT l.entity_id FROM entity_links l WHERE {string.Join(" OR ", clauses)})", parameters, ReadEntity, CancellationToken.None);
        }

        var candidates = EntityLookup.SingleName(name) is { } single
            ? Read(connection, $"{EntitySelect} WHERE e.surname = $p0 AND e.label = 0", [single], ReadEntity, CancellationToken.None)
            : [];
        var aliased = linked.Count == 0 && candidates.Count == 0
            ? Read(connection, $"{EntitySelect} WHERE e.key = $p0 OR e.id IN (SELECT entity_id FROM entity_aliases WHERE key = $p0)", [NameKey.Of(name)], ReadEntity, CancellationToken.None)
            : [];
        return EntityLookup.Choose(linked, candidates, aliased);
    }

    /// <summary>The one corpus entity a name chooses (the first <see cref="ResolveEntities"/> finds), as a list of zero or one id.</summary>
    internal static List<object?> ChosenIds(SqliteConnection connection, string name) =>
        [.. ResolveEntities(connection, name).Take(1).Select(e => (object?)e.Id)];

    /// <summary>Facet ids for a filter value: the value's own key, and for entity facets the key of the entity of that label the value chooses.</summary>
    private static List<object?> ResolveFacets(SqliteConnection connection, FacetKind kind, string value, EntityLabel? label)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of(value) };
        if (label is { } l)
        {
            keys.Add(EntityNames.Key(l, value));
            if (ResolveEntities(connection, value).FirstOrDefault(e => e.Label == l.ToString()) is { Key: { } key })
            {
                keys.Add(key);
            }
        }

        keys.Remove(string.Empty);
        var parameters = new List<object?> { (int)kind };
        var sql = $"SELECT id FROM facet_values WHERE kind = $p0 AND key IN ({Placeholders(parameters, [.. keys])})";
        return Read(connection, sql, parameters, r => (object?)r.GetInt64(0), CancellationToken.None);
    }

    /// <summary>Adds values as parameters and returns their placeholders (<c>$p3, $p4</c>).</summary>
    private static string Placeholders(List<object?> parameters, IReadOnlyList<object?> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            parameters.Add(values[i]);
            names[i] = "$p" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture);
        }

        return string.Join(", ", names);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, IReadOnlyList<object?> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Count; i++)
        {
            command.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), parameters[i] ?? DBNull.Value);
        }

        return command;
    }

    private static List<T> Read<T>(SqliteConnection connection, string sql, IReadOnlyList<object?> parameters, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            list.Add(map(reader));
        }

        return list;
    }

    private IEnumerable<T> Stream<T>(string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = Command(connection, sql, []);
        SqliteDataReader reader;
        try
        {
            reader = command.ExecuteReader();
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, _store.Location);
        }

        using (reader)
        {
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return map(reader);
            }
        }
    }

    private SqliteConnection Connect()
    {
        try
        {
            return _store.OpenConnection();
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, _store.Location);
        }
    }

    private T Run<T>(Func<SqliteConnection, T> query, bool userQuery = false)
    {
        using var connection = Connect();
        try
        {
            return query(connection);
        }
        catch (SqliteException ex) when (userQuery && (ex.SqliteErrorCode & 0xFF) == 1)
        {
            // SQLITE_ERROR from a statement whose only free text is the user's FTS5 query: the query is malformed.
            throw StoreException.BadQuery($"{FtsMessage(ex.Message)} (use words, \"phrases\", AND, OR, NOT, prefix*; put other punctuation inside double quotes)", ex);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, _store.Location);
        }
    }

    private static string FtsMessage(string message)
    {
        var text = message.Replace("SQLite Error 1: ", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('.');
        return text.StartsWith('\'') && text.EndsWith('\'') ? text[1..^1] : text.Trim('\'');
    }
}
