using System.Globalization;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Serialization;
using Dateline.Store.Linking;
using Dateline.Store.Queries;
using Dateline.Store.Stories;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// Writes batches of analysed documents, one transaction per batch: the article row and its full-text
/// entry, mentions, article entities linked to corpus entities (upserted with their counts), quotes with
/// their full-text entry, times, and the precomputed facet rows search counts over.
/// </summary>
internal sealed class SqliteCorpusWriter : ICorpusWriter
{
    private readonly SqliteCorpusStore _store;
    private readonly SqliteConnection _connection;
    private readonly SqliteConnection _lookup;
    private readonly Lock _lookupLock = new();
    private readonly SqliteCommand _contains;
    private readonly SqliteCommand _insertArticle;
    private readonly SqliteCommand _insertArticleFts;
    private readonly SqliteCommand _insertMention;
    private readonly SqliteCommand _upsertEntity;
    private readonly SqliteCommand _insertAlias;
    private readonly SqliteCommand _storyHasEntity;
    private readonly SqliteCommand _storyHasQuote;
    private readonly SqliteCommand _insertArticleEntity;
    private readonly SqliteCommand _findPerson;
    private readonly SqliteCommand _insertQuote;
    private readonly SqliteCommand _insertQuoteFts;
    private readonly SqliteCommand _countQuote;
    private readonly SqliteCommand _insertTime;
    private readonly SqliteCommand _upsertFacet;
    private readonly SqliteCommand _insertFacet;
    private readonly SqliteCommand _insertFacetSet;
    private readonly SqliteCommand _insertLink;
    private readonly SqliteCommand _addPeriod;
    private readonly SqliteCommand _canonicalName;
    private readonly SqliteLinkSource _linkSource;
    private readonly CorpusLinker _linker = new();
    private readonly Dictionary<(FacetKind Kind, string Key), long> _facetIds = [];
    private readonly SqliteCommand[] _commands;

    // Copy detection (docs/dedup.md): each new article joins its story in the same transaction.
    private readonly SqliteCopyStorage _copies;
    private readonly Dedup.CopyIndex _copyIndex;
    private readonly Dedup.CopySigner _signer = new();

    // Stories (docs/stories.md): each new article joins its story in the same transaction.
    private readonly StoryIndex _stories;

    public SqliteCorpusWriter(SqliteCorpusStore store)
    {
        _store = store;
        _connection = store.OpenWriteConnection();
        _copies = new SqliteCopyStorage(_connection, _signer.Options);
        _copyIndex = new Dedup.CopyIndex(_copies, _signer.Options);
        _stories = new StoryIndex(_connection, new Dedup.Stories.StoryVectorizer());
        _lookup = store.OpenConnection();
        _contains = Command(_lookup, "SELECT 1 FROM articles WHERE hash = $p0", 1);
        _insertArticle = Command(
            _connection,
            """
            INSERT INTO articles(doc_id, hash, source_path, source_format, source_record, source_line, date, published, headline,
                authors, agency, place, region, country, url, metadata, structure, problems, text, ingested)
            VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19)
            ON CONFLICT(hash) DO NOTHING RETURNING id
            """,
            20);
        _insertArticleFts = Command(_connection, "INSERT INTO articles_fts(rowid, headline, text) VALUES($p0, $p1, $p2)", 3);
        _insertMention = Command(_connection, "INSERT INTO mentions(article_id, idx, start, end, label, confidence) VALUES($p0, $p1, $p2, $p3, $p4, $p5)", 6);
        _upsertEntity = Command(
            _connection,
            """
            INSERT INTO entities(label, key, name, article_count, mention_count, quote_count, surname, ambiguous, first_date, last_date)
            VALUES($p0, $p1, $p2, 1, $p3, 0, $p5, $p6, $p7, $p7)
            ON CONFLICT(label, key) DO UPDATE SET article_count = article_count + $p4, mention_count = mention_count + excluded.mention_count,
                ambiguous = max(ambiguous, excluded.ambiguous),
                first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
                last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date))
            RETURNING id, name
            """,
            8);
        // Both checks walk the story's few articles (copies_story), never an entity's many articles or quotes.
        _storyHasEntity = Command(
            _connection,
            """
            SELECT EXISTS(SELECT 1 FROM copies o CROSS JOIN article_entities ae ON ae.article_id = o.article_id
                WHERE o.story_id = $p2 AND o.article_id <> $p3 AND +ae.entity_id = (SELECT id FROM entities WHERE label = $p0 AND key = $p1))
            """,
            4);
        _storyHasQuote = Command(
            _connection,
            """
            SELECT EXISTS(SELECT 1 FROM copies o CROSS JOIN quotes q ON q.article_id = o.article_id
                WHERE o.story_id = $p0 AND o.article_id <> $p1 AND +q.entity_id = $p2 AND q.content = $p3)
            """,
            4);
        _insertAlias = Command(
            _connection,
            """
            INSERT INTO entity_aliases(key, entity_id, alias, mentions, caps, full_name) VALUES($p0, $p1, $p2, $p3, $p4, $p5)
            ON CONFLICT(key, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions,
                alias = CASE WHEN caps = 1 AND excluded.caps = 0 THEN excluded.alias ELSE alias END, caps = min(caps, excluded.caps)
            """,
            6);
        _insertLink = Command(_connection, "INSERT OR IGNORE INTO entity_links(label, key, entity_id) VALUES($p0, $p1, $p2)", 3);
        _addPeriod = Command(
            _connection,
            "INSERT INTO entity_periods(entity_id, month, mentions) VALUES($p0, $p1, $p2) ON CONFLICT(entity_id, month) DO UPDATE SET mentions = mentions + excluded.mentions",
            3);
        _canonicalName = Command(_connection, SqliteRelink.CanonicalNameSql + " WHERE id = $p0", 1);
        _linkSource = new SqliteLinkSource(_connection);
        _insertArticleEntity = Command(
            _connection,
            "INSERT INTO article_entities(article_id, local_id, entity_id, label, name, aliases, titles, mentions, mention_count, forms) VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)",
            10);
        _findPerson = Command(_connection, "SELECT entity_id FROM entity_links WHERE label = $p0 AND key = $p1", 2);
        _insertQuote = Command(
            _connection,
            """
            INSERT INTO quotes(article_id, idx, kind, start, end, cue_start, cue_end, speaker_start, speaker_end, speaker_local,
                speaker_name, speaker_key, entity_id, time, date, content)
            VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15) RETURNING id
            """,
            16);
        _insertQuoteFts = Command(_connection, "INSERT INTO quotes_fts(rowid, content) VALUES($p0, $p1)", 2);
        _countQuote = Command(_connection, "UPDATE entities SET quote_count = quote_count + 1 WHERE id = $p0", 1);
        _insertTime = Command(_connection, "INSERT INTO times(article_id, idx, start, end, type, value) VALUES($p0, $p1, $p2, $p3, $p4, $p5)", 6);
        _upsertFacet = Command(
            _connection,
            "INSERT INTO facet_values(kind, key, value) VALUES($p0, $p1, $p2) ON CONFLICT(kind, key) DO UPDATE SET kind = excluded.kind RETURNING id",
            3);
        _insertFacet = Command(_connection, "INSERT OR IGNORE INTO article_facets(article_id, facet_id) VALUES($p0, $p1)", 2);
        _insertFacetSet = Command(_connection, "INSERT INTO article_facet_sets(article_id, facets) VALUES($p0, $p1)", 2);
        _commands =
        [
            _insertArticle, _insertArticleFts, _insertMention, _upsertEntity, _insertAlias, _storyHasEntity, _storyHasQuote, _insertArticleEntity, _findPerson,
            _insertQuote, _insertQuoteFts, _countQuote, _insertTime, _upsertFacet, _insertFacet, _insertFacetSet, _insertLink, _addPeriod, _canonicalName,
        ];
    }

    public bool Contains(ContentHash hash)
    {
        lock (_lookupLock)
        {
            try
            {
                _contains.Parameters[0].Value = hash.ToBytes();
                return _contains.ExecuteScalar() is not null;
            }
            catch (SqliteException ex)
            {
                throw SqliteErrors.Translate(ex, _store.Location);
            }
        }
    }

    public WriteResult Write(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var stored = 0;
        var duplicates = 0;
        try
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var command in _commands)
            {
                command.Transaction = transaction;
            }

            _copies.Transaction = transaction;
            _linkSource.Transaction = transaction;
            _stories.Transaction = transaction;
            _stories.BeginBatch();

            try
            {
                var ingested = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                var added = new List<(Document Document, long Id, List<EntityGroup> Groups)>();
                foreach (var document in documents)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (InsertArticle(document, ingested) is { } articleId)
                    {
                        added.Add((document, articleId, EntityGroups.Of(document)));
                        stored++;
                    }
                    else
                    {
                        duplicates++;
                    }
                }

                // Corpus linking (docs/entities.md) decides every new article entity's corpus entity at once.
                // Articles are linked in content-hash order, as the PostgreSQL store links them.
                var inputs = new List<LinkInput>();
                var linkOrder = Enumerable.Range(0, added.Count).OrderBy(i => ContentHash.Of(added[i].Document.Text).ToBytes(), ByteOrder.Instance).ToList();
                var firstInput = new int[added.Count];
                foreach (var i in linkOrder)
                {
                    var (document, _, groups) = added[i];
                    var month = ArticleFacts.Date(document)?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    firstInput[i] = inputs.Count;
                    inputs.AddRange(groups.Select(g => new LinkInput(g.Label, g.Name, g.Aliases, g.Mentions.Count, month, g.Titles, i)));
                }

                var decisions = _linker.Link(inputs, _linkSource);
                var touched = new HashSet<long>();
                for (var i = 0; i < added.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (document, articleId, groups) = added[i];
                    WriteLayers(document, articleId, groups, decisions.Skip(firstInput[i]).Take(groups.Count).ToList(), touched);
                }

                foreach (var id in touched.Order())
                {
                    Set(_canonicalName, id);
                    Execute(_canonicalName);
                }

                _copies.Flush();
                transaction.Commit();
            }
            catch
            {
                // Ids cached during the failed transaction may not exist after the rollback.
                _facetIds.Clear();
                // The clusterer forgets the batch: it is read back from the committed rows.
                transaction.Rollback();
                _stories.Transaction = null;
                _stories.Restore();
                throw;
            }
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, _store.Location);
        }

        return new WriteResult(stored, duplicates);
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _copies.Dispose();
        _stories.Dispose();
        _linkSource.Dispose();
        _contains.Dispose();
        _lookup.Dispose();
        _connection.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), DBNull.Value));
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private long? InsertArticle(Document document, string ingested)
    {
        var structure = document.Get(Layers.Structure);
        var date = ArticleFacts.Date(document);
        var dateText = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var headline = ArticleFacts.Headline(document);
        var authors = ArticleFacts.Authors(document);
        var agency = structure?.Agency ?? document.Metadata.Publisher;
        var dateline = structure?.Dateline;
        Set(
            _insertArticle,
            document.Id,
            ContentHash.Of(document.Text).ToBytes(),
            document.Source.Path,
            document.Source.Format,
            document.Source.Record,
            document.Source.Line,
            dateText,
            ArticleFacts.Published(document),
            headline,
            authors.Count == 0 ? null : string.Join(", ", authors),
            agency,
            dateline?.Place,
            dateline?.Region,
            dateline?.Country,
            document.Metadata.Url,
            LayerJson.Metadata(document.Metadata),
            structure is null ? null : LayerJson.Structure(structure),
            LayerJson.Problems(document.Problems),
            document.Text,
            ingested);
        return _insertArticle.ExecuteScalar() is long articleId ? articleId : null;
    }

    private void WriteLayers(Document document, long articleId, List<EntityGroup> groups, List<LinkDecision> decisions, HashSet<long> touched)
    {
        var structure = document.Get(Layers.Structure);
        var date = ArticleFacts.Date(document);
        var dateText = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var headline = ArticleFacts.Headline(document);
        var agency = structure?.Agency ?? document.Metadata.Publisher;
        var dateline = structure?.Dateline;
        // Furniture words are masked in the index (same word positions, so snippets over the stored text line up).
        Set(_insertArticleFts, articleId, headline, FurnitureFilter.IndexText(document));
        Execute(_insertArticleFts);
        var assignment = _copyIndex.Add(new Dedup.CopyArticle(articleId.ToString(CultureInfo.InvariantCulture), _signer.Sign(document)) { Date = date, Outlet = agency, Title = headline });

        // A copy of a stored story (docs/dedup.md) adds no article or quote to the counts of entities the story already has.
        long? storyId = long.TryParse(assignment.StoryId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var story) && story != articleId ? story : null;
        _stories.Add(articleId, document, storyId ?? articleId);

        var mentions = document.Get(Layers.Mentions);
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            Set(_insertMention, articleId, i, mention.Span.Start, mention.Span.End, (int)mention.Label, (double)mention.Confidence);
            Execute(_insertMention);
        }

        var facets = new List<(FacetKind Kind, string Key, string Value)>();
        var localToCorpus = WriteEntities(document, articleId, storyId, dateText, groups, decisions, facets, touched);
        WriteQuotes(document, articleId, storyId, dateText, localToCorpus);

        var times = document.Get(Layers.Times);
        for (var i = 0; i < times.Length; i++)
        {
            var time = times[i];
            Set(_insertTime, articleId, i, time.Span.Start, time.Span.End, (int)time.Type, time.Value);
            Execute(_insertTime);
        }

        if (dateline is not null && !string.IsNullOrWhiteSpace(dateline.Place))
        {
            facets.Add((FacetKind.Place, EntityNames.Key(EntityLabel.LOC, dateline.Place), dateline.Place));
        }

        if (!string.IsNullOrWhiteSpace(agency))
        {
            facets.Add((FacetKind.Agency, NameKey.Of(agency), agency));
        }

        if (dateText is not null)
        {
            facets.Add((FacetKind.Month, dateText[..7], dateText[..7]));
        }

        var packed = new SortedSet<long>();
        foreach (var (kind, key, value) in facets)
        {
            if (key.Length == 0)
            {
                continue;
            }

            var facetId = FacetId(kind, key, value);
            if (packed.Add((facetId * 8) + (int)kind))
            {
                Set(_insertFacet, articleId, facetId);
                Execute(_insertFacet);
            }
        }

        if (packed.Count > 0)
        {
            Set(_insertFacetSet, articleId, string.Join(',', packed.Select(p => p.ToString(CultureInfo.InvariantCulture))));
            Execute(_insertFacetSet);
        }
    }

    /// <summary>Stores the article's entities and links them to the corpus entities the linker chose (one decision per group).</summary>
    private Dictionary<int, long> WriteEntities(Document document, long articleId, long? storyId, string? date, List<EntityGroup> groups, List<LinkDecision> decisions, List<(FacetKind Kind, string Key, string Value)> facets, HashSet<long> touched)
    {
        var localToCorpus = new Dictionary<int, long>();
        var month = date?[..7] ?? string.Empty;

        // Several local entities may link to one corpus entity: count the article once per corpus entity.
        foreach (var corpus in groups.Select((g, i) => (Group: g, Decision: decisions[i])).Where(p => p.Decision.Key.Length > 0).GroupBy(p => (p.Group.Label, p.Decision.Key)))
        {
            var first = corpus.First();
            var newStory = 1;
            if (storyId is { } sharedStory)
            {
                Set(_storyHasEntity, (int)corpus.Key.Label, corpus.Key.Key, sharedStory, articleId);
                newStory = Convert.ToInt64(_storyHasEntity.ExecuteScalar(), CultureInfo.InvariantCulture) != 0 ? 0 : 1;
            }

            var surname = corpus.Select(p => p.Decision.Surname).FirstOrDefault(s => s is not null);
            Set(_upsertEntity, (int)corpus.Key.Label, corpus.Key.Key, first.Group.Name.Trim(), corpus.Sum(p => p.Group.Mentions.Count), newStory, surname, corpus.Any(p => p.Decision.Ambiguous) ? 1 : 0, date);
            long entityId;
            string entityName;
            using (var reader = _upsertEntity.ExecuteReader())
            {
                reader.Read();
                entityId = reader.GetInt64(0);
                entityName = reader.GetString(1);
            }

            touched.Add(entityId);
            foreach (var linkKey in corpus.SelectMany(p => p.Decision.LinkKeys).Distinct(StringComparer.Ordinal))
            {
                Set(_insertLink, (int)corpus.Key.Label, linkKey, entityId);
                Execute(_insertLink);
            }

            var fullNameMentions = corpus.Where(p => p.Decision.Surname is not null).Sum(p => p.Group.Mentions.Count);
            if (fullNameMentions > 0)
            {
                Set(_addPeriod, entityId, month, fullNameMentions);
                Execute(_addPeriod);
            }

            foreach (var form in RelinkPlan.MergeForms(corpus.SelectMany(p => p.Group.Forms)))
            {
                Set(_insertAlias, NameKey.Of(form.Text), entityId, form.Text, form.Mentions, EntityForms.IsCaps(form.Text) ? 1 : 0, EntityForms.IsFull(corpus.Key.Label, form.Text) ? 1 : 0);
                Execute(_insertAlias);
            }

            foreach (var (group, _) in corpus)
            {
                localToCorpus[group.LocalId] = entityId;
            }

            var kind = corpus.Key.Label switch
            {
                EntityLabel.PER => FacetKind.Person,
                EntityLabel.ORG => FacetKind.Organization,
                EntityLabel.LOC => FacetKind.Place,
                _ => (FacetKind)0,
            };
            if (kind != 0)
            {
                facets.Add((kind, corpus.Key.Key, entityName));
            }
        }

        foreach (var group in groups)
        {
            if (!localToCorpus.TryGetValue(group.LocalId, out var entityId))
            {
                continue;
            }

            Set(
                _insertArticleEntity,
                articleId,
                group.LocalId,
                entityId,
                (int)group.Label,
                group.Name,
                LayerJson.Strings(group.Aliases),
                LayerJson.Strings(group.Titles),
                LayerJson.Ints(group.Mentions),
                group.Mentions.Count,
                EntityForms.ToJson(group.Forms));
            Execute(_insertArticleEntity);
        }

        return localToCorpus;
    }

    private void WriteQuotes(Document document, long articleId, long? storyId, string? date, Dictionary<int, long> localToCorpus)
    {
        var quotes = document.Get(Layers.Quotes);
        if (quotes.IsEmpty)
        {
            return;
        }

        var entities = document.Get(Layers.Entities);
        for (var i = 0; i < quotes.Length; i++)
        {
            var quote = quotes[i];
            var speaker = quote.Speaker;
            string? name = null;
            long? entityId = null;
            if (speaker is not null)
            {
                var local = speaker.Entity is { } id ? entities.FirstOrDefault(e => e.Id == id) : null;
                name = speaker.Name ?? local?.Name ?? document.GetText(speaker.Span).Trim();
                if (speaker.Entity is { } localId && localToCorpus.TryGetValue(localId, out var resolved))
                {
                    entityId = resolved;
                }
                else if (name.Length > 0)
                {
                    entityId = FindSpeaker(name, entities, localToCorpus);
                }
            }

            var key = string.IsNullOrWhiteSpace(name) ? null : NameKey.Of(name);
            var content = document.GetText(quote.Content);
            Set(
                _insertQuote,
                articleId,
                i,
                (int)quote.Kind,
                quote.Content.Start,
                quote.Content.End,
                quote.Cue?.Start,
                quote.Cue?.End,
                speaker?.Span.Start,
                speaker?.Span.End,
                speaker?.Entity,
                name,
                key,
                entityId,
                quote.Time,
                date,
                content);
            var repeated = false;
            if (entityId is { } speakerId && storyId is { } sharedStory)
            {
                Set(_storyHasQuote, sharedStory, articleId, speakerId, content);
                repeated = Convert.ToInt64(_storyHasQuote.ExecuteScalar(), CultureInfo.InvariantCulture) != 0;
            }

            var quoteId = (long)_insertQuote.ExecuteScalar()!;
            Set(_insertQuoteFts, quoteId, content);
            Execute(_insertQuoteFts);
            if (entityId is { } counted && !repeated)
            {
                Set(_countQuote, counted);
                Execute(_countQuote);
            }
        }
    }

    /// <summary>A speaker given only by name: an entity of this article with that name or alias, else a corpus person.</summary>
    private long? FindSpeaker(string name, System.Collections.Immutable.ImmutableArray<Entity> entities, Dictionary<int, long> localToCorpus)
    {
        var key = NameKey.Of(name);
        foreach (var entity in entities)
        {
            if ((NameKey.Of(entity.Name) == key || entity.Aliases.Any(a => NameKey.Of(a) == key)) && localToCorpus.TryGetValue(entity.Id, out var id))
            {
                return id;
            }
        }

        Set(_findPerson, (int)EntityLabel.PER, EntityNames.Key(EntityLabel.PER, name));
        return _findPerson.ExecuteScalar() is long found ? found : null;
    }

    private long FacetId(FacetKind kind, string key, string value)
    {
        if (_facetIds.TryGetValue((kind, key), out var id))
        {
            return id;
        }

        Set(_upsertFacet, (int)kind, key, value.Trim());
        id = (long)_upsertFacet.ExecuteScalar()!;
        _facetIds[(kind, key)] = id;
        return id;
    }

    private static void Execute(SqliteCommand command) => command.ExecuteNonQuery();
}
