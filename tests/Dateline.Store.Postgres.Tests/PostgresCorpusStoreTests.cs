using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Ingest;
using Dateline.Search;
using Dateline.Store.Ingest;
using Dateline.Store.Queries;
using Dateline.Store.Tests;
using Dateline.Testing;
using Dateline.Text;

namespace Dateline.Store.Postgres.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCorpusStoreTests(PostgresCluster cluster)
{
    private static readonly (string, EntityLabel, string[])[] SessionsEntities =
    [
        ("Jeff Sessions", EntityLabel.PER, ["Sessions"]),
        ("Peter Simonson", EntityLabel.PER, ["Simonson"]),
        ("American Civil Liberties Union", EntityLabel.ORG, ["ACLU"]),
        ("Albuquerque", EntityLabel.LOC, []),
    ];

    private static readonly Lazy<List<Document>> SampleInputs = new(() =>
    {
        // The AP story and the first Reuters stories of the sample, read as `dateline ingest samples` reads them.
        var registry = FormatRegistry.Default;
        var reader = new CorpusReader(registry);
        var ap = reader.Read(InputExpander.Expand([TestPaths.SampleArticle], registry)).Select(i => i.Document!).ToList();
        var reuters = reader.Read(InputExpander.Expand([Path.Combine(TestPaths.Samples, "reuters")], registry)).Where(i => i.Document is not null).Select(i => i.Document!).Take(40);
        return [.. ap, .. reuters];
    });

    private static Document Sessions(string date = "2017-08-03") => TestArticles.Make(
        "Sessions targets sanctuary cities\nALBUQUERQUE, N.M. (AP) — Attorney General Jeff Sessions said Thursday that sanctuary cities face cuts. " +
        "\"This is a political stunt,\" said Peter Simonson of the American Civil Liberties Union. The ACLU objected. " +
        "\"Albuquerque is not a sanctuary city,\" Simonson said.",
        date,
        agency: "Associated Press",
        place: "Albuquerque",
        entities: SessionsEntities,
        quotes: [("Peter Simonson", "This is a political stunt,"), ("Simonson", "Albuquerque is not a sanctuary city,")]);

    private static Document Denver() =>
        TestArticles.Make("Sanctuary debate in Denver\nDenver officials discussed sanctuary rules.", "2018-02-01", agency: "Reuters", place: "Denver");

    [SkippableFact]
    public void A_document_written_twice_is_stored_once()
    {
        var db = Database();
        using (var store = PostgresCorpusStore.Open(db, create: true))
        using (var writer = store.OpenWriter())
        {
            var document = Sessions();
            var copy = new Document("other-id", document.Text, new DocumentSource("copy.txt", "text", 0, 1));
            Assert.Equal(new WriteResult(1, 1), writer.Write([document, copy]));
            Assert.Equal(new WriteResult(0, 1), writer.Write([document]));
            Assert.True(writer.Contains(ContentHash.Of(document.Text)));
            Assert.False(writer.Contains(ContentHash.Of("never stored")));
        }

        Assert.Equal(1, cluster.Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal(2, cluster.Scalar(db, "SELECT count(*) FROM quotes"));
        Assert.Equal(1, cluster.Scalar(db, "SELECT article_count FROM entities WHERE key = 'jeff sessions'"));
    }

    [SkippableFact]
    public void Ingesting_the_AP_sample_with_the_full_pipeline_lists_both_quotes_of_Peter_Simonson()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        IngestSummary summary;
        using (var writer = store.OpenWriter())
        {
            summary = new CorpusIngester(TextPipeline.CreateDefault().Build(), writer) { BatchSize = 16, Parallelism = 2 }.Run(SampleInputs.Value);
        }

        Assert.Equal(SampleInputs.Value.Count, summary.Read);
        Assert.Equal(SampleInputs.Value.Select(d => d.Text).Distinct().Count(), (int)summary.Stored);
        var quotes = store.Queries.Quotes(new QuoteQuery { Speaker = "Peter Simonson" });
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Peter Simonson", q.Speaker));
        Assert.Contains(quotes, q => q.Text.Contains("a bullying tactic", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Text.Contains("petty, coercive, and dangerous", StringComparison.Ordinal));

        var sessions = store.Queries.Search(new SearchQuery { Text = "sanctuary", Person = "Jeff Sessions" });
        Assert.Equal(1, sessions.Total);
        Assert.Contains(sessions.Facets.People, f => f.Value == "Jeff Sessions" && f.Count == 1);
        Assert.Equal("2017-08", Assert.Single(sessions.Facets.Months).Value);

        var stats = store.Queries.Stats();
        Assert.Equal(summary.Stored, stats.Articles);
        Assert.Equal(PostgresSchema.CurrentVersion, stats.SchemaVersion);
        Assert.True(stats.SizeBytes > 0);
        Assert.True(stats.Quotes >= 2);
    }

    [SkippableFact]
    public void Ingesting_the_same_inputs_again_stores_nothing_twice()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        var pipeline = TextPipeline.CreateDefault().Build();
        IngestSummary first;
        IngestSummary second;
        using (var writer = store.OpenWriter())
        {
            first = new CorpusIngester(pipeline, writer) { BatchSize = 8, Parallelism = 2 }.Run(SampleInputs.Value);
        }

        var counts = TableCounts(db);
        using (var writer = store.OpenWriter())
        {
            second = new CorpusIngester(pipeline, writer) { BatchSize = 8, Parallelism = 2 }.Run(SampleInputs.Value);
        }

        Assert.True(first.Stored > 0);
        Assert.Equal(0, second.Stored);
        Assert.Equal(SampleInputs.Value.Count, second.Duplicates);
        Assert.Equal(counts, TableCounts(db));
    }

    [SkippableFact]
    public void Two_writers_ingesting_overlapping_inputs_at_once_store_each_document_once()
    {
        var db = Database();
        var documents = Enumerable.Range(0, 120).Select(i => TestArticles.Make(
            $"Budget story {i}\nThe budget vote number {i} was led by Maria Lopez in Madrid. \"We will pass it,\" Maria Lopez said.",
            i % 2 == 0 ? "2019-03-04" : "2019-04-05",
            agency: i % 3 == 0 ? "Reuters" : "Associated Press",
            place: "Madrid",
            entities: [("Maria Lopez", EntityLabel.PER, ["Lopez"]), ("Madrid", EntityLabel.LOC, []), ($"Committee {i % 7}", EntityLabel.ORG, [])],
            quotes: [("Maria Lopez", "We will pass it,")],
            id: $"doc-{i}")).ToList();

        // Worker A takes 0-79, worker B 40-119 in reverse order, with different batch sizes: 40 documents overlap.
        var inputs = new[] { documents.Take(80).ToList(), documents.Skip(40).Reverse().ToList() };

        var results = new WriteResult[2][];
        Parallel.For(0, 2, new ParallelOptions { MaxDegreeOfParallelism = 2 }, worker =>
        {
            using var store = PostgresCorpusStore.Open(db, create: true);
            using var writer = store.OpenWriter();
            results[worker] = [.. inputs[worker].Chunk(worker == 0 ? 7 : 11).Select(batch => writer.Write(batch))];
        });

        Assert.Equal(120, results.Sum(r => r.Sum(w => w.Stored)));
        Assert.Equal(40, results.Sum(r => r.Sum(w => w.Duplicates)));
        Assert.Equal(120, cluster.Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal(120, cluster.Scalar(db, "SELECT count(DISTINCT hash) FROM articles"));
        // Entities count stories (the stories differ only in their number, so they are copies of one another; two
        // workers may start more than one story): what the writers added up equals a recount from the stored rows.
        var stories = cluster.Scalar(db, "SELECT count(DISTINCT story_id) FROM copies");
        Assert.InRange(stories, 1, 120);
        Assert.Equal(stories, cluster.Scalar(db, "SELECT article_count FROM entities WHERE key = 'maria lopez'"));
        Assert.Equal(stories, cluster.Scalar(db, "SELECT quote_count FROM entities WHERE key = 'maria lopez'"));
        Assert.Equal(1, cluster.Scalar(db, "SELECT count(*) FROM entities WHERE key = 'madrid'"));
        Assert.Equal(7, cluster.Scalar(db, "SELECT count(*) FROM entities WHERE key LIKE 'committee %'"));
        Assert.Equal(
            cluster.Scalar(db, "SELECT count(DISTINCT (c.story_id, ae.entity_id)) FROM article_entities ae JOIN copies c ON c.article_id = ae.article_id JOIN entities e ON e.id = ae.entity_id WHERE e.key LIKE 'committee %'"),
            cluster.Scalar(db, "SELECT sum(article_count) FROM entities WHERE key LIKE 'committee %'"));
        Assert.Equal(120, cluster.Scalar(db, "SELECT count(*) FROM quotes"));

        using var reader = PostgresCorpusStore.Open(db, create: false);
        // The stories differ only in their number, so they are copies of one another: count them all.
        var results2 = reader.Queries.Search(new SearchQuery { Text = "budget", Limit = 3, AllCopies = true });
        Assert.Equal(120, results2.Total);
        Assert.Equal([new FacetCount("Associated Press", 80), new FacetCount("Reuters", 40)], results2.Facets.Agencies);
        Assert.Equal([new FacetCount("2019-03", 60), new FacetCount("2019-04", 60)], results2.Facets.Months);
        Assert.Equal(120, reader.Queries.Quotes(new QuoteQuery { Speaker = "Lopez", Limit = 500, AllCopies = true }).Count);
    }

    [SkippableFact]
    public void Workers_opening_a_new_database_at_once_create_the_schema_once()
    {
        var db = Database();
        Parallel.For(0, 6, new ParallelOptions { MaxDegreeOfParallelism = 6 }, _ =>
        {
            using var store = PostgresCorpusStore.Open(db, create: true);
        });
        Assert.Equal(PostgresSchema.CurrentVersion, cluster.Scalar(db, "SELECT version FROM schema_version"));
        Assert.Equal(1, cluster.Scalar(db, "SELECT count(*) FROM schema_version"));
    }

    [SkippableFact]
    public void Quotes_by_speaker_list_both_quotes_and_words_narrow_them()
    {
        using var store = Filled(Sessions(), TestArticles.Make("Budget talks\nLawmakers met on the budget.", "2017-09-01"));
        var quotes = store.Queries.Quotes(new QuoteQuery { Speaker = "peter simonson" });
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Peter Simonson", q.Speaker));
        Assert.All(quotes, q => Assert.Equal("Sessions targets sanctuary cities", q.Headline));
        Assert.All(quotes, q => Assert.Equal("2017-08-03", q.Date));
        Assert.Equal(2, store.Queries.Quotes(new QuoteQuery { Speaker = "Simonson" }).Count);
        var about = store.Queries.Quotes(new QuoteQuery { Speaker = "Simonson", About = "stunt" });
        Assert.Equal("This is a political stunt,", Assert.Single(about).Text);
        Assert.Empty(store.Queries.Quotes(new QuoteQuery { Speaker = "Simonson", From = new DateOnly(2018, 1, 1) }));
    }

    [SkippableFact]
    public void The_same_person_across_articles_is_one_corpus_entity_with_article_and_quote_counts()
    {
        using var store = Filled(Sessions(), TestArticles.Make("Sessions speaks\nJEFF SESSIONS spoke again. Sessions left.", "2017-08-04", entities: [("Jeff  Sessions", EntityLabel.PER, ["Sessions"])]));
        var people = store.Queries.Entities(EntityLabel.PER, 10);
        var sessions = Assert.Single(people, e => e.Name == "Jeff Sessions");
        Assert.Equal(2, sessions.Articles);
        Assert.Contains("Sessions", sessions.Aliases);
        var simonson = Assert.Single(people, e => e.Name == "Peter Simonson");
        Assert.Equal(2, simonson.Quotes);
        Assert.Equal(1, simonson.Articles);
        Assert.Single(store.Queries.FindEntities("sessions"));
        var days = store.Queries.Activity("Jeff Sessions");
        Assert.Equal([new DateOnly(2017, 8, 3), new DateOnly(2017, 8, 4)], days.Select(d => d.Day));
        Assert.Equal(2, store.Queries.Activity("Simonson").Single().Quotes);
    }

    [SkippableFact]
    public void Search_finds_by_words_and_filters_by_person_place_agency_and_dates()
    {
        using var store = Filled(Sessions(), Denver());
        Assert.Equal(2, store.Queries.Search(new SearchQuery { Text = "sanctuary" }).Total);
        var bySessions = store.Queries.Search(new SearchQuery { Text = "sanctuary", Person = "Jeff Sessions" });
        Assert.Equal("Sessions targets sanctuary cities", Assert.Single(bySessions.Hits).Headline);
        Assert.Single(store.Queries.Search(new SearchQuery { Text = "sanctuary", Person = "sessions" }).Hits);
        Assert.Single(store.Queries.Search(new SearchQuery { Text = "sanctuary", Place = "denver" }).Hits);
        Assert.Single(store.Queries.Search(new SearchQuery { Text = "sanctuary", Agency = "Reuters" }).Hits);
        Assert.Single(store.Queries.Search(new SearchQuery { Text = "sanctuary", Speaker = "Simonson" }).Hits);
        Assert.Single(store.Queries.Search(new SearchQuery { Text = "sanctuary", From = new DateOnly(2018, 1, 1) }).Hits);
        Assert.Single(store.Queries.Search(new SearchQuery { Text = "sanctuary", To = new DateOnly(2017, 12, 31) }).Hits);
        Assert.Empty(store.Queries.Search(new SearchQuery { Text = "sanctuary", Person = "Nobody Atall" }).Hits);
        Assert.Equal(2, store.Queries.Search(new SearchQuery { Text = "sanct*" }).Total);
        Assert.Equal(1, store.Queries.Search(new SearchQuery { Text = "\"sanctuary cities\"" }).Total);
        Assert.Equal(1, store.Queries.Search(new SearchQuery { Text = "sanctuary NOT denver" }).Total);
        Assert.Equal(2, store.Queries.Search(new SearchQuery { Text = "stunt OR denver" }).Total);
        Assert.Equal(1, store.Queries.Search(new SearchQuery { Text = "(stunt OR denver) AND albuquerque" }).Total);
        Assert.Equal(1, store.Queries.Search(new SearchQuery { Text = "headline: debate" }).Total);
        Assert.Equal(0, store.Queries.Search(new SearchQuery { Text = "headline: officials" }).Total);
        Assert.Equal(1, store.Queries.Search(new SearchQuery { Place = "Albuquerque" }).Total);
        Assert.Equal(2, store.Queries.Search(new SearchQuery { Agency = null, From = new DateOnly(2017, 1, 1) }).Total);
    }

    [SkippableFact]
    public void Ranking_prefers_the_headline_and_the_snippet_highlights_the_matched_words()
    {
        using var store = Filled(Sessions(), Denver());
        var results = store.Queries.Search(new SearchQuery { Text = "denver OR stunt" });
        Assert.Equal("Sanctuary debate in Denver", results.Hits[0].Headline);
        Assert.True(results.Hits[0].Score > results.Hits[1].Score);
        var hit = Assert.Single(store.Queries.Search(new SearchQuery { Text = "stunt" }).Hits);
        var range = Assert.Single(hit.Highlights);
        Assert.Equal("stunt", hit.Snippet[range.Start..range.End]);
    }

    [SkippableFact]
    public void Facets_count_all_matches_not_only_the_page_shown()
    {
        var documents = Enumerable.Range(0, 30).Select(i => TestArticles.Make(
            $"Budget story {i}\nThe budget vote number {i} was led by Maria Lopez in Madrid.",
            i < 20 ? "2019-03-04" : "2019-04-05",
            agency: i % 3 == 0 ? "Reuters" : "Associated Press",
            place: "Madrid",
            entities: [("Maria Lopez", EntityLabel.PER, []), ("Madrid", EntityLabel.LOC, [])])).ToArray();
        using var store = Filled(documents);
        var results = store.Queries.Search(new SearchQuery { Text = "budget", Limit = 5 });
        Assert.Equal(30, results.Total);
        Assert.Equal(5, results.Hits.Count);
        Assert.Equal(new FacetCount("Maria Lopez", 30), Assert.Single(results.Facets.People));
        Assert.Equal(new FacetCount("Madrid", 30), Assert.Single(results.Facets.Places));
        Assert.Equal([new FacetCount("Associated Press", 20), new FacetCount("Reuters", 10)], results.Facets.Agencies);
        Assert.Equal([new FacetCount("2019-03", 20), new FacetCount("2019-04", 10)], results.Facets.Months);
        Assert.Single(store.Queries.Search(new SearchQuery { Text = "budget", FacetLimit = 1 }).Facets.Agencies);
    }

    [SkippableFact]
    public void A_malformed_query_is_a_one_line_store_error()
    {
        using var store = Filled(Sessions());
        var error = Assert.Throws<StoreException>(() => store.Queries.Search(new SearchQuery { Text = "\"unclosed" }));
        Assert.StartsWith("invalid search query:", error.Message, StringComparison.Ordinal);
        Assert.Throws<StoreException>(() => store.Queries.Search(new SearchQuery { Text = "sanctuary AND" }));
        Assert.Throws<StoreException>(() => store.Queries.Quotes(new QuoteQuery { About = "(stunt" }));

        // Punctuation and quotes in words are values, never SQL.
        Assert.Equal(0, store.Queries.Search(new SearchQuery { Text = "\"x'); DROP TABLE articles; --\"" }).Total);
        Assert.Equal(0, store.Queries.Search(new SearchQuery { Text = "x';DROP" }).Total);
        Assert.Equal(1, store.Queries.Stats().Articles);
    }

    [SkippableFact]
    public void An_article_is_rebuilt_with_its_layers_and_exported()
    {
        var original = Sessions();
        using var store = Filled(original);
        var stored = store.Queries.Article("1") ?? store.Queries.Article(original.Id);
        Assert.NotNull(stored);
        var rebuilt = stored.Document;
        Assert.Equal(original.Text, rebuilt.Text);
        Assert.Equal(original.Id, store.Queries.Article(original.Id)!.Document.Id);
        Assert.Equal(original.Get(Layers.Mentions).ToArray(), rebuilt.Get(Layers.Mentions).ToArray());
        Assert.Equal(original.Get(Layers.Quotes).ToArray(), rebuilt.Get(Layers.Quotes).ToArray());
        Assert.Equal(original.Get(Layers.Times).ToArray(), rebuilt.Get(Layers.Times).ToArray());
        Assert.Equal(original.Get(Layers.Entities).Select(e => (e.Id, e.Label, e.Name)), rebuilt.Get(Layers.Entities).Select(e => (e.Id, e.Label, e.Name)));
        Assert.Equal(original.Get(Layers.Structure)!.Agency, rebuilt.Get(Layers.Structure)!.Agency);
        Assert.Null(store.Queries.Article("no-such-article"));

        var article = Assert.Single(store.Queries.ExportArticles());
        Assert.Equal("Sessions targets sanctuary cities", article.Headline);
        Assert.Equal(4, store.Queries.ExportEntities().Count());
        Assert.Equal(2, store.Queries.ExportQuotes().Count());
        Assert.Equal("Thursday", Assert.Single(store.Queries.ExportTimes()).Text);
    }

    [SkippableFact]
    public void Opening_refuses_a_newer_schema_another_applications_tables_and_an_empty_database_for_reading()
    {
        var db = Database();
        var error = Assert.Throws<StoreException>(() => PostgresCorpusStore.Open(db, create: false));
        Assert.Contains("holds no Dateline corpus", error.Message, StringComparison.Ordinal);

        using (PostgresCorpusStore.Open(db, create: true))
        {
        }

        cluster.Execute(db, "UPDATE schema_version SET version = version + 1");
        error = Assert.Throws<StoreException>(() => PostgresCorpusStore.Open(db, create: true));
        Assert.Contains("newer than this dateline understands", error.Message, StringComparison.Ordinal);

        var other = Database();
        cluster.Execute(other, "CREATE TABLE articles(x integer)");
        error = Assert.Throws<StoreException>(() => PostgresCorpusStore.Open(other, create: true));
        Assert.Contains("not a Dateline database", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Opening_a_missing_database_says_so_in_one_line()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        var error = Assert.Throws<StoreException>(() => PostgresCorpusStore.Open(cluster.ConnectionString("no_such_db"), create: true));
        Assert.Contains("database 'no_such_db' does not exist", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Connecting_where_no_server_listens_says_connection_refused()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var error = Assert.Throws<StoreException>(() => PostgresCorpusStore.Open($"postgres://someone@127.0.0.1:{port}/corpus", create: false));
        Assert.Contains("connection refused", error.Message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }

    private string Database()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return cluster.CreateDatabase();
    }

    private PostgresCorpusStore Filled(params Document[] documents)
    {
        var store = PostgresCorpusStore.Open(Database(), create: true);
        using var writer = store.OpenWriter();
        writer.Write(documents);
        return store;
    }

    private List<long> TableCounts(string db) =>
        [.. new[] { "articles", "mentions", "entities", "entity_aliases", "article_entities", "quotes", "times", "facet_values", "article_facets" }
            .Select(t => cluster.Scalar(db, $"SELECT count(*) FROM {t}"))];
}
