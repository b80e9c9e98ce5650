using System.Globalization;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Search;
using Dateline.Store.Queries;
using Dateline.Store.Tests;
using Npgsql;

namespace Dateline.Store.Postgres.Tests;

/// <summary>
/// Search over the in-memory snapshot on PostgreSQL: the same answers as computing everything on the server,
/// and never stale when other writers (other store instances, as on other machines) change the corpus.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchSnapshotTests(PostgresCluster cluster)
{
    private static readonly string[] Agencies = ["Reuters", "Associated Press", "Xinhua"];
    private static readonly string[] People = ["Maria Lopez", "Tom Becker", "Ana Ruiz"];
    private static readonly string[] Words = ["harbor", "tariff", "railway", "senate", "drought", "vaccine", "budget", "strike", "airport", "election", "currency", "pipeline"];

    /// <summary>A long text made of words picked by <paramref name="seed"/>, so different seeds are different stories.</summary>
    private static string Body(int seed)
    {
        var random = new Random(seed);
        var sentences = Enumerable.Range(0, 12).Select(s =>
            string.Join(' ', Enumerable.Range(0, 14).Select(_ => Words[random.Next(Words.Length)] + random.Next(40).ToString(CultureInfo.InvariantCulture))) + ".");
        return string.Join(' ', sentences);
    }

    /// <summary>60 articles: varied agencies, people, dates (some undated), and copies (the same body with a trailing line).</summary>
    private static List<Document> Corpus() =>
    [
        .. Enumerable.Range(0, 60).Select(i =>
        {
            var story = i % 45;
            var headline = i % 4 == 0 ? $"Budget talks {i}" : $"Harbor news {i}";
            var person = People[i % People.Length];
            var text = $"{headline}\n{person} spoke about the budget. {Body(story)}" + (i >= 45 ? " Copyright 2019 The wire. All rights reserved." : string.Empty);
            var date = i % 11 == 5 ? null : new DateOnly(2019, 1 + (i % 6), 1 + (i % 27)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return TestArticles.Make(text, date, agency: Agencies[i % Agencies.Length], entities: [(person, EntityLabel.PER, [])], id: $"doc-{i}");
        }),
    ];

    [SkippableFact]
    public void Search_answers_equal_a_computation_on_the_server_for_text_filters_dates_and_copies()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        using (var writer = store.OpenWriter())
        {
            // In batches with a search after each: the held snapshot catches up by each batch's articles (the last
            // batches are copies joining stored stories), and must end up as a full load would read it.
            foreach (var batch in Corpus().Chunk(12))
            {
                writer.Write(batch);
                store.Queries.Search(new SearchQuery { Text = "budget", Agency = "Reuters" });
            }
        }

        using var fresh = PostgresCorpusStore.Open(db, create: false);

        Assert.True(cluster.Scalar(db, "SELECT count(*) FROM (SELECT story_id FROM copies GROUP BY story_id HAVING count(*) > 1) s") > 0, "the corpus should hold copies");
        var cases = new (SearchQuery Query, string Condition, string? Text)[]
        {
            (new SearchQuery { Text = "budget" }, "TRUE", "budget"),
            (new SearchQuery { Text = "harbor" }, "TRUE", "harbor"),
            (new SearchQuery { Text = "budget", Agency = "Reuters" }, Facet(FacetKind.Agency, "reuters"), "budget"),
            (new SearchQuery { Agency = "Xinhua" }, Facet(FacetKind.Agency, "xinhua"), null),
            (new SearchQuery { Person = "Tom Becker", Agency = "Reuters" }, Facet(FacetKind.Person, "tom becker") + " AND " + Facet(FacetKind.Agency, "reuters"), null),
            (new SearchQuery(), "TRUE", null),
            (new SearchQuery { From = new DateOnly(2019, 3, 1), To = new DateOnly(2019, 5, 15) }, "a.date >= '2019-03-01' AND a.date <= '2019-05-15'", null),
            (new SearchQuery { Text = "spoke", From = new DateOnly(2019, 4, 1), Offset = 3, Limit = 5 }, "a.date >= '2019-04-01'", "spoke"),
            (new SearchQuery { Text = "spoke", AllCopies = true, Limit = 100 }, "TRUE", "spoke"),
            (new SearchQuery { AllCopies = true, Offset = 50, Limit = 20 }, "TRUE", null),
        };
        foreach (var (query, condition, text) in cases)
        {
            var expected = Reference(db, query, condition, text);
            foreach (var searched in new[] { store, fresh })
            {
                var actual = searched.Queries.Search(query with { FacetLimit = 100 });
                Assert.Equal(expected.Total, actual.Total);
                Assert.Equal(expected.Page, actual.Hits.Select(h => h.Id).ToList());
                Assert.Equal(expected.Agencies, actual.Facets.Agencies);
                Assert.Equal(expected.People, actual.Facets.People);
                Assert.Equal(expected.Months, actual.Facets.Months);
            }
        }
    }

    [SkippableFact]
    public void A_second_writers_article_is_visible_to_the_next_search_with_its_facets()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        using (var writer = store.OpenWriter())
        {
            writer.Write([.. Corpus().Take(20)]);
        }

        var before = store.Queries.Search(new SearchQuery());
        Assert.Equal(20, before.Total);
        Assert.Equal(0, store.Queries.Search(new SearchQuery { Agency = "Agence France-Presse" }).Total);

        // Another store instance (another machine, as far as this one can tell) writes one article.
        using (var other = PostgresCorpusStore.Open(db, create: false))
        using (var writer = other.OpenWriter())
        {
            writer.Write([TestArticles.Make("Harbor closes\nJean Dupont said the harbor closes for a week.", "2019-12-30", agency: "Agence France-Presse", entities: [("Jean Dupont", EntityLabel.PER, [])])]);
        }

        var after = store.Queries.Search(new SearchQuery { FacetLimit = 100 });
        Assert.Equal(21, after.Total);
        Assert.Equal("Harbor closes", after.Hits[0].Headline);
        Assert.Contains(new FacetCount("Agence France-Presse", 1), after.Facets.Agencies);
        Assert.Contains(new FacetCount("Jean Dupont", 1), after.Facets.People);
        Assert.Contains(new FacetCount("2019-12", 1), after.Facets.Months);
        var filtered = store.Queries.Search(new SearchQuery { Agency = "Agence France-Presse" });
        Assert.Equal("Harbor closes", Assert.Single(filtered.Hits).Headline);
        Assert.Equal(1, store.Queries.Search(new SearchQuery { Text = "closes", Person = "Jean Dupont" }).Total);
    }

    [SkippableFact]
    public void Searches_running_while_two_writers_commit_end_with_what_a_fresh_store_sees()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        var documents = Corpus();
        var halves = new[] { documents.Where((_, i) => i % 2 == 0).ToList(), documents.Where((_, i) => i % 2 == 1).ToList() };
        var writing = 2;
        var totals = new List<int>();
        Parallel.For(0, 3, new ParallelOptions { MaxDegreeOfParallelism = 3 }, worker =>
        {
            if (worker < 2)
            {
                using var other = PostgresCorpusStore.Open(db, create: true);
                using var writer = other.OpenWriter();
                foreach (var batch in halves[worker].Chunk(5))
                {
                    writer.Write(batch);
                }

                Interlocked.Decrement(ref writing);
                return;
            }

            // Every search sees a committed state: the total never goes down while articles are only added.
            while (Volatile.Read(ref writing) > 0)
            {
                totals.Add(store.Queries.Search(new SearchQuery { AllCopies = true, Limit = 1 }).Total);
            }
        });

        Assert.Equal(totals.Order(), totals);
        using var fresh = PostgresCorpusStore.Open(db, create: false);
        foreach (var query in new[] { new SearchQuery { FacetLimit = 100 }, new SearchQuery { Text = "budget", FacetLimit = 100 }, new SearchQuery { Agency = "Reuters", AllCopies = true } })
        {
            var held = store.Queries.Search(query);
            var expected = fresh.Queries.Search(query);
            Assert.Equal(expected.Total, held.Total);
            Assert.Equal(expected.Hits.Select(h => h.Id), held.Hits.Select(h => h.Id));
            Assert.Equal(expected.Facets.People, held.Facets.People);
            Assert.Equal(expected.Facets.Agencies, held.Facets.Agencies);
            Assert.Equal(expected.Facets.Months, held.Facets.Months);
        }

        Assert.Equal(60, fresh.Queries.Search(new SearchQuery { AllCopies = true }).Total);
    }

    [SkippableFact]
    public void Every_write_and_copy_removal_bumps_the_store_version_and_search_follows_it()
    {
        var db = Database();
        using var store = PostgresCorpusStore.Open(db, create: true);
        var start = cluster.Scalar(db, "SELECT version FROM store_version");
        using (var writer = store.OpenWriter())
        {
            writer.Write([.. Corpus().Take(4), .. Corpus().Skip(48).Take(1)]);
            var afterWrite = cluster.Scalar(db, "SELECT version FROM store_version");
            Assert.Equal(start + 1, afterWrite);
            Assert.Equal(5, cluster.Scalar(db, $"SELECT cardinality(articles) FROM store_changes WHERE version = {afterWrite}"));

            // A batch that stores nothing new changes nothing a search sees.
            writer.Write([.. Corpus().Take(4)]);
            Assert.Equal(afterWrite, cluster.Scalar(db, "SELECT version FROM store_version"));
        }

        // Reuters: doc-0, doc-3 and doc-48, a copy of doc-3's story (48 % 45 = 3), collapsed until it leaves its story.
        Assert.Equal(2, store.Queries.Search(new SearchQuery { Agency = "Reuters" }).Total);
        Assert.Equal(3, store.Queries.Search(new SearchQuery { Agency = "Reuters", AllCopies = true }).Total);
        var version = cluster.Scalar(db, "SELECT version FROM store_version");
        var copyId = cluster.Scalar(db, "SELECT id FROM articles WHERE doc_id = 'doc-48'");
        using (var index = PostgresCopyIndex.Open(store))
        {
            Assert.True(index.Remove(copyId.ToString(CultureInfo.InvariantCulture)));
        }

        Assert.True(cluster.Scalar(db, "SELECT version FROM store_version") > version);
        var separated = store.Queries.Search(new SearchQuery { Agency = "Reuters" });
        Assert.Equal(3, separated.Total);
        Assert.Equal([new FacetCount("Reuters", 3)], separated.Facets.Agencies);
    }

    private static string Facet(FacetKind kind, string key) => string.Create(
        CultureInfo.InvariantCulture,
        $"a.id IN (SELECT f.article_id FROM article_facets f JOIN facet_values v ON v.id = f.facet_id WHERE v.kind = {(int)kind} AND v.key = '{key}')");

    /// <summary>The answer computed on the server alone, as search did before the snapshot: matches, copies collapsed to the smallest id, ordered, counted.</summary>
    private static (int Total, List<long> Page, List<FacetCount> Agencies, List<FacetCount> People, List<FacetCount> Months) Reference(string db, SearchQuery query, string condition, string? text)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        var match = text is null ? "TRUE" : "a.fts @@ to_tsquery('simple', $1)";
        var rank = text is null ? "0::real" : "ts_rank('{0.1, 0.2, 0.25, 1.0}'::real[], a.fts, to_tsquery('simple', $1))";
        var collapse = query.AllCopies ? "TRUE" : "NOT EXISTS (SELECT 1 FROM m n WHERE n.story = m.story AND n.id < m.id)";
        var order = text is null ? "date IS NULL, date DESC, id DESC" : "rank DESC, id";
        var with = $"""
            WITH m AS (SELECT a.id, a.date, coalesce(c.story_id, -a.id) AS story, {rank} AS rank FROM articles a LEFT JOIN copies c ON c.article_id = a.id WHERE {match} AND {condition}),
            k AS (SELECT * FROM m WHERE {collapse})
            """;
        List<T> Read<T>(string sql, Func<NpgsqlDataReader, T> map)
        {
            using var command = new NpgsqlCommand(sql, connection);
            if (text is not null)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = text });
            }

            using var reader = command.ExecuteReader();
            var list = new List<T>();
            while (reader.Read())
            {
                list.Add(map(reader));
            }

            return list;
        }

        var ordered = Read($"{with} SELECT id FROM k ORDER BY {order}", r => r.GetInt64(0));
        List<FacetCount> Facets(FacetKind kind, bool byValue) => Read(
            $"{with} SELECT v.value, count(*) AS n FROM k JOIN article_facets f ON f.article_id = k.id JOIN facet_values v ON v.id = f.facet_id WHERE v.kind = {(int)kind} GROUP BY v.value ORDER BY {(byValue ? "v.value COLLATE \"C\"" : "n DESC, v.value COLLATE \"C\"")}",
            r => new FacetCount(r.GetString(0), (int)r.GetInt64(1)));
        return (
            ordered.Count,
            [.. ordered.Skip(query.Offset).Take(query.Limit)],
            ordered.Count == 0 ? [] : Facets(FacetKind.Agency, false),
            ordered.Count == 0 ? [] : Facets(FacetKind.Person, false),
            ordered.Count == 0 ? [] : Facets(FacetKind.Month, true));
    }

    private string Database()
    {
        Skip.If(cluster.Unavailable is not null, cluster.Unavailable);
        return cluster.CreateDatabase();
    }
}
