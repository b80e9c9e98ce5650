using System.Globalization;
using Dateline.Dedup;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// Copy storage in the corpus database (schema migration 2): <c>copies</c> holds each article's story
/// and signature, <c>copy_buckets</c> maps LSH band keys and paragraph hashes to article ids, so the copy
/// index needs no memory beyond the batch being written. Article ids are the store's integer ids (as
/// text). Runs on a connection it is given, inside the caller's transaction (<see cref="Transaction"/>).
/// </summary>
internal sealed class SqliteCopyStorage : ICopyStorage, IDisposable
{
    private const string Select = "SELECT c.article_id, c.story_id, c.signature, a.date, a.headline, a.agency FROM copies c LEFT JOIN articles a ON a.id = c.article_id";

    private readonly DedupOptions _options;
    private readonly SqliteCommand _insertCopy;
    private readonly SqliteCommand _insertBucket;
    private readonly SqliteCommand _candidates;
    private readonly SqliteCommand _get;
    private readonly SqliteCommand _members;
    private readonly SqliteCommand _deleteBucket;
    private readonly SqliteCommand _deleteCopy;
    private readonly SqliteCommand _stories;
    private readonly SqliteCommand[] _commands;
    private readonly int _maxKeys;

    public SqliteCopyStorage(SqliteConnection connection, DedupOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _options = options;
        _maxKeys = BucketKeys.MaxCount(options);
        _insertCopy = Command(connection, "INSERT OR REPLACE INTO copies(article_id, story_id, signature) VALUES($p0, $p1, $p2)", 3);
        _insertBucket = Command(connection, "INSERT OR IGNORE INTO copy_buckets(key, article_id) VALUES($p0, $p1)", 2);
        var keys = string.Join(", ", Enumerable.Range(0, _maxKeys).Select(i => "$p" + i.ToString(CultureInfo.InvariantCulture)));
        _candidates = Command(connection, $"SELECT article_id, count(*) FROM copy_buckets WHERE key IN ({keys}) GROUP BY article_id", _maxKeys);
        _get = Command(connection, Select + " WHERE c.article_id = $p0", 1);
        _members = Command(connection, Select + " WHERE c.story_id = $p0", 1);
        _deleteBucket = Command(connection, "DELETE FROM copy_buckets WHERE key = $p0 AND article_id = $p1", 2);
        _deleteCopy = Command(connection, "DELETE FROM copies WHERE article_id = $p0", 1);
        _stories = Command(connection, "SELECT story_id FROM copies GROUP BY story_id HAVING count(*) >= $p0 ORDER BY count(*) DESC, story_id", 1);
        _commands = [_insertCopy, _insertBucket, _candidates, _get, _members, _deleteBucket, _deleteCopy, _stories];
    }

    /// <summary>The transaction the commands run in (the writer's batch transaction), or null.</summary>
    public SqliteTransaction? Transaction
    {
        set
        {
            foreach (var command in _commands)
            {
                command.Transaction = value;
            }
        }
    }

    public void Add(CopyArticle article, string storyId, ReadOnlySpan<ulong> buckets)
    {
        ArgumentNullException.ThrowIfNull(article);
        var id = ParseId(article.Id);
        _insertCopy.Parameters[0].Value = id;
        _insertCopy.Parameters[1].Value = ParseId(storyId);
        _insertCopy.Parameters[2].Value = article.Signature.ToBytes();
        _insertCopy.ExecuteNonQuery();
        _insertBucket.Parameters[1].Value = id;
        foreach (var key in buckets)
        {
            _insertBucket.Parameters[0].Value = unchecked((long)key);
            _insertBucket.ExecuteNonQuery();
        }
    }

    public void CountCandidates(ReadOnlySpan<ulong> buckets, Dictionary<string, int> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        for (var i = 0; i < _maxKeys; i++)
        {
            _candidates.Parameters[i].Value = i < buckets.Length ? unchecked((long)buckets[i]) : DBNull.Value;
        }

        using var reader = _candidates.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0).ToString(CultureInfo.InvariantCulture);
            hits[id] = hits.GetValueOrDefault(id) + reader.GetInt32(1);
        }
    }

    public StoredCopy? Get(string id)
    {
        if (!long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var articleId))
        {
            return null;
        }

        _get.Parameters[0].Value = articleId;
        using var reader = _get.ExecuteReader();
        return reader.Read() ? ReadCopy(reader) : null;
    }

    public IReadOnlyList<CopyArticle> Members(string storyId)
    {
        if (!long.TryParse(storyId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var story))
        {
            return [];
        }

        _members.Parameters[0].Value = story;
        var members = new List<CopyArticle>();
        using var reader = _members.ExecuteReader();
        while (reader.Read())
        {
            members.Add(ReadCopy(reader).Article);
        }

        return members;
    }

    public bool Remove(string id)
    {
        if (Get(id) is not { } stored)
        {
            return false;
        }

        Span<ulong> keys = stackalloc ulong[_maxKeys];
        keys = keys[..BucketKeys.Write(stored.Article.Signature, _options, keys)];
        var articleId = ParseId(id);
        _deleteBucket.Parameters[1].Value = articleId;
        foreach (var key in keys)
        {
            _deleteBucket.Parameters[0].Value = unchecked((long)key);
            _deleteBucket.ExecuteNonQuery();
        }

        _deleteCopy.Parameters[0].Value = articleId;
        return _deleteCopy.ExecuteNonQuery() > 0;
    }

    public IReadOnlyList<string> Stories(int minSize)
    {
        _stories.Parameters[0].Value = Math.Max(1, minSize);
        var stories = new List<string>();
        using var reader = _stories.ExecuteReader();
        while (reader.Read())
        {
            stories.Add(reader.GetInt64(0).ToString(CultureInfo.InvariantCulture));
        }

        return stories;
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }

    private static StoredCopy ReadCopy(SqliteDataReader reader)
    {
        var signature = CopySignature.FromBytes((byte[])reader.GetValue(2));
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
}
