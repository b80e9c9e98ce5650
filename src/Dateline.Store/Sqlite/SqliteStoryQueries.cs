using System.Globalization;
using Dateline.Core.Annotations;
using Dateline.Store.Stories;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>Reads stories: the list (newest first, filtered) and one story with its articles and quotes.</summary>
internal sealed class SqliteStoryQueries(SqliteCorpusStore store)
{
    private const int TopNames = 5;
    private const int MaxQuotes = 200;

    public IReadOnlyList<StorySummary> Stories(StoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Run(connection =>
        {
            var where = new List<string> { "s.article_count >= $p0", "s.outlet_count >= $p1" };
            var parameters = new List<object?> { Math.Max(1, query.MinArticles), Math.Max(1, query.MinOutlets) };
            if (query.From is { } from)
            {
                parameters.Add(Day(from));
                where.Add($"s.last_date >= $p{parameters.Count - 1}");
            }

            if (query.To is { } to)
            {
                parameters.Add(Day(to));
                where.Add($"s.first_date <= $p{parameters.Count - 1}");
            }

            if (!string.IsNullOrWhiteSpace(query.Person))
            {
                var ids = SqliteCorpusQueries.ChosenIds(connection, query.Person);
                if (ids.Count == 0)
                {
                    return [];
                }

                parameters.Add(ids[0]);
                where.Add($"s.id IN (SELECT m.story_id FROM article_entities ae CROSS JOIN article_stories m ON m.article_id = ae.article_id WHERE ae.entity_id = $p{parameters.Count - 1})");
            }

            parameters.Add(Math.Clamp(query.Limit, 1, 10_000));
            var sql = $"SELECT s.id, s.headline, s.first_date, s.last_date, s.article_count FROM stories s WHERE {string.Join(" AND ", where)} ORDER BY s.last_date DESC, s.id DESC LIMIT $p{parameters.Count - 1}";
            var rows = Read(connection, sql, parameters, r => (Id: r.GetInt64(0), Headline: Text(r, 1), First: Text(r, 2), Last: Text(r, 3), Articles: r.GetInt32(4)));
            return rows.Select(row => Summary(connection, row.Id, row.Headline, row.First, row.Last, row.Articles)).ToList();
        });
    }

    public StoryDetail? Story(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Run(connection =>
        {
            if (Resolve(connection, id) is not { } storyId)
            {
                return null;
            }

            var row = Read(connection, "SELECT headline, first_date, last_date, article_count FROM stories WHERE id = $p0", [storyId], r => (Headline: Text(r, 0), First: Text(r, 1), Last: Text(r, 2), Articles: r.GetInt32(3))).Single();
            var summary = Summary(connection, storyId, row.Headline, row.First, row.Last, row.Articles);
            var articles = Read(
                connection,
                "SELECT a.id, a.doc_id, a.date, a.agency, a.headline, m.similarity FROM article_stories m CROSS JOIN articles a ON a.id = m.article_id WHERE m.story_id = $p0 ORDER BY coalesce(a.date, '9999'), a.id",
                [storyId],
                r => new StoryArticle(r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), r.GetDouble(5)));
            var quotes = Read(
                connection,
                """
                SELECT q.article_id, q.date, a.agency, coalesce(e.name, q.speaker_name), q.content
                FROM article_stories m CROSS JOIN quotes q ON q.article_id = m.article_id CROSS JOIN articles a ON a.id = m.article_id
                LEFT JOIN entities e ON e.id = q.entity_id
                WHERE m.story_id = $p0 AND (q.entity_id IS NOT NULL OR q.speaker_name IS NOT NULL)
                ORDER BY coalesce(a.date, '9999'), q.article_id, q.idx LIMIT $p1
                """,
                [storyId, MaxQuotes],
                r => new StoryQuote(r.GetInt64(0), Text(r, 1), Text(r, 2), Text(r, 3), r.GetString(4)));
            return new StoryDetail(summary, articles, quotes);
        });
    }

    public IReadOnlyList<long> ArticlesOf(long storyId, CancellationToken cancellationToken) =>
        Run(connection => Read(connection, "SELECT article_id FROM article_stories WHERE story_id = $p0 ORDER BY article_id", [storyId], r => r.GetInt64(0)));

    private static long? Resolve(SqliteConnection connection, string id)
    {
        if (long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            && Read(connection, "SELECT id FROM stories WHERE id = $p0", [number], r => r.GetInt64(0)).Count > 0)
        {
            return number;
        }

        // Else the story of an article (store id or document id).
        var byArticle = Read(connection, "SELECT m.story_id FROM article_stories m WHERE m.article_id = $p0", [number], r => r.GetInt64(0));
        if (byArticle.Count > 0)
        {
            return byArticle[0];
        }

        var byDocument = Read(connection, "SELECT m.story_id FROM articles a CROSS JOIN article_stories m ON m.article_id = a.id WHERE a.doc_id = $p0 LIMIT 1", [id], r => r.GetInt64(0));
        return byDocument.Count > 0 ? byDocument[0] : null;
    }

    private static StorySummary Summary(SqliteConnection connection, long id, string? headline, string? first, string? last, int articles)
    {
        var outlets = Read(
            connection,
            "SELECT DISTINCT a.agency FROM article_stories m CROSS JOIN articles a ON a.id = m.article_id WHERE m.story_id = $p0 AND a.agency IS NOT NULL ORDER BY a.agency",
            [id],
            r => r.GetString(0));
        var entities = Read(
            connection,
            """
            SELECT e.label, e.name, count(DISTINCT ae.article_id) n FROM article_stories m CROSS JOIN article_entities ae ON ae.article_id = m.article_id
            CROSS JOIN entities e ON e.id = ae.entity_id WHERE m.story_id = $p0 GROUP BY e.id ORDER BY n DESC, sum(ae.mention_count) DESC, e.name
            """,
            [id],
            r => (Label: (EntityLabel)r.GetInt32(0), Name: r.GetString(1), Count: r.GetInt32(2)));
        var speakers = Read(
            connection,
            """
            SELECT coalesce(e.name, q.speaker_name) speaker, count(*) n FROM article_stories m CROSS JOIN quotes q ON q.article_id = m.article_id
            LEFT JOIN entities e ON e.id = q.entity_id WHERE m.story_id = $p0 AND speaker IS NOT NULL GROUP BY speaker ORDER BY n DESC, speaker LIMIT $p1
            """,
            [id, TopNames],
            r => new NamedCount(r.GetString(0), r.GetInt32(1)));
        List<NamedCount> Top(EntityLabel label) => [.. entities.Where(e => e.Label == label).Take(TopNames).Select(e => new NamedCount(e.Name, e.Count))];
        return new StorySummary(id, headline, first, last, articles, outlets, Top(EntityLabel.PER), Top(EntityLabel.ORG), Top(EntityLabel.LOC), speakers);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static List<T> Read<T>(SqliteConnection connection, string sql, IReadOnlyList<object?> parameters, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Count; i++)
        {
            command.Parameters.AddWithValue("$p" + i.ToString(CultureInfo.InvariantCulture), parameters[i] ?? DBNull.Value);
        }

        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }

        return list;
    }

    private T Run<T>(Func<SqliteConnection, T> query)
    {
        try
        {
            using var connection = store.OpenConnection();
            return query(connection);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, store.Location);
        }
    }
}
