using System.Globalization;
using System.Text;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Store.Linking;
using Dateline.Store.Queries;
using Dateline.Store.Sqlite;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// The queries over a PostgreSQL store. Every call takes its own pooled connection, so one instance serves
/// many threads. SQL text is fixed fragments chosen by which filters are set; every value (the translated
/// tsquery, names, ids, dates, limits) is a parameter.
/// </summary>
internal sealed class PostgresCorpusQueries : ICorpusQueries, ISnapshotSearch
{
    /// <summary>ts_rank weights {D, C, B, A}: a headline word (A) weighs 4x a body word (B), as BM25's 4.0/1.0 in SQLite.</summary>
    private const string RankWeights = "'{0.1, 0.2, 0.25, 1.0}'::real[]";

    private const string Query = "to_tsquery('simple'::regconfig, $1)";

    private const string QuoteSelect = """
        SELECT q.id, q.article_id, a.doc_id, a.headline, q.date, coalesce(e.name, q.speaker_name), q.entity_id, q.kind, q.content, q.cue, q.time
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.entity_id
        """;

    private const string EntitySelect = """
        SELECT e.id, e.label, e.name,
            coalesce((SELECT json_agg(json_build_array(a.alias, a.mentions) ORDER BY a.mentions DESC, a.key COLLATE "C")::text FROM entity_aliases a WHERE a.entity_id = e.id), '[]'),
            e.article_count, e.mention_count, e.quote_count, e.ambiguous, e.first_date, e.last_date, e.key
        FROM entities e
        """;

    private static readonly string[] Tables = ["articles", "mentions", "entities", "entity_aliases", "article_entities", "quotes", "times", "facet_values", "article_facets", "article_facet_sets", "copies", "copy_buckets"];

    private readonly PostgresCorpusStore _store;

    public PostgresCorpusQueries(PostgresCorpusStore store) => _store = store;

    public bool FacetArrays => true;

    public SearchResults Search(SearchQuery query, ISearchSnapshots snapshots, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(snapshots);
        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim();
        var tsquery = text is null ? null : FtsQueryTranslator.Translate(text);
        return Run(connection =>
        {
            // One repeatable-read transaction: the version, the snapshot brought up to it, the full-text matches and the
            // page rows all see the same committed state, however many writers commit meanwhile.
            using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
            var snapshot = snapshots.Current(connection, PostgresStoreVersion.Read(connection), (held, version) => PostgresStoreVersion.CatchUp(connection, held, version));

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
                if (facetIds.Length == 0)
                {
                    return new SearchResults(text, 0, [], SearchFacets.Empty);
                }

                facetFilters.Add([.. facetIds.Select(id => checked((int)id))]);
            }

            HashSet<int>? speakerArticles = null;
            if (!string.IsNullOrWhiteSpace(query.Speaker))
            {
                var entityIds = ChosenIds(connection, query.Speaker);
                speakerArticles = [.. Read(connection, "SELECT DISTINCT article_id FROM quotes WHERE speaker_key = $1 OR entity_id = ANY($2)", [NameKey.Of(query.Speaker), entityIds], r => checked((int)r.GetInt64(0)), cancellationToken)];
            }

            if (query.Story is { } story)
            {
                // A story's articles (docs/stories.md) restrict the candidates as a speaker's do.
                HashSet<int> storyArticles = [.. Read(connection, "SELECT article_id FROM article_stories WHERE story_id = $1", [story], r => checked((int)r.GetInt64(0)), cancellationToken)];
                speakerArticles = speakerArticles is null ? storyArticles : [.. speakerArticles.Intersect(storyArticles)];
            }

            // Candidates in ascending id order: the full-text matches with their rank (the only per-match work left to
            // the server), else the articles of the first facet filter, of the speaker, or all articles.
            cancellationToken.ThrowIfCancellationRequested();
            List<int>? textMatches = null;
            Dictionary<int, float>? scores = null;
            if (tsquery is not null)
            {
                // The planner prices a tsvector match as cheap and scans the whole table for common words, detoasting
                // every row's vector; the GIN index is several times faster (bank* on 41,680 articles: 249 -> 86 ms).
                using (var plan = Command(connection, "SET LOCAL enable_seqscan = off", []))
                {
                    plan.ExecuteNonQuery();
                }

                var ranked = Read(connection, $"SELECT a.id, ts_rank({RankWeights}, a.fts, {Query}) FROM articles a WHERE a.fts @@ {Query}", [tsquery], r => (Id: checked((int)r.GetInt64(0)), Score: r.GetFloat(1)), cancellationToken);
                scores = new Dictionary<int, float>(ranked.Count);
                textMatches = new List<int>(ranked.Count);
                foreach (var (id, score) in ranked)
                {
                    scores[id] = score;
                    textMatches.Add(id);
                }

                textMatches.Sort();
            }

            var matches = snapshot.Matches(textMatches, facetFilters, speakerArticles, query.From, query.To, query.AllCopies);

            cancellationToken.ThrowIfCancellationRequested();
            var hits = new List<SearchHit>();
            if (matches.Count > 0 && query.Limit > 0 && query.Offset < matches.Count)
            {
                if (scores is null)
                {
                    hits = FilterPage(connection, snapshot.NewestFirst(matches, query.Offset, query.Limit), cancellationToken);
                }
                else
                {
                    var page = matches.OrderByDescending(id => scores[id]).ThenBy(id => id).Skip(Math.Max(0, query.Offset)).Take(query.Limit).ToList();
                    hits = RankedPage(connection, tsquery!, page, scores, cancellationToken);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            var facets = query.Facets && matches.Count > 0 ? snapshot.CountFacets(matches, query.FacetLimit) : SearchFacets.Empty;
            transaction.Commit();
            return new SearchResults(text, matches.Count, hits, facets);
        },
        userQuery: tsquery is not null);
    }

    public IReadOnlyList<QuoteHit> Quotes(QuoteQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var about = string.IsNullOrWhiteSpace(query.About) ? null : FtsQueryTranslator.Translate(query.About.Trim());
        return Run(connection =>
        {
            var parameters = new List<object?>();
            var where = new StringBuilder();
            if (about is not null)
            {
                parameters.Add(about);
                where.Append(CultureInfo.InvariantCulture, $"q.fts @@ {Query}");
            }
            else
            {
                where.Append("TRUE");
            }

            if (!string.IsNullOrWhiteSpace(query.Speaker))
            {
                var entityIds = ChosenIds(connection, query.Speaker);
                where.Append(CultureInfo.InvariantCulture, $" AND (q.speaker_key = {Add(parameters, NameKey.Of(query.Speaker))} OR q.entity_id = ANY({Add(parameters, entityIds)}))");
            }

            if (query.From is { } from)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND q.date >= {Add(parameters, CorpusRows.Day(from))}");
            }

            if (query.To is { } to)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND q.date <= {Add(parameters, CorpusRows.Day(to))}");
            }

            if (query.Story is { } story)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND q.article_id IN (SELECT article_id FROM article_stories WHERE story_id = {Add(parameters, story)})");
            }

            if (!query.AllCopies)
            {
                where.Append(" AND NOT EXISTS (").Append(SqliteCopyFilters.EarlierCopyOfQuote).Append(')');
            }

            var sql = $"""
                {QuoteSelect}
                WHERE {where}
                ORDER BY q.date IS NULL, q.date DESC, q.id DESC
                LIMIT {Add(parameters, Math.Max(0, query.Limit))}
                """;
            return Read(connection, sql, parameters, CorpusRows.Quote, cancellationToken);
        },
        userQuery: about is not null);
    }

    public IReadOnlyList<CorpusEntity> Entities(EntityLabel? label, int top, CancellationToken cancellationToken = default)
    {
        return Run(connection =>
        {
            var parameters = new List<object?>();
            var where = label is { } l ? $"WHERE e.label = {Add(parameters, (int)l)}" : string.Empty;
            var sql = $"{EntitySelect} {where} ORDER BY e.article_count DESC, e.mention_count DESC, e.name COLLATE \"C\" LIMIT {Add(parameters, Math.Max(0, top))}";
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
            if (ArticleIdOf(connection, id, cancellationToken) is not { } articleId)
            {
                return [];
            }

            var links = Read(
                connection,
                "SELECT local_id, name, aliases, forms, entity_id FROM article_entities WHERE article_id = $1 ORDER BY local_id",
                [articleId],
                r => (Local: r.GetInt32(0), Name: r.GetString(1), Aliases: LayerJson.ReadStrings(r.GetString(2)), Forms: CorpusRows.Forms(r.IsDBNull(3) ? "[]" : r.GetString(3)), Entity: r.GetInt64(4)),
                cancellationToken);
            var entities = links.Count == 0
                ? []
                : Read(connection, $"{EntitySelect} WHERE e.id IN (SELECT entity_id FROM article_entities WHERE article_id = $1)", [articleId], ReadEntity, cancellationToken).ToDictionary(e => e.Id);
            return [.. links.Where(l => entities.ContainsKey(l.Entity)).Select(l => new ArticleEntityLink(l.Local, l.Name, l.Aliases, l.Forms, entities[l.Entity]))];
        });
    }

    public StoredArticle? Article(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Run(connection =>
        {
            const string Columns = "SELECT id, doc_id, source_path, source_format, source_record, source_line, metadata, structure, problems, text FROM articles";
            var articleId = ArticleIdOf(connection, id, cancellationToken);
            var rows = articleId is { } number
                ? Read(
                    connection,
                    $"{Columns} WHERE id = $1",
                    [number],
                    r => (Id: r.GetInt64(0), DocId: r.GetString(1), Source: new DocumentSource(r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5)), Metadata: r.GetString(6), Structure: CorpusRows.Text(r, 7), Problems: CorpusRows.Text(r, 8), Text: r.GetString(9)),
                    cancellationToken)
                : [];
            if (rows.Count == 0)
            {
                return null;
            }

            var row = rows[0];
            var document = new Document(row.DocId, row.Text, row.Source, LayerJson.ReadMetadata(row.Metadata));
            if (row.Structure is not null)
            {
                document = document.With(Layers.Structure, LayerJson.ReadStructure(row.Structure));
            }

            object?[] article = [row.Id];
            var mentions = Read(connection, "SELECT span_start, span_end, label, confidence FROM mentions WHERE article_id = $1 ORDER BY idx", article, r => new Mention(new TextSpan(r.GetInt32(0), r.GetInt32(1)), (EntityLabel)r.GetInt32(2), r.GetFloat(3)), cancellationToken);
            if (mentions.Count > 0)
            {
                document = document.With(Layers.Mentions, [.. mentions]);
            }

            var entities = Read(
                connection,
                "SELECT local_id, label, name, aliases, titles, mentions FROM article_entities WHERE article_id = $1 AND local_id >= 0 ORDER BY local_id",
                article,
                r => new Entity(r.GetInt32(0), (EntityLabel)r.GetInt32(1), r.GetString(2), LayerJson.ReadStrings(r.GetString(3)), LayerJson.ReadStrings(r.GetString(4)), LayerJson.ReadInts(r.GetString(5))),
                cancellationToken);
            if (entities.Count > 0)
            {
                document = document.With(Layers.Entities, [.. entities]);
            }

            var quotes = Read(
                connection,
                "SELECT kind, span_start, span_end, cue_start, cue_end, speaker_start, speaker_end, speaker_local, speaker_name, time FROM quotes WHERE article_id = $1 ORDER BY idx",
                article,
                r => new Quote(
                    (QuoteKind)r.GetInt32(0),
                    new TextSpan(r.GetInt32(1), r.GetInt32(2)),
                    r.IsDBNull(3) ? null : new TextSpan(r.GetInt32(3), r.GetInt32(4)),
                    r.IsDBNull(5) ? null : new QuoteSpeaker(new TextSpan(r.GetInt32(5), r.GetInt32(6)), r.IsDBNull(7) ? null : r.GetInt32(7), CorpusRows.Text(r, 8)),
                    CorpusRows.Text(r, 9)),
                cancellationToken);
            if (quotes.Count > 0)
            {
                document = document.With(Layers.Quotes, [.. quotes]);
            }

            var times = Read(connection, "SELECT span_start, span_end, type, value FROM times WHERE article_id = $1 ORDER BY idx", article, r => new TimeExpression(new TextSpan(r.GetInt32(0), r.GetInt32(1)), (TimeType)r.GetInt32(2), r.GetString(3)), cancellationToken);
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
            var mentions = new List<(string Day, int Articles, int Mentions)>();
            if (entityIds.Length > 0)
            {
                mentions = Read(
                    connection,
                    "SELECT a.date, count(DISTINCT a.id), sum(ae.mention_count) FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ANY($1) AND a.date IS NOT NULL GROUP BY a.date",
                    [entityIds],
                    r => (Day: r.GetString(0), Articles: (int)r.GetInt64(1), Mentions: (int)r.GetInt64(2)),
                    cancellationToken);
            }

            // One quote text counted once per story.
            var quotes = Read(
                connection,
                "SELECT q.date, count(DISTINCT (coalesce(c.story_id, q.article_id), q.content)) FROM quotes q LEFT JOIN copies c ON c.article_id = q.article_id WHERE (q.speaker_key = $1 OR q.entity_id = ANY($2)) AND q.date IS NOT NULL GROUP BY q.date",
                [NameKey.Of(name), entityIds],
                r => (Day: r.GetString(0), Quotes: (int)r.GetInt64(1)),
                cancellationToken);
            return DailyActivity.Combine(mentions, quotes);
        });
    }

    public IReadOnlyList<DuplicateStory> Stories(int minSize, int limit, CancellationToken cancellationToken = default)
    {
        using var index = PostgresCopyIndex.Open(_store);
        return DuplicateStory.FirstOf(index.Stories(Math.Max(1, minSize)), limit, cancellationToken);
    }

    public DuplicateStory? StoryOf(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Run(connection => ArticleIdOf(connection, id, cancellationToken)) is not { } articleId)
        {
            return null;
        }

        using var index = PostgresCopyIndex.Open(_store);
        var cluster = index.StoryOf(articleId.ToString(CultureInfo.InvariantCulture));
        return cluster is null ? null : DuplicateStory.From(cluster);
    }

    public CorpusStats Stats(CancellationToken cancellationToken = default)
    {
        return Run(connection =>
        {
            var byLabel = Read(
                connection,
                "SELECT label, count(*) FROM entities GROUP BY label ORDER BY label",
                [],
                r => new FacetCount(((EntityLabel)r.GetInt32(0)).ToString(), (int)r.GetInt64(1)),
                cancellationToken);
            var agencies = Read(
                connection,
                "SELECT v.value, count(*) AS c FROM article_facets f JOIN facet_values v ON v.id = f.facet_id WHERE v.kind = $1 GROUP BY v.id, v.value ORDER BY c DESC, v.value COLLATE \"C\" LIMIT 10",
                [(int)FacetKind.Agency],
                r => new FacetCount(r.GetString(0), (int)r.GetInt64(1)),
                cancellationToken);
            var range = Read(connection, "SELECT min(date), max(date) FROM articles", [], r => (First: CorpusRows.Text(r, 0), Last: CorpusRows.Text(r, 1)), cancellationToken)[0];
            return new CorpusStats(
                _store.Location,
                _store.ReadVersion(connection),
                Scalar(connection, "SELECT coalesce(sum(pg_total_relation_size(t::regclass)), 0) FROM unnest($1::text[]) AS t", [Tables]),
                Scalar(connection, "SELECT count(*) FROM articles", []),
                Scalar(connection, "SELECT count(*) FROM mentions", []),
                Scalar(connection, "SELECT count(*) FROM entities", []),
                byLabel,
                Scalar(connection, "SELECT count(*) FROM quotes", []),
                Scalar(connection, "SELECT count(*) FROM quotes WHERE speaker_key IS NOT NULL", []),
                Scalar(connection, "SELECT count(*) FROM times", []),
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
            "SELECT article_id, idx, span_start, span_end, type, value, text FROM times ORDER BY article_id, idx",
            CorpusRows.Time,
            cancellationToken);


    private static CorpusEntity ReadEntity(System.Data.Common.DbDataReader r) => CorpusRows.Entity(r, CorpusRows.Forms(r.GetString(3)));





    /// <summary>Adds a parameter and returns its placeholder (<c>$3</c>).</summary>
    private static string Add(List<object?> parameters, object? value)
    {
        parameters.Add(value);
        return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The page of a text search (ids in rank order): its rows, with snippets for these rows alone.</summary>
    private static List<SearchHit> RankedPage(NpgsqlConnection connection, string tsquery, List<int> page, Dictionary<int, float> scores, CancellationToken cancellationToken)
    {
        // Snippets (ts_headline re-parses the text) for the page alone.
        var rows = Read(
            connection,
            $"""
            SELECT id, doc_id, date, headline, agency, place, ts_headline('simple'::regconfig, text, {Query},
                'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "')
            FROM articles WHERE id = ANY($2)
            """,
            [tsquery, page.Select(id => (long)id).ToArray()],
            r => (Id: r.GetInt64(0), DocId: r.GetString(1), Date: CorpusRows.Text(r, 2), Headline: CorpusRows.Text(r, 3), Agency: CorpusRows.Text(r, 4), Place: CorpusRows.Text(r, 5), Snippet: r.GetString(6)),
            cancellationToken).ToDictionary(r => r.Id);
        var hits = new List<SearchHit>(page.Count);
        foreach (var id in page)
        {
            if (rows.TryGetValue(id, out var row))
            {
                var (snippet, highlights) = SqliteCorpusQueries.ParseSnippet(row.Snippet);
                hits.Add(new SearchHit(row.Id, row.DocId, row.Date, row.Headline, row.Agency, row.Place, Math.Round(scores[id], 4), snippet, highlights));
            }
        }

        return hits;
    }

    /// <summary>The page of a search without text: the given articles (already in newest-first order), read by id.</summary>
    private static List<SearchHit> FilterPage(NpgsqlConnection connection, List<int> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var rows = Read(
            connection,
            "SELECT id, doc_id, date, headline, agency, place, left(text, 400) FROM articles WHERE id = ANY($1)",
            [page.Select(id => (long)id).ToArray()],
            CorpusRows.UnrankedHit,
            cancellationToken).ToDictionary(h => h.Id);
        return [.. page.Where(id => rows.ContainsKey(id)).Select(id => rows[id])];
    }

    /// <summary>Corpus entities a name finds (see <see cref="EntityLookup"/>), the chosen one first.</summary>
    private static List<CorpusEntity> ResolveEntities(NpgsqlConnection connection, string name)
    {
        var keys = EntityLookup.Keys(name);
        var linked = keys.Count == 0
            ? []
            : Read(
                connection,
                $"{EntitySelect} WHERE e.id IN (SELECT l.entity_id FROM entity_links l JOIN unnest($1::integer[], $2::text[]) AS u(label, key) ON l.label = u.label AND l.key = u.key)",
                [keys.Select(k => (int)k.Label).ToArray(), keys.Select(k => k.Key).ToArray()],
                ReadEntity,
                CancellationToken.None);
        var candidates = EntityLookup.SingleName(name) is { } single
            ? Read(connection, $"{EntitySelect} WHERE e.surname = $1 AND e.label = 0", [single], ReadEntity, CancellationToken.None)
            : [];
        var aliased = linked.Count == 0 && candidates.Count == 0
            ? Read(connection, $"{EntitySelect} WHERE e.key = $1 OR e.id IN (SELECT entity_id FROM entity_aliases WHERE key = $1)", [NameKey.Of(name)], ReadEntity, CancellationToken.None)
            : [];
        return EntityLookup.Choose(linked, candidates, aliased);
    }

    /// <summary>The one corpus entity a name chooses (the first <see cref="ResolveEntities"/> finds), as zero or one id.</summary>
    internal static long[] ChosenIds(NpgsqlConnection connection, string name) => [.. ResolveEntities(connection, name).Take(1).Select(e => e.Id)];

    /// <summary>Facet ids for a filter value: the value's own key, and for entity facets the key of the entity of that label the value chooses.</summary>
    private static long[] ResolveFacets(NpgsqlConnection connection, FacetKind kind, string value, EntityLabel? label)
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
        return [.. Read(connection, "SELECT id FROM facet_values WHERE kind = $1 AND key = ANY($2)", [(int)kind, keys.ToArray()], r => r.GetInt64(0), CancellationToken.None)];
    }

    /// <summary>
    /// The store id of the article <paramref name="id"/> names: a number is a store id when such an article exists;
    /// anything else (or no such id) is a document id, the first stored article with it.
    /// </summary>
    private static long? ArticleIdOf(NpgsqlConnection connection, string id, CancellationToken cancellationToken)
    {
        var key = id.Trim();
        var rows = long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? Read(connection, "SELECT id FROM articles WHERE id = $1", [number], r => r.GetInt64(0), cancellationToken)
            : [];
        if (rows.Count == 0)
        {
            rows = Read(connection, "SELECT id FROM articles WHERE doc_id = $1 ORDER BY id LIMIT 1", [key], r => r.GetInt64(0), cancellationToken);
        }

        return rows.Count == 0 ? null : rows[0];
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, IReadOnlyList<object?> parameters) =>
        PostgresCorpusStore.Command(connection, sql, null, [.. parameters]);

    private static long Scalar(NpgsqlConnection connection, string sql, IReadOnlyList<object?> parameters)
    {
        using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    private static List<T> Read<T>(NpgsqlConnection connection, string sql, IReadOnlyList<object?> parameters, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
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

    private IEnumerable<T> Stream<T>(string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var command = Command(connection, sql, []);
        NpgsqlDataReader reader;
        try
        {
            reader = command.ExecuteReader();
        }
        catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
        {
            throw _store.Translate(ex);
        }

        using (reader)
        {
            while (true)
            {
                bool more;
                try
                {
                    more = reader.Read();
                }
                catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
                {
                    throw _store.Translate(ex);
                }

                if (!more)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                yield return map(reader);
            }
        }
    }

    private NpgsqlConnection Connect()
    {
        try
        {
            return _store.OpenConnection();
        }
        catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
        {
            throw _store.Translate(ex);
        }
    }

    private T Run<T>(Func<NpgsqlConnection, T> query, bool userQuery = false)
    {
        using var connection = Connect();
        try
        {
            return query(connection);
        }
        catch (PostgresException ex) when (userQuery && ex.SqlState is PostgresErrorCodes.SyntaxError or PostgresErrorCodes.InvalidTextRepresentation)
        {
            // The only free text in these statements is the translated query.
            throw StoreException.BadQuery(ex.MessageText, ex);
        }
        catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
        {
            throw _store.Translate(ex);
        }
    }
}
