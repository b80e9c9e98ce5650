using System.Data.Common;
using System.Globalization;
using Dateline.Core.Annotations;

namespace Dateline.Store.Stories;

/// <summary>
/// The stories of a store, the same for SQLite and PostgreSQL (portable SQL: named parameters, joins both accept):
/// the list (newest first, filtered), one story with its articles and quotes, and <see cref="Rebuild"/>. The backend
/// gives its connections, resolves a person to an entity id, translates its errors, and may name a statement that
/// locks the story tables for a rebuild.
/// </summary>
/// <param name="open">A read connection.</param>
/// <param name="openWrite">A connection to rebuild on.</param>
/// <param name="person">The corpus entity a name chooses, if any.</param>
/// <param name="translate">The store's error for a backend exception; <c>null</c> for exceptions that are not the store's.</param>
/// <param name="rebuildLock">Run first in the rebuild's transaction (PostgreSQL: writers wait instead of interleaving).</param>
internal sealed class StoryStore(
    Func<DbConnection> open,
    Func<DbConnection> openWrite,
    Func<DbConnection, string, long?> person,
    Func<Exception, Exception?> translate,
    string? rebuildLock = null) : IStoryStore
{
    private const int TopNames = 5;
    private const int MaxQuotes = 200;

    public IReadOnlyList<StorySummary> Stories(StoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Run(connection =>
        {
            var where = new List<string> { "s.article_count >= @p0", "s.outlet_count >= @p1" };
            var parameters = new List<object?> { Math.Max(1, query.MinArticles), Math.Max(1, query.MinOutlets) };
            if (query.From is { } from)
            {
                parameters.Add(Day(from));
                where.Add($"s.last_date >= @p{parameters.Count - 1}");
            }

            if (query.To is { } to)
            {
                parameters.Add(Day(to));
                where.Add($"s.first_date <= @p{parameters.Count - 1}");
            }

            if (!string.IsNullOrWhiteSpace(query.Person))
            {
                if (person(connection, query.Person) is not { } entity)
                {
                    return [];
                }

                parameters.Add(entity);
                where.Add($"s.id IN (SELECT m.story_id FROM article_entities ae JOIN article_stories m ON m.article_id = ae.article_id WHERE ae.entity_id = @p{parameters.Count - 1})");
            }

            parameters.Add(Math.Clamp(query.Limit, 1, 10_000));
            var sql = $"SELECT s.id, s.headline, s.first_date, s.last_date, s.article_count FROM stories s WHERE {string.Join(" AND ", where)} ORDER BY s.last_date DESC, s.id DESC LIMIT @p{parameters.Count - 1}";
            var rows = Read(connection, sql, parameters, r => (Id: r.GetInt64(0), Headline: Text(r, 1), First: Text(r, 2), Last: Text(r, 3), Articles: Int(r, 4)));
            return rows.Select(row => Summary(connection, row.Id, row.Headline, row.First, row.Last, row.Articles)).ToList();
        });
    }

    public StoryDetail? Story(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Run(connection =>
        {
            if (Resolve(connection, id) is not { } storyId)
            {
                return null;
            }

            var row = Read(connection, "SELECT headline, first_date, last_date, article_count FROM stories WHERE id = @p0", [storyId], r => (Headline: Text(r, 0), First: Text(r, 1), Last: Text(r, 2), Articles: Int(r, 3))).Single();
            var summary = Summary(connection, storyId, row.Headline, row.First, row.Last, row.Articles);
            var articles = Read(
                connection,
                "SELECT a.id, a.doc_id, a.date, a.agency, a.headline, m.similarity FROM article_stories m JOIN articles a ON a.id = m.article_id WHERE m.story_id = @p0 ORDER BY coalesce(a.date, '9999'), a.id",
                [storyId],
                r => new StoryArticle(r.GetInt64(0), r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), r.GetDouble(5)));
            var quotes = Read(
                connection,
                """
                SELECT q.article_id, q.date, a.agency, coalesce(e.name, q.speaker_name), q.content
                FROM article_stories m JOIN quotes q ON q.article_id = m.article_id JOIN articles a ON a.id = m.article_id
                LEFT JOIN entities e ON e.id = q.entity_id
                WHERE m.story_id = @p0 AND (q.entity_id IS NOT NULL OR q.speaker_name IS NOT NULL)
                ORDER BY coalesce(a.date, '9999'), q.article_id, q.idx LIMIT @p1
                """,
                [storyId, MaxQuotes],
                r => new StoryQuote(r.GetInt64(0), Text(r, 1), Text(r, 2), Text(r, 3), r.GetString(4)));
            return new StoryDetail(summary, articles, quotes);
        });
    }

    public IReadOnlyList<long> ArticlesOf(long storyId, CancellationToken cancellationToken = default) =>
        Run(connection => Read(connection, "SELECT article_id FROM article_stories WHERE story_id = @p0 ORDER BY article_id", [storyId], r => r.GetInt64(0)));

    public StoryRebuild Rebuild(CancellationToken cancellationToken = default) =>
        Run(
            connection =>
            {
                using var transaction = connection.BeginTransaction();
                return StoryRebuilder.Run(connection, transaction, cancellationToken, rebuildLock);
            },
            openWrite);

    private static long? Resolve(DbConnection connection, string id)
    {
        if (long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            && Read(connection, "SELECT id FROM stories WHERE id = @p0", [number], r => r.GetInt64(0)).Count > 0)
        {
            return number;
        }

        // Else the story of an article (store id or document id).
        var byArticle = Read(connection, "SELECT m.story_id FROM article_stories m WHERE m.article_id = @p0", [number], r => r.GetInt64(0));
        if (byArticle.Count > 0)
        {
            return byArticle[0];
        }

        var byDocument = Read(connection, "SELECT m.story_id FROM articles a JOIN article_stories m ON m.article_id = a.id WHERE a.doc_id = @p0 LIMIT 1", [id], r => r.GetInt64(0));
        return byDocument.Count > 0 ? byDocument[0] : null;
    }

    private static StorySummary Summary(DbConnection connection, long id, string? headline, string? first, string? last, int articles)
    {
        var outlets = Read(
            connection,
            "SELECT DISTINCT a.agency FROM article_stories m JOIN articles a ON a.id = m.article_id WHERE m.story_id = @p0 AND a.agency IS NOT NULL ORDER BY a.agency",
            [id],
            r => r.GetString(0));
        var entities = Read(
            connection,
            """
            SELECT e.label, e.name, count(DISTINCT ae.article_id) n FROM article_stories m JOIN article_entities ae ON ae.article_id = m.article_id
            JOIN entities e ON e.id = ae.entity_id WHERE m.story_id = @p0 GROUP BY e.id ORDER BY n DESC, sum(ae.mention_count) DESC, e.name
            """,
            [id],
            r => (Label: (EntityLabel)Int(r, 0), Name: r.GetString(1), Count: Int(r, 2)));
        var speakers = Read(
            connection,
            """
            SELECT coalesce(e.name, q.speaker_name) speaker, count(*) n FROM article_stories m JOIN quotes q ON q.article_id = m.article_id
            LEFT JOIN entities e ON e.id = q.entity_id WHERE m.story_id = @p0 AND coalesce(e.name, q.speaker_name) IS NOT NULL GROUP BY speaker ORDER BY n DESC, speaker LIMIT @p1
            """,
            [id, TopNames],
            r => new NamedCount(r.GetString(0), Int(r, 1)));
        List<NamedCount> Top(EntityLabel label) => [.. entities.Where(e => e.Label == label).Take(TopNames).Select(e => new NamedCount(e.Name, e.Count))];
        return new StorySummary(id, headline, first, last, articles, outlets, Top(EntityLabel.PER), Top(EntityLabel.ORG), Top(EntityLabel.LOC), speakers);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static List<T> Read<T>(DbConnection connection, string sql, IReadOnlyList<object?> parameters, Func<DbDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Count; i++)
        {
            StoryIndex.AddParameter(command, i, parameters[i]);
        }

        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }

        return list;
    }

    /// <summary>A count or integer column (PostgreSQL counts are bigint).</summary>
    private static int Int(DbDataReader reader, int column) => Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);

    private T Run<T>(Func<DbConnection, T> query, Func<DbConnection>? connect = null)
    {
        try
        {
            using var connection = (connect ?? open)();
            return query(connection);
        }
        catch (Exception ex) when (translate(ex) is { } translated)
        {
            throw translated;
        }
    }
}
