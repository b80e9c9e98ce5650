using System.Data.Common;
using System.Globalization;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Core.Serialization;
using Dateline.Dedup.Stories;

namespace Dateline.Store.Stories;

/// <summary>
/// The writer's stories (docs/stories.md), the same for SQLite and PostgreSQL: a <see cref="StoryClusterer"/> with the
/// rows it keeps (<c>stories</c>, <c>article_stories</c>, <c>story_outlets</c>), written in the writer's transaction on
/// its connection (portable SQL: named parameters, upserts). At start-up the <see cref="StoryOptions.Capacity"/>
/// stories with the latest dates are restored into the clusterer. With several PostgreSQL workers each has its own
/// clusterer: a story another worker founds after this one started is not joined by text here (copies still join it).
/// </summary>
internal sealed class StoryIndex : IDisposable
{
    private readonly DbConnection _connection;
    private readonly StoryVectorizer _vectorizer;
    private readonly StoryClusterer _clusterer;
    private readonly DbCommand _storyOfCopies;
    private readonly DbCommand _insertMember;
    private readonly DbCommand _insertStory;
    private readonly DbCommand _updateStory;
    private readonly DbCommand _addOutlet;
    private readonly DbCommand[] _commands;
    private readonly Dictionary<long, long> _batchCopies = [];
    private DbTransaction? _transaction;

    /// <summary>Opens the index on <paramref name="connection"/>; restores the live stories unless <paramref name="transaction"/> is a rebuild's (which starts from none).</summary>
    public StoryIndex(DbConnection connection, StoryVectorizer vectorizer, DbTransaction? transaction = null)
    {
        _connection = connection;
        _vectorizer = vectorizer;
        _clusterer = new StoryClusterer(vectorizer.Options);

        // The story of any article already assigned among the copies of one copy story (copies_story walks its few articles).
        _storyOfCopies = Command("SELECT s.story_id FROM copies c JOIN article_stories s ON s.article_id = c.article_id WHERE c.story_id = @p0 AND c.article_id <> @p1 LIMIT 1", 2);
        _insertMember = Command("INSERT INTO article_stories(article_id, story_id, similarity) VALUES(@p0, @p1, @p2) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, similarity = excluded.similarity", 3);
        _insertStory = Command(
            """
            INSERT INTO stories(id, headline, first_date, last_date, article_count, outlet_count, centroid) VALUES(@p0, @p1, @p2, @p2, 1, 1, @p3)
            ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, first_date = excluded.first_date, last_date = excluded.last_date,
                article_count = 1, outlet_count = 1, centroid = excluded.centroid
            """,
            4);
        _updateStory = Command(
            """
            UPDATE stories SET article_count = article_count + 1,
                first_date = CASE WHEN first_date IS NULL OR CAST(@p1 AS TEXT) < first_date THEN coalesce(CAST(@p1 AS TEXT), first_date) ELSE first_date END,
                last_date = CASE WHEN last_date IS NULL OR CAST(@p1 AS TEXT) > last_date THEN coalesce(CAST(@p1 AS TEXT), last_date) ELSE last_date END,
                centroid = coalesce(@p2, centroid),
                headline = coalesce(headline, CAST(@p3 AS TEXT)),
                outlet_count = outlet_count + @p4
            WHERE id = @p0
            """,
            5);

        // A story's outlets, one row each: a new outlet is one insert, whatever the story's size.
        _addOutlet = Command("INSERT INTO story_outlets(story_id, outlet) VALUES(@p0, @p1) ON CONFLICT DO NOTHING", 2);
        _commands = [_storyOfCopies, _insertMember, _insertStory, _updateStory, _addOutlet];
        if (transaction is null)
        {
            Restore();
        }
        else
        {
            Transaction = transaction;
        }
    }

    public DbTransaction? Transaction
    {
        get => _transaction;
        set
        {
            _transaction = value;
            foreach (var command in _commands)
            {
                command.Transaction = value;
            }
        }
    }

    /// <summary>Starts a batch (copy rows of the batch are not in the table before its end: the batch remembers them).</summary>
    public void BeginBatch() => _batchCopies.Clear();

    /// <summary>
    /// Puts a new article in its story. <paramref name="copyStory"/> is its copy story (docs/dedup.md): when an earlier
    /// article of that copy story has a story, the article joins it whatever its text.
    /// </summary>
    public StoryJoin Add(long articleId, Document document, long copyStory)
    {
        var date = ArticleFacts.Date(document);
        long? copied = null;
        if (_batchCopies.TryGetValue(copyStory, out var inBatch))
        {
            copied = inBatch;
        }
        else if (copyStory != articleId)
        {
            Set(_storyOfCopies, copyStory, articleId);
            copied = _storyOfCopies.ExecuteScalar() is long story ? story : null;
        }

        var vector = copied is null ? _vectorizer.Vectorize(document) : StoryVector.Empty;
        var join = _clusterer.Assign(articleId, vector, date, copied);
        var dateText = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Set(_insertMember, articleId, join.StoryId, join.Similarity);
        _insertMember.ExecuteNonQuery();
        Set(_addOutlet, join.StoryId, document.Get(Layers.Structure)?.Agency ?? document.Metadata.Publisher ?? string.Empty);
        var newOutlet = _addOutlet.ExecuteNonQuery() > 0 ? 1 : 0;
        if (join.Founded)
        {
            Set(_insertStory, join.StoryId, ArticleFacts.Headline(document), dateText, _clusterer.Find(join.StoryId)?.Centroid.ToBytes() ?? []);
            _insertStory.ExecuteNonQuery();
        }
        else
        {
            Set(_updateStory, join.StoryId, dateText, copied is null ? _clusterer.Find(join.StoryId)?.Centroid.ToBytes() : null, ArticleFacts.Headline(document), newOutlet);
            _updateStory.ExecuteNonQuery();
        }

        _batchCopies[copyStory] = join.StoryId;
        return join;
    }

    /// <summary>Reloads the clusterer from the committed rows (at start and after a rolled-back batch).</summary>
    public void Restore()
    {
        Clear();
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = "SELECT id, centroid, article_count, first_date, last_date FROM stories ORDER BY last_date DESC, id DESC LIMIT @p0";
        AddParameter(command, 0, _clusterer.Options.Capacity);
        var rows = new List<(long Id, byte[] Centroid, int Articles, DateOnly? First, DateOnly? Last)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), (byte[])reader.GetValue(1), reader.GetInt32(2), Day(reader, 3), Day(reader, 4)));
            }
        }

        // Oldest first, so the most recent are the most recently touched.
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            var row = rows[i];
            _clusterer.Restore(row.Id, StoryVector.FromBytes(row.Centroid), row.Articles, row.First, row.Last);
        }
    }

    /// <summary>Forgets every live story (a rebuild starts from none).</summary>
    public void Clear()
    {
        _clusterer.Clear();
        _batchCopies.Clear();
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }
    }

    /// <summary>Adds parameter <c>@p{index}</c> (the spelling both SQLite and Npgsql accept).</summary>
    internal static void AddParameter(DbCommand command, int index, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + index.ToString(CultureInfo.InvariantCulture);
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static DateOnly? Day(DbDataReader reader, int column) =>
        !reader.IsDBNull(column) && DateOnly.TryParseExact(reader.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private DbCommand Command(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            AddParameter(command, i, null);
        }

        return command;
    }
}
