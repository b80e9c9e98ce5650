using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Pipeline;
using Dateline.Search;
using Dateline.Store.Ingest;
using Dateline.Store.Queries;
using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests;

public sealed class SqliteCorpusStoreTests
{
    private static readonly (string, EntityLabel, string[])[] SessionsEntities =
    [
        ("Jeff Sessions", EntityLabel.PER, ["Sessions"]),
        ("Peter Simonson", EntityLabel.PER, ["Simonson"]),
        ("American Civil Liberties Union", EntityLabel.ORG, ["ACLU"]),
        ("Albuquerque", EntityLabel.LOC, []),
    ];

    private static Document Sessions(string date = "2017-08-03") => TestArticles.Make(
        "Sessions targets sanctuary cities\nALBUQUERQUE, N.M. (AP) — Attorney General Jeff Sessions said Thursday that sanctuary cities face cuts. " +
        "\"This is a political stunt,\" said Peter Simonson of the American Civil Liberties Union. The ACLU objected. " +
        "\"Albuquerque is not a sanctuary city,\" Simonson said.",
        date,
        agency: "Associated Press",
        place: "Albuquerque",
        entities: SessionsEntities,
        quotes: [("Peter Simonson", "This is a political stunt,"), ("Simonson", "Albuquerque is not a sanctuary city,")]);

    [Fact]
    public void A_document_written_twice_is_stored_once()
    {
        using var temp = new TempStore();
        using (var store = temp.Create())
        using (var writer = store.OpenWriter())
        {
            var document = Sessions();
            var copy = new Document("other-id", document.Text, new DocumentSource("copy.txt", "text", 0, 1));
            Assert.Equal(new WriteResult(1, 1), writer.Write([document, copy]));
            Assert.Equal(new WriteResult(0, 1), writer.Write([document]));
            Assert.True(writer.Contains(ContentHash.Of(document.Text)));
        }

        Assert.Equal(1, temp.Scalar("SELECT count(*) FROM articles"));
        Assert.Equal(2, temp.Scalar("SELECT count(*) FROM quotes"));
        Assert.Equal(1, temp.Scalar("SELECT article_count FROM entities WHERE key = 'jeff sessions'"));
    }

    [Fact]
    public void Quotes_by_speaker_list_both_quotes_with_article_headline_and_date()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write([Sessions(), TestArticles.Make("Budget talks\nLawmakers met on the budget.", "2017-09-01")]);
        }

        var quotes = store.Queries.Quotes(new QuoteQuery { Speaker = "peter simonson" });
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Peter Simonson", q.Speaker));
        Assert.All(quotes, q => Assert.Equal("Sessions targets sanctuary cities", q.Headline));
        Assert.All(quotes, q => Assert.Equal("2017-08-03", q.Date));
        Assert.Contains(quotes, q => q.Text == "Albuquerque is not a sanctuary city,");

        // An alias finds the same speaker; words narrow the quotes.
        Assert.Equal(2, store.Queries.Quotes(new QuoteQuery { Speaker = "Simonson" }).Count);
        var about = store.Queries.Quotes(new QuoteQuery { Speaker = "Simonson", About = "stunt" });
        Assert.Equal("This is a political stunt,", Assert.Single(about).Text);
    }

    [Fact]
    public void Quotes_are_listed_newest_first()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            var later = TestArticles.Make(Sessions().Text + " More.", "2018-01-05", "Associated Press", "Albuquerque", SessionsEntities, [("Simonson", "Albuquerque is not a sanctuary city,")]);
            writer.Write([Sessions("2017-08-03"), later]);
        }

        var quotes = store.Queries.Quotes(new QuoteQuery { Speaker = "Simonson", AllCopies = true });
        Assert.Equal(3, quotes.Count);
        Assert.Equal("2018-01-05", quotes[0].Date);
        Assert.Equal(quotes.Select(q => q.Date).OrderByDescending(d => d, StringComparer.Ordinal), quotes.Select(q => q.Date));
    }

    [Fact]
    public void The_same_person_across_articles_is_one_corpus_entity_with_article_and_quote_counts()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write([Sessions(), TestArticles.Make("Sessions speaks\nJEFF SESSIONS spoke again. Sessions left.", "2017-08-04", entities: [("Jeff  Sessions", EntityLabel.PER, ["Sessions"])])]);
        }

        var people = store.Queries.Entities(EntityLabel.PER, 10);
        var sessions = Assert.Single(people, e => e.Name == "Jeff Sessions");
        Assert.Equal(2, sessions.Articles);
        Assert.Contains("Sessions", sessions.Aliases);
        var simonson = Assert.Single(people, e => e.Name == "Peter Simonson");
        Assert.Equal(2, simonson.Quotes);
        Assert.Equal(1, simonson.Articles);
        Assert.Single(store.Queries.FindEntities("sessions"));
    }

    [Fact]
    public void Search_finds_by_words_and_filters_by_person_place_agency_and_dates()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write([Sessions(), TestArticles.Make("Sanctuary debate in Denver\nDenver officials discussed sanctuary rules.", "2018-02-01", agency: "Reuters", place: "Denver")]);
        }

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
        Assert.Equal(1, store.Queries.Search(new SearchQuery { Place = "Albuquerque" }).Total);
    }

    [Fact]
    public void Search_highlights_the_matched_words_in_the_snippet()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write([Sessions()]);
        }

        var hit = Assert.Single(store.Queries.Search(new SearchQuery { Text = "stunt" }).Hits);
        var range = Assert.Single(hit.Highlights);
        Assert.Equal("stunt", hit.Snippet[range.Start..range.End]);
    }

    [Fact]
    public void Facets_count_all_matches_not_only_the_page_shown()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            var documents = Enumerable.Range(0, 30).Select(i => TestArticles.Make(
                $"Budget story {i}\nThe budget vote number {i} was led by Maria Lopez in Madrid.",
                i < 20 ? "2019-03-04" : "2019-04-05",
                agency: i % 3 == 0 ? "Reuters" : "Associated Press",
                place: "Madrid",
                entities: [("Maria Lopez", EntityLabel.PER, []), ("Madrid", EntityLabel.LOC, [])])).ToList();
            writer.Write(documents);
        }

        var results = store.Queries.Search(new SearchQuery { Text = "budget", Limit = 5 });
        Assert.Equal(30, results.Total);
        Assert.Equal(5, results.Hits.Count);
        Assert.Equal(new FacetCount("Maria Lopez", 30), Assert.Single(results.Facets.People));
        Assert.Equal(new FacetCount("Madrid", 30), Assert.Single(results.Facets.Places));
        Assert.Equal([new FacetCount("Associated Press", 20), new FacetCount("Reuters", 10)], results.Facets.Agencies);
        Assert.Equal([new FacetCount("2019-03", 20), new FacetCount("2019-04", 10)], results.Facets.Months);
    }

    [Fact]
    public void Opening_a_version_1_database_migrates_it_and_keeps_facet_counts()
    {
        using var temp = new TempStore();
        using (var store = temp.Create())
        using (var writer = store.OpenWriter())
        {
            writer.Write([Sessions(), TestArticles.Make("Sanctuary debate in Denver\nDenver officials discussed sanctuary rules.", "2018-02-01", agency: "Reuters", place: "Denver")]);
        }

        using (var connection = new SqliteConnection($"Data Source={temp.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = TempStore.UndoStoriesSql + TempStore.UndoLinkingSql + "DROP TABLE article_facet_sets; DROP TABLE copies; DROP TABLE copy_buckets; PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        using var reopened = temp.OpenReadOnly();
        Assert.Equal(SqliteSchema.CurrentVersion, temp.Scalar("PRAGMA user_version"));
        var facets = reopened.Queries.Search(new SearchQuery { Text = "sanctuary" }).Facets;
        Assert.Equal([new FacetCount("Albuquerque", 1), new FacetCount("Denver", 1)], facets.Places);
        Assert.Equal([new FacetCount("Associated Press", 1), new FacetCount("Reuters", 1)], facets.Agencies);
        Assert.Equal(2, facets.People.Count);
    }

    [Theory]
    [InlineData("\"unterminated")]
    [InlineData("budget AND")]
    [InlineData("(budget")]
    public void A_malformed_search_query_gives_a_clear_error(string query)
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        using (var writer = store.OpenWriter())
        {
            writer.Write([Sessions()]);
        }

        var error = Assert.Throws<StoreException>(() => store.Queries.Search(new SearchQuery { Text = query }));
        Assert.StartsWith("invalid search query:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        Assert.Throws<StoreException>(() => store.Queries.Quotes(new QuoteQuery { About = query }));
    }

    [Fact]
    public void A_database_from_a_newer_schema_version_is_refused_and_left_unchanged()
    {
        using var temp = new TempStore();
        using (var store = temp.Create())
        {
        }

        using (var connection = new SqliteConnection($"Data Source={temp.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => SqliteCorpusStore.Open(temp.DatabasePath, create: true));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Equal(99, temp.Scalar("PRAGMA user_version"));
        Assert.Throws<StoreException>(() => SqliteCorpusStore.Open(temp.DatabasePath, create: false));
    }

    [Fact]
    public void A_file_that_is_not_a_dateline_database_is_refused()
    {
        using var temp = new TempStore();
        var text = Path.Combine(temp.Folder, "notes.db");
        File.WriteAllText(text, "these are not the pages of a database, just some text long enough to fill a header......................................");
        var error = Assert.Throws<StoreException>(() => SqliteCorpusStore.Open(text, create: true));
        Assert.Contains("not a Dateline database", error.Message, StringComparison.Ordinal);

        var other = Path.Combine(temp.Folder, "other.db");
        using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t(x)";
            command.ExecuteNonQuery();
        }

        Assert.Contains("not a Dateline database", Assert.Throws<StoreException>(() => SqliteCorpusStore.Open(other, create: true)).Message, StringComparison.Ordinal);
        Assert.Contains("no database", Assert.Throws<StoreException>(() => SqliteCorpusStore.Open(Path.Combine(temp.Folder, "missing.db"), create: false)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_article_is_rebuilt_with_its_layers()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        var original = Sessions();
        using (var writer = store.OpenWriter())
        {
            writer.Write([original]);
        }

        var stored = store.Queries.Article(original.Id);
        Assert.NotNull(stored);
        Assert.Equal(stored.Document.Id, store.Queries.Article(stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Document.Id);
        var rebuilt = stored.Document;
        Assert.Equal(original.Text, rebuilt.Text);
        Assert.Equal(original.Metadata.Date, rebuilt.Metadata.Date);
        var before = original.Get(Layers.Structure)!;
        var after = rebuilt.Get(Layers.Structure)!;
        Assert.Equal(before.Headline, after.Headline);
        Assert.Equal(before.Agency, after.Agency);
        Assert.Equal(before.Dateline, after.Dateline);
        Assert.Equal(before.Paragraphs.ToArray(), after.Paragraphs.ToArray());
        Assert.Equal(original.Get(Layers.Mentions).ToArray(), rebuilt.Get(Layers.Mentions).ToArray());
        Assert.Equal(original.Get(Layers.Quotes).ToArray(), rebuilt.Get(Layers.Quotes).ToArray());
        Assert.Equal(original.Get(Layers.Times).ToArray(), rebuilt.Get(Layers.Times).ToArray());
        var entities = rebuilt.Get(Layers.Entities);
        Assert.Equal(original.Get(Layers.Entities).Select(e => (e.Id, e.Label, e.Name)), entities.Select(e => (e.Id, e.Label, e.Name)));
        Assert.Equal(original.Get(Layers.Entities).SelectMany(e => e.Mentions), entities.SelectMany(e => e.Mentions));
        Assert.Null(store.Queries.Article("no-such-article"));
    }

    [Fact]
    public void The_ingester_skips_stored_documents_before_analysing_them()
    {
        using var temp = new TempStore();
        using var store = temp.Create();
        var counter = new CountingStage();
        var pipeline = new PipelineBuilder().Add(counter).Build();
        var documents = Enumerable.Range(0, 50).Select(i => new Document($"d{i}", $"Story number {i} about the budget.", new DocumentSource("x", "text", i, 1))).ToList();
        using (var writer = store.OpenWriter())
        {
            var first = new CorpusIngester(pipeline, writer) { BatchSize = 7, Parallelism = 2 }.Run(documents.Take(30));
            Assert.Equal(30, first.Stored);
            var second = new CorpusIngester(pipeline, writer) { BatchSize = 7, Parallelism = 2 }.Run(documents.Concat(documents.Take(5)));
            Assert.Equal(55, second.Read);
            Assert.Equal(20, second.Stored);
            Assert.Equal(35, second.Duplicates);
        }

        Assert.Equal(50, counter.Count);
        Assert.Equal(50, temp.Scalar("SELECT count(*) FROM articles"));
    }

    private sealed class CountingStage : IDocumentStage
    {
        private int _count;

        public int Count => _count;

        public string Name => "count";

        public StageInfo Info { get; } = StageInfo.Create([], []);

        public Document Process(Document document, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return document;
        }
    }
}
