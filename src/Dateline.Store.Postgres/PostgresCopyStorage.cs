using System.Globalization;
using Dateline.Dedup;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// Copy storage in the PostgreSQL corpus (schema migration 2, as SQLite's migration 3): <c>copies</c> holds each
/// article's story and signature, <c>copy_buckets</c> maps LSH band keys and paragraph hashes to article ids.
/// Runs on the connection it is given, inside whatever transaction is open there. Bucket rows of the open
/// batch are kept in memory (and searched there too) and written in key order at <see cref="Flush"/>.
/// Another writer's uncommitted articles are not visible: two copies of one story stored at the same moment by
/// different workers may start two stories (see docs/store.md).
/// </summary>
internal sealed class PostgresCopyStorage : ICopyStorage
{
    private const string Select = "SELECT c.article_id, c.story_id, c.signature, a.date, a.headline, a.agency FROM copies c LEFT JOIN articles a ON a.id = c.article_id";

    private readonly NpgsqlConnection _connection;
    private readonly DedupOptions _options;
    private readonly Dictionary<ulong, List<long>> _pending = [];
    private readonly List<(long Key, long Article)> _pendingRows = [];

    public PostgresCopyStorage(NpgsqlConnection connection, DedupOptions options)
    {
        _connection = connection;
        _options = options;
    }

    /// <summary>Forgets rows pending from a transaction that was rolled back (or committed after <see cref="Flush"/>).</summary>
    public void Reset()
    {
        _pending.Clear();
        _pendingRows.Clear();
    }

    public void Add(CopyArticle article, string storyId, ReadOnlySpan<ulong> buckets)
    {
        ArgumentNullException.ThrowIfNull(article);
        var id = ParseId(article.Id);
        using (var insert = PostgresCorpusStore.Command(
            _connection,
            "INSERT INTO copies(article_id, story_id, signature) VALUES($1, $2, $3) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, signature = excluded.signature",
            null,
            id,
            ParseId(storyId),
            article.Signature.ToBytes()))
        {
            insert.ExecuteNonQuery();
        }

        foreach (var key in buckets)
        {
            if (!_pending.TryGetValue(key, out var ids))
            {
                _pending[key] = ids = [];
            }

            if (!ids.Contains(id))
            {
                ids.Add(id);
                _pendingRows.Add((unchecked((long)key), id));
            }
        }
    }

    /// <summary>Writes the pending bucket rows in key order; call before committing the transaction.</summary>
    public void Flush()
    {
        if (_pendingRows.Count > 0)
        {
            _pendingRows.Sort();
            using var insert = PostgresCorpusStore.Command(
                _connection,
                "INSERT INTO copy_buckets(key, article_id) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING",
                null,
                _pendingRows.Select(r => r.Key).ToArray(),
                _pendingRows.Select(r => r.Article).ToArray());
            insert.ExecuteNonQuery();
        }

        Reset();
    }

    public void CountCandidates(ReadOnlySpan<ulong> buckets, Dictionary<string, int> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var keys = new long[buckets.Length];
        for (var i = 0; i < buckets.Length; i++)
        {
            keys[i] = unchecked((long)buckets[i]);
        }

        using (var command = PostgresCorpusStore.Command(_connection, "SELECT article_id, count(*) FROM copy_buckets WHERE key = ANY($1) GROUP BY article_id", null, keys))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
                hits[id] = hits.GetValueOrDefault(id) + (int)reader.GetInt64(1);
            }
        }

        foreach (var key in buckets)
        {
            if (_pending.TryGetValue(key, out var ids))
            {
                foreach (var article in ids)
                {
                    var id = article.ToString(CultureInfo.InvariantCulture);
                    hits[id] = hits.GetValueOrDefault(id) + 1;
                }
            }
        }
    }

    public StoredCopy? Get(string id)
    {
        if (!long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var articleId))
        {
            return null;
        }

        using var command = PostgresCorpusStore.Command(_connection, Select + " WHERE c.article_id = $1", null, articleId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadCopy(reader) : null;
    }

    public IReadOnlyList<CopyArticle> Members(string storyId)
    {
        if (!long.TryParse(storyId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var story))
        {
            return [];
        }

        using var command = PostgresCorpusStore.Command(_connection, Select + " WHERE c.story_id = $1 ORDER BY c.article_id", null, story);
        using var reader = command.ExecuteReader();
        var members = new List<CopyArticle>();
        while (reader.Read())
        {
            members.Add(ReadCopy(reader).Article);
        }

        return members;
    }

    public bool Remove(string id)
    {
        Flush();
        if (Get(id) is not { } stored)
        {
            return false;
        }

        Span<ulong> keys = stackalloc ulong[BucketKeys.MaxCount(_options)];
        keys = keys[..BucketKeys.Write(stored.Article.Signature, _options, keys)];
        var values = new long[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            values[i] = unchecked((long)keys[i]);
        }

        var articleId = ParseId(id);
        using (var buckets = PostgresCorpusStore.Command(_connection, "DELETE FROM copy_buckets WHERE key = ANY($1) AND article_id = $2", null, values, articleId))
        {
            buckets.ExecuteNonQuery();
        }

        using var copy = PostgresCorpusStore.Command(_connection, "DELETE FROM copies WHERE article_id = $1", null, articleId);
        return copy.ExecuteNonQuery() > 0;
    }

    public IReadOnlyList<string> Stories(int minSize)
    {
        using var command = PostgresCorpusStore.Command(
            _connection,
            "SELECT story_id FROM copies GROUP BY story_id HAVING count(*) >= $1 ORDER BY count(*) DESC, story_id",
            null,
            Math.Max(1, minSize));
        using var reader = command.ExecuteReader();
        var stories = new List<string>();
        while (reader.Read())
        {
            stories.Add(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
        }

        return stories;
    }

    private static StoredCopy ReadCopy(NpgsqlDataReader reader)
    {
        var signature = CopySignature.FromBytes(reader.GetFieldValue<byte[]>(2));
        DateOnly? date = reader.IsDBNull(3) || !DateOnly.TryParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? null : day;
        var article = new CopyArticle(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture), signature)
        {
            Date = date,
            Title = reader.IsDBNull(4) ? null : reader.GetString(4),
            Outlet = reader.IsDBNull(5) ? null : reader.GetString(5),
        };
        return new StoredCopy(article, reader.GetInt64(1).ToString(CultureInfo.InvariantCulture));
    }

    private static long ParseId(string id) =>
        long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"store copy ids are integer article ids, not '{id}'", nameof(id));
}
