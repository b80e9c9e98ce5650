using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// What the stories of a batch's articles have already counted (docs/dedup.md, docs/store.md): the corpus
/// entities and the (speaker, quote text) pairs of their stored articles, extended as the batch's articles are
/// counted in id order. Reading it locks each story that already exists (an advisory lock held to commit, taken
/// in story order after the article inserts), so two workers adding copies of one stored story count them one
/// after the other instead of both missing the other's uncommitted articles.
/// </summary>
internal sealed class StoryCounts
{
    /// <summary>The advisory lock class of story locks ("DTLN", in the two-key space, apart from the migration lock).</summary>
    private const int LockClass = 0x44544C4E;

    private readonly Dictionary<long, long> _stories;
    private readonly HashSet<(long Story, EntityKey Entity)> _entities = [];
    private readonly HashSet<(long Story, EntityKey Speaker, string Content)> _quotes = [];

    private StoryCounts(Dictionary<long, long> stories) => _stories = stories;

    /// <summary>Reads what the stored articles of the batch's stories count; <paramref name="stories"/> maps each new article id to its story id.</summary>
    public static StoryCounts Read(NpgsqlConnection connection, NpgsqlTransaction transaction, Dictionary<long, long> stories)
    {
        var counts = new StoryCounts(stories);

        // A story whose first article is in this batch is new: no other transaction can see it yet.
        var stored = stories.Values.Where(s => !stories.ContainsKey(s)).Distinct().Order().ToArray();
        if (stored.Length == 0)
        {
            return counts;
        }

        using (var locks = PostgresCorpusStore.Command(
            connection,
            "SELECT pg_advisory_xact_lock($1, (s % 2147483647)::integer) FROM unnest($2::bigint[]) AS s",
            transaction,
            LockClass,
            stored))
        {
            locks.ExecuteNonQuery();
        }

        // Under read committed these statements see whatever a worker that held a story's lock committed.
        using (var entities = PostgresCorpusStore.Command(
            connection,
            "SELECT DISTINCT c.story_id, e.label, e.key FROM copies c JOIN article_entities ae ON ae.article_id = c.article_id JOIN entities e ON e.id = ae.entity_id WHERE c.story_id = ANY($1)",
            transaction,
            stored))
        using (var reader = entities.ExecuteReader())
        {
            while (reader.Read())
            {
                counts._entities.Add((reader.GetInt64(0), new EntityKey(reader.GetInt32(1), reader.GetString(2))));
            }
        }

        using (var quotes = PostgresCorpusStore.Command(
            connection,
            "SELECT DISTINCT c.story_id, e.label, e.key, q.content FROM copies c JOIN quotes q ON q.article_id = c.article_id JOIN entities e ON e.id = q.entity_id WHERE c.story_id = ANY($1)",
            transaction,
            stored))
        using (var reader = quotes.ExecuteReader())
        {
            while (reader.Read())
            {
                counts._quotes.Add((reader.GetInt64(0), new EntityKey(reader.GetInt32(1), reader.GetString(2)), reader.GetString(3)));
            }
        }

        return counts;
    }

    /// <summary>True when the article's story has not counted the entity yet (and now has).</summary>
    public bool AddEntity(long article, EntityKey entity) => _entities.Add((Story(article), entity));

    /// <summary>True when the article's story has not counted this speaker saying these words yet (and now has).</summary>
    public bool AddQuote(long article, EntityKey speaker, string content) => _quotes.Add((Story(article), speaker, content));

    private long Story(long article) => _stories.GetValueOrDefault(article, article);
}
