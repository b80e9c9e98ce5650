using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Serialization;
using Dateline.Store.Linking;
using Dateline.Store.Queries;
using Dateline.Store.Stories;
using Npgsql;
using NpgsqlTypes;

namespace Dateline.Store.Postgres;

/// <summary>
/// Writes batches into PostgreSQL, one transaction per batch, safely alongside other writers (other
/// processes, other machines):
/// <list type="bullet">
/// <item>articles go in with <c>INSERT ... ON CONFLICT (hash) DO NOTHING</c>, in hash order, so two writers
/// holding the same text store it once and never wait on each other in a cycle;</item>
/// <item>corpus entities are upserted in one statement per batch (<c>ON CONFLICT DO UPDATE</c> adding the
/// batch's article, mention and quote counts), in key order; facet values and aliases likewise with
/// <c>ON CONFLICT DO NOTHING</c>, then read back;</item>
/// <item>mentions, article entities, quotes, times and facet rows are streamed with binary <c>COPY</c>.</item>
/// </list>
/// A deadlock or serialization failure (possible only in rare orderings) rolls the batch back and retries it.
/// </summary>
internal sealed class PostgresCorpusWriter : ICorpusWriter
{
    private const int MaxAttempts = 6;
    private readonly PostgresCorpusStore _store;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlConnection _lookup;
    private readonly Lock _lookupLock = new();
    private readonly NpgsqlCommand _contains;
    private readonly Dictionary<(FacetKind Kind, string Key), long> _facetIds = [];
    private readonly CorpusLinker _linker = new();

    // Copy detection (docs/dedup.md): each new article joins its story in the same transaction.
    private readonly Dedup.CopySigner _signer = new();
    private readonly PostgresCopyStorage _copies;
    private readonly Dedup.CopyIndex _copyIndex;

    // Stories (docs/stories.md): this worker's clusterer, restored from the latest stories at start.
    private readonly StoryIndex _stories;
    private bool _storiesStale;

    public PostgresCorpusWriter(PostgresCorpusStore store)
    {
        _store = store;
        _connection = store.OpenConnection();
        _lookup = store.OpenConnection();
        _copies = new PostgresCopyStorage(_connection, _signer.Options);
        _copyIndex = new Dedup.CopyIndex(_copies, _signer.Options);
        _contains = PostgresCorpusStore.Command(_lookup, "SELECT 1 FROM articles WHERE hash = $1", null, Array.Empty<byte>());
        _contains.Prepare();
        _stories = new StoryIndex(_connection, new Dedup.Stories.StoryVectorizer());
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
            catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
            {
                throw _store.Translate(ex);
            }
        }
    }

    public WriteResult Write(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var articles = new List<PreparedArticle>();
        var seen = new HashSet<UInt128>();
        var duplicates = 0;
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (seen.Add(ContentHash.Of(document.Text).Value))
            {
                articles.Add(PreparedArticle.Of(document, _signer));
            }
            else
            {
                duplicates++;
            }
        }

        // Rows are locked in one global order (hash) by every writer, so concurrent batches cannot deadlock on them.
        articles.Sort((a, b) => a.Hash.AsSpan().SequenceCompareTo(b.Hash));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var stored = WriteBatch(articles, cancellationToken);
                return new WriteResult(stored, duplicates + articles.Count - stored);
            }
            catch (Exception ex) when (attempt < MaxAttempts && PostgresErrors.IsTransient(ex))
            {
                Thread.Sleep(Random.Shared.Next(10, 50 * attempt));
            }
            catch (Exception ex) when (PostgresErrors.IsStoreError(ex))
            {
                throw _store.Translate(ex);
            }
        }
    }

    public void Dispose()
    {
        _contains.Dispose();
        _stories.Dispose();
        _lookup.Dispose();
        _connection.Dispose();
    }

    private int WriteBatch(List<PreparedArticle> articles, CancellationToken cancellationToken)
    {
        if (_storiesStale)
        {
            // A rolled-back batch undid its joins: reload the clusterer from the committed stories first.
            _stories.Transaction = null;
            _stories.Restore();
            _storiesStale = false;
        }

        using var transaction = _connection.BeginTransaction();
        _copies.Reset();
        _stories.Transaction = transaction;
        _stories.BeginBatch();
        try
        {
            var stored = InsertArticles(articles, transaction);
            var added = articles.Where(a => a.Id is not null).OrderBy(a => a.Id).ToList();
            if (added.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stories = new Dictionary<long, long>();
                foreach (var article in added)
                {
                    var assignment = _copyIndex.Add(new Dedup.CopyArticle(article.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), article.Signature)
                    {
                        Date = ArticleFacts.Date(article.Document),
                        Outlet = article.Agency,
                        Title = article.Headline,
                    });
                    stories[article.Id.Value] = long.TryParse(assignment.StoryId, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var story) ? story : article.Id.Value;
                }

                _copies.Flush();
                LinkEntities(added, transaction);
                var counts = StoryCounts.Read(_connection, transaction, stories);

                // After StoryCounts has locked the stored copy stories: a copy reads its original's story as committed by
                // any other worker, so one copy story never gets two stories (docs/stories.md).
                foreach (var article in added)
                {
                    _stories.Add(article.Id!.Value, article.Document, stories[article.Id.Value]);
                }

                var (entityIds, names) = UpsertEntities(added, counts, transaction);
                foreach (var article in added)
                {
                    article.SetFacets(names);
                }

                InsertEvidence(added, entityIds, transaction);
                var facetIds = FacetIds(added, transaction);
                CopyRows(added, entityIds, facetIds);

                // Last, so the counter's row lock is held only for the commit (search snapshots reload on it).
                PostgresStoreVersion.Bump(_connection, transaction, [.. added.Select(a => a.Id!.Value)]);
            }

            transaction.Commit();
            return stored;
        }
        catch
        {
            // Ids cached during the failed transaction may not exist after the rollback.
            _facetIds.Clear();
            _copies.Reset();
            _storiesStale = true;
            foreach (var article in articles)
            {
                article.Id = null;
            }

            throw;
        }
    }

    private int InsertArticles(List<PreparedArticle> articles, NpgsqlTransaction transaction)
    {
        if (articles.Count == 0)
        {
            return 0;
        }

        using var batch = new NpgsqlBatch(_connection, transaction);
        foreach (var article in articles)
        {
            var document = article.Document;
            var command = new NpgsqlBatchCommand(
                """
                INSERT INTO articles(doc_id, hash, source_path, source_format, source_record, source_line, date, published, headline,
                    authors, agency, place, region, country, url, metadata, structure, problems, text)
                VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
                ON CONFLICT (hash) DO NOTHING RETURNING id
                """);
            object?[] values =
            [
                document.Id, article.Hash, document.Source.Path, document.Source.Format, document.Source.Record, document.Source.Line,
                article.Date, ArticleFacts.Published(document), article.Headline, article.Authors, article.Agency, article.Dateline?.Place,
                article.Dateline?.Region, article.Dateline?.Country, document.Metadata.Url, article.Metadata, article.Structure,
                article.Problems, document.Text,
            ];
            foreach (var value in values)
            {
                command.Parameters.Add(value is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text } : new NpgsqlParameter { Value = value });
            }

            batch.BatchCommands.Add(command);
        }

        var stored = 0;
        using var reader = batch.ExecuteReader();
        foreach (var article in articles)
        {
            if (reader.Read())
            {
                article.Id = reader.GetInt64(0);
                stored++;
            }

            reader.NextResult();
        }

        return stored;
    }

    /// <summary>Adds the batch's counts to its corpus entities (creating missing ones) in one statement, in key order; returns their ids.</summary>
    /// <remarks>
    /// Counts are of stories, not copies (as in SQLite): an article adds to an entity's article count only if no
    /// article of its story (stored before, or earlier in the batch) has that entity, and a quote adds to its
    /// speaker's quote count only if no article of the story has the same speaker saying the same words.
    /// </remarks>
    private (Dictionary<EntityKey, long> Ids, Dictionary<EntityKey, string> Names) UpsertEntities(List<PreparedArticle> added, StoryCounts stories, NpgsqlTransaction transaction)
    {
        var rows = new SortedDictionary<EntityKey, (string Name, int Articles, int Mentions, int Quotes)>(Comparer<EntityKey>.Create(CompareKeys));
        var evidence = new Dictionary<EntityKey, (string? Surname, int Ambiguous, string? First, string? Last)>();
        foreach (var article in added)
        {
            foreach (var (key, name, mentions) in article.Corpus)
            {
                var counted = stories.AddEntity(article.Id!.Value, key) ? 1 : 0;
                rows[key] = rows.TryGetValue(key, out var row) ? row with { Articles = row.Articles + counted, Mentions = row.Mentions + mentions } : (name, counted, mentions, 0);
                var members = article.Entities.Where(e => e.Corpus == key).ToList();
                var surname = members.Select(e => e.Link?.Surname).FirstOrDefault(s => s is not null);
                var ambiguous = members.Any(e => e.Link?.Ambiguous == true) ? 1 : 0;
                var date = article.Date;
                evidence[key] = evidence.TryGetValue(key, out var known)
                    ? (known.Surname ?? surname, Math.Max(known.Ambiguous, ambiguous), Min(known.First, date), Max(known.Last, date))
                    : (surname, ambiguous, date, date);
            }
        }

        // Speakers known only by name: the person the name's key leads to, in this batch or already in the corpus.
        var person = (int)EntityLabel.PER;
        var unresolved = added.SelectMany(a => a.Quotes).Where(q => q.Speaker is null && q.SpeakerKey is { Length: > 0 }).ToList();
        var batchLinks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in added.SelectMany(a => a.Entities).Where(e => e.Label == EntityLabel.PER && e.Link is not null))
        {
            foreach (var linkKey in entity.Link!.LinkKeys)
            {
                batchLinks.TryAdd(linkKey, entity.Corpus.Key);
            }
        }

        var lookup = unresolved.Select(q => EntityNames.Key(EntityLabel.PER, q.SpeakerName!)).Where(k => k.Length > 0 && !batchLinks.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToArray();
        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        if (lookup.Length > 0)
        {
            using var find = PostgresCorpusStore.Command(
                _connection,
                "SELECT l.key, e.key FROM entity_links l JOIN entities e ON e.id = l.entity_id WHERE l.label = $1 AND l.key = ANY($2)",
                transaction,
                person,
                lookup);
            using var reader = find.ExecuteReader();
            while (reader.Read())
            {
                existing[reader.GetString(0)] = reader.GetString(1);
            }
        }

        foreach (var quote in unresolved)
        {
            var linkKey = EntityNames.Key(EntityLabel.PER, quote.SpeakerName!);
            quote.Resolved = batchLinks.TryGetValue(linkKey, out var entry) || existing.TryGetValue(linkKey, out entry) ? new EntityKey(person, entry) : null;
        }

        foreach (var article in added)
        {
            foreach (var quote in article.Quotes)
            {
                if (quote.Resolved is { } key)
                {
                    var counted = stories.AddQuote(article.Id!.Value, key, quote.Content) ? 1 : 0;
                    rows[key] = rows.TryGetValue(key, out var row) ? row with { Quotes = row.Quotes + counted } : (quote.SpeakerName!.Trim(), 0, 0, counted);
                }
            }
        }

        var ids = new Dictionary<EntityKey, long>();
        var names = new Dictionary<EntityKey, string>();
        if (rows.Count == 0)
        {
            return (ids, names);
        }

        using var upsert = PostgresCorpusStore.Command(
            _connection,
            """
            INSERT INTO entities(label, key, name, article_count, mention_count, quote_count, surname, ambiguous, first_date, last_date)
            SELECT * FROM unnest($1::integer[], $2::text[], $3::text[], $4::integer[], $5::integer[], $6::integer[], $7::text[], $8::integer[], $9::text[], $10::text[])
            ORDER BY 1, 2
            ON CONFLICT (label, key) DO UPDATE SET
                article_count = entities.article_count + excluded.article_count,
                mention_count = entities.mention_count + excluded.mention_count,
                quote_count = entities.quote_count + excluded.quote_count,
                ambiguous = GREATEST(entities.ambiguous, excluded.ambiguous),
                first_date = LEAST(entities.first_date, excluded.first_date),
                last_date = GREATEST(entities.last_date, excluded.last_date)
            RETURNING id, label, key, name
            """,
            transaction,
            rows.Keys.Select(k => k.Label).ToArray(),
            rows.Keys.Select(k => k.Key).ToArray(),
            rows.Values.Select(v => v.Name).ToArray(),
            rows.Values.Select(v => v.Articles).ToArray(),
            rows.Values.Select(v => v.Mentions).ToArray(),
            rows.Values.Select(v => v.Quotes).ToArray(),
            rows.Keys.Select(k => evidence.TryGetValue(k, out var e) ? e.Surname : null).ToArray(),
            rows.Keys.Select(k => evidence.TryGetValue(k, out var e) ? e.Ambiguous : 0).ToArray(),
            rows.Keys.Select(k => evidence.TryGetValue(k, out var e) ? e.First : null).ToArray(),
            rows.Keys.Select(k => evidence.TryGetValue(k, out var e) ? e.Last : null).ToArray());
        using (var reader = upsert.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = new EntityKey(reader.GetInt32(1), reader.GetString(2));
                ids[key] = reader.GetInt64(0);
                names[key] = reader.GetString(3);
            }
        }

        return (ids, names);
    }

    private static string? Min(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

    private static string? Max(string? a, string? b) => a is null ? b : b is null ? a : string.CompareOrdinal(a, b) >= 0 ? a : b;

    /// <summary>
    /// Decides every new article entity's corpus entity at once (docs/entities.md), in the order SQLite does
    /// (articles by content hash), reading the corpus inside this transaction.
    /// </summary>
    private void LinkEntities(List<PreparedArticle> added, NpgsqlTransaction transaction)
    {
        var ordered = added.OrderBy(a => a.Hash, ByteOrder.Instance).ToList();
        var inputs = ordered.SelectMany((a, n) => a.Entities.Select(e => new LinkInput(e.Label, e.Name, e.Aliases, e.Mentions.Count, a.Month, e.Titles, n))).ToList();
        var decisions = _linker.Link(inputs, new PostgresLinkSource(_connection, transaction));
        var next = 0;
        foreach (var article in ordered)
        {
            article.ApplyLinks([.. decisions.Skip(next).Take(article.Entities.Count)]);
            next += article.Entities.Count;
        }
    }

    /// <summary>The batch's written forms with their mentions (aliases), the keys leading to each entry, full-name mentions per month, then canonical names.</summary>
    private void InsertEvidence(List<PreparedArticle> added, Dictionary<EntityKey, long> entityIds, NpgsqlTransaction transaction)
    {
        var aliases = new SortedDictionary<(string Key, long Entity), EntityForm>();
        var labels = new Dictionary<long, EntityLabel>();
        var links = new SortedDictionary<(int Label, string Key), long>();
        var periods = new SortedDictionary<(long Entity, string Month), int>();
        foreach (var article in added)
        {
            foreach (var entity in article.Entities)
            {
                if (!entityIds.TryGetValue(entity.Corpus, out var id))
                {
                    continue;
                }

                labels[id] = entity.Label;
                foreach (var form in entity.Forms)
                {
                    var key = NameKey.Of(form.Text);
                    if (key.Length == 0)
                    {
                        continue;
                    }

                    aliases[(key, id)] = aliases.TryGetValue((key, id), out var known)
                        ? new EntityForm(EntityForms.IsCaps(known.Text) && !EntityForms.IsCaps(form.Text) ? form.Text : known.Text, known.Mentions + form.Mentions)
                        : form;
                }

                foreach (var linkKey in entity.Link?.LinkKeys ?? [])
                {
                    links.TryAdd(((int)entity.Label, linkKey), id);
                }

                if (entity.Link?.Surname is not null)
                {
                    var month = article.Month ?? string.Empty;
                    periods[(id, month)] = periods.GetValueOrDefault((id, month)) + entity.Mentions.Count;
                }
            }
        }

        if (aliases.Count > 0)
        {
            using var insert = PostgresCorpusStore.Command(
                _connection,
                """
                INSERT INTO entity_aliases(key, entity_id, alias, mentions, caps, full_name)
                SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::integer[], $5::integer[], $6::integer[]) ORDER BY 1, 2
                ON CONFLICT (key, entity_id) DO UPDATE SET mentions = entity_aliases.mentions + excluded.mentions,
                    alias = CASE WHEN entity_aliases.caps = 1 AND excluded.caps = 0 THEN excluded.alias ELSE entity_aliases.alias END,
                    caps = LEAST(entity_aliases.caps, excluded.caps)
                """,
                transaction,
                aliases.Keys.Select(k => k.Key).ToArray(),
                aliases.Keys.Select(k => k.Entity).ToArray(),
                aliases.Values.Select(f => f.Text).ToArray(),
                aliases.Values.Select(f => f.Mentions).ToArray(),
                aliases.Values.Select(f => EntityForms.IsCaps(f.Text) ? 1 : 0).ToArray(),
                aliases.Select(a => EntityForms.IsFull(labels[a.Key.Entity], a.Value.Text) ? 1 : 0).ToArray());
            insert.ExecuteNonQuery();
        }

        if (links.Count > 0)
        {
            using var insert = PostgresCorpusStore.Command(
                _connection,
                "INSERT INTO entity_links(label, key, entity_id) SELECT * FROM unnest($1::integer[], $2::text[], $3::bigint[]) ORDER BY 1, 2 ON CONFLICT DO NOTHING",
                transaction,
                links.Keys.Select(k => k.Label).ToArray(),
                links.Keys.Select(k => k.Key).ToArray(),
                links.Values.ToArray());
            insert.ExecuteNonQuery();
        }

        if (periods.Count > 0)
        {
            using var upsert = PostgresCorpusStore.Command(
                _connection,
                """
                INSERT INTO entity_periods(entity_id, month, mentions) SELECT * FROM unnest($1::bigint[], $2::text[], $3::integer[]) ORDER BY 1, 2
                ON CONFLICT (entity_id, month) DO UPDATE SET mentions = entity_periods.mentions + excluded.mentions
                """,
                transaction,
                periods.Keys.Select(k => k.Entity).ToArray(),
                periods.Keys.Select(k => k.Month).ToArray(),
                periods.Values.ToArray());
            upsert.ExecuteNonQuery();
        }

        if (labels.Count > 0)
        {
            using var names = PostgresCorpusStore.Command(_connection, PostgresRelink.CanonicalNameSql + " WHERE id = ANY($1)", transaction, labels.Keys.Order().ToArray());
            names.ExecuteNonQuery();
        }
    }

    /// <summary>Ids of the batch's facet values: cached ones, else inserted if missing (in key order) and read back.</summary>
    private Dictionary<(FacetKind, string), long> FacetIds(List<PreparedArticle> added, NpgsqlTransaction transaction)
    {
        var missing = new SortedDictionary<(int Kind, string Key), string>();
        foreach (var (kind, key, value) in added.SelectMany(a => a.Facets))
        {
            if (!_facetIds.ContainsKey((kind, key)))
            {
                missing.TryAdd(((int)kind, key), value);
            }
        }

        if (missing.Count > 0)
        {
            var kinds = missing.Keys.Select(k => k.Kind).ToArray();
            var keys = missing.Keys.Select(k => k.Key).ToArray();
            using (var insert = PostgresCorpusStore.Command(
                _connection,
                "INSERT INTO facet_values(kind, key, value) SELECT * FROM unnest($1::integer[], $2::text[], $3::text[]) ORDER BY 1, 2 ON CONFLICT DO NOTHING",
                transaction,
                kinds,
                keys,
                missing.Values.ToArray()))
            {
                insert.ExecuteNonQuery();
            }

            // A value another writer inserted meanwhile is visible to this new statement (read committed).
            using var select = PostgresCorpusStore.Command(
                _connection,
                "SELECT v.id, v.kind, v.key FROM facet_values v JOIN unnest($1::integer[], $2::text[]) AS u(kind, key) ON v.kind = u.kind AND v.key = u.key",
                transaction,
                kinds,
                keys);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                _facetIds[((FacetKind)reader.GetInt32(1), reader.GetString(2))] = reader.GetInt64(0);
            }
        }

        return _facetIds;
    }

    private void CopyRows(List<PreparedArticle> added, Dictionary<EntityKey, long> entityIds, Dictionary<(FacetKind, string), long> facetIds)
    {
        using (var mentions = _connection.BeginBinaryImport("COPY mentions(article_id, idx, span_start, span_end, label, confidence) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var article in added)
            {
                for (var i = 0; i < article.Mentions.Length; i++)
                {
                    var mention = article.Mentions[i];
                    mentions.StartRow();
                    mentions.Write(article.Id!.Value, NpgsqlDbType.Bigint);
                    mentions.Write(i, NpgsqlDbType.Integer);
                    mentions.Write(mention.Span.Start, NpgsqlDbType.Integer);
                    mentions.Write(mention.Span.End, NpgsqlDbType.Integer);
                    mentions.Write((int)mention.Label, NpgsqlDbType.Integer);
                    mentions.Write(mention.Confidence, NpgsqlDbType.Real);
                }
            }

            mentions.Complete();
        }

        using (var entities = _connection.BeginBinaryImport("COPY article_entities(article_id, local_id, entity_id, label, name, aliases, titles, mentions, mention_count, forms) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var article in added)
            {
                foreach (var entity in article.Entities)
                {
                    if (string.IsNullOrWhiteSpace(entity.Name) || !entityIds.TryGetValue(entity.Corpus, out var entityId))
                    {
                        continue;
                    }

                    entities.StartRow();
                    entities.Write(article.Id!.Value, NpgsqlDbType.Bigint);
                    entities.Write(entity.LocalId, NpgsqlDbType.Integer);
                    entities.Write(entityId, NpgsqlDbType.Bigint);
                    entities.Write((int)entity.Label, NpgsqlDbType.Integer);
                    entities.Write(entity.Name, NpgsqlDbType.Text);
                    entities.Write(LayerJson.Strings(entity.Aliases), NpgsqlDbType.Text);
                    entities.Write(LayerJson.Strings(entity.Titles), NpgsqlDbType.Text);
                    entities.Write(LayerJson.Ints(entity.Mentions), NpgsqlDbType.Text);
                    entities.Write(entity.Mentions.Count, NpgsqlDbType.Integer);
                    entities.Write(EntityForms.ToJson(entity.Forms), NpgsqlDbType.Text);
                }
            }

            entities.Complete();
        }

        using (var quotes = _connection.BeginBinaryImport(
            """
            COPY quotes(article_id, idx, kind, span_start, span_end, cue_start, cue_end, speaker_start, speaker_end, speaker_local,
                speaker_name, speaker_key, entity_id, time, date, content, cue) FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var article in added)
            {
                for (var i = 0; i < article.Quotes.Count; i++)
                {
                    var prepared = article.Quotes[i];
                    var quote = prepared.Quote;
                    long? entityId = prepared.Resolved is { } key && entityIds.TryGetValue(key, out var id) ? id : null;
                    quotes.StartRow();
                    quotes.Write(article.Id!.Value, NpgsqlDbType.Bigint);
                    quotes.Write(i, NpgsqlDbType.Integer);
                    quotes.Write((int)quote.Kind, NpgsqlDbType.Integer);
                    quotes.Write(quote.Content.Start, NpgsqlDbType.Integer);
                    quotes.Write(quote.Content.End, NpgsqlDbType.Integer);
                    WriteNullable(quotes, quote.Cue?.Start);
                    WriteNullable(quotes, quote.Cue?.End);
                    WriteNullable(quotes, quote.Speaker?.Span.Start);
                    WriteNullable(quotes, quote.Speaker?.Span.End);
                    WriteNullable(quotes, quote.Speaker?.Entity);
                    WriteNullable(quotes, prepared.SpeakerName);
                    WriteNullable(quotes, prepared.SpeakerKey);
                    if (entityId is { } value)
                    {
                        quotes.Write(value, NpgsqlDbType.Bigint);
                    }
                    else
                    {
                        quotes.WriteNull();
                    }

                    WriteNullable(quotes, quote.Time);
                    WriteNullable(quotes, article.Date);
                    quotes.Write(prepared.Content, NpgsqlDbType.Text);
                    WriteNullable(quotes, prepared.Cue);
                }
            }

            quotes.Complete();
        }

        using (var times = _connection.BeginBinaryImport("COPY times(article_id, idx, span_start, span_end, type, value, text) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var article in added)
            {
                for (var i = 0; i < article.Times.Length; i++)
                {
                    var time = article.Times[i];
                    times.StartRow();
                    times.Write(article.Id!.Value, NpgsqlDbType.Bigint);
                    times.Write(i, NpgsqlDbType.Integer);
                    times.Write(time.Span.Start, NpgsqlDbType.Integer);
                    times.Write(time.Span.End, NpgsqlDbType.Integer);
                    times.Write((int)time.Type, NpgsqlDbType.Integer);
                    times.Write(time.Value, NpgsqlDbType.Text);
                    times.Write(article.Document.GetText(time.Span), NpgsqlDbType.Text);
                }
            }

            times.Complete();
        }

        using (var facets = _connection.BeginBinaryImport("COPY article_facets(article_id, facet_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var article in added)
            {
                foreach (var (kind, key, _) in article.Facets)
                {
                    facets.StartRow();
                    facets.Write(article.Id!.Value, NpgsqlDbType.Bigint);
                    facets.Write(facetIds[(kind, key)], NpgsqlDbType.Bigint);
                }
            }

            facets.Complete();
        }

        using var sets = _connection.BeginBinaryImport("COPY article_facet_sets(article_id, facets) FROM STDIN (FORMAT BINARY)");
        foreach (var article in added)
        {
            if (article.Facets.Count == 0)
            {
                continue;
            }

            var ids = article.Facets.Select(f => facetIds[(f.Kind, f.Key)]).Order().ToArray();
            sets.StartRow();
            sets.Write(article.Id!.Value, NpgsqlDbType.Bigint);
            sets.Write(ids, NpgsqlDbType.Array | NpgsqlDbType.Bigint);
        }

        sets.Complete();
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, int? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is not null)
        {
            importer.Write(value, NpgsqlDbType.Text);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static int CompareKeys(EntityKey a, EntityKey b)
    {
        var label = a.Label.CompareTo(b.Label);
        return label != 0 ? label : string.CompareOrdinal(a.Key, b.Key);
    }
}
