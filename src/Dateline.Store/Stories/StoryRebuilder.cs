using System.Data.Common;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Dedup.Stories;

namespace Dateline.Store.Stories;

/// <summary>
/// <c>dateline stories --rebuild</c>, the same for SQLite and PostgreSQL: forgets every story and runs the ingest
/// clusterer again over all stored articles in date order (undated last), copies joining their original's story, in
/// the one transaction it is given. Articles are read a page at a time (PostgreSQL runs one command at a time per connection).
/// </summary>
internal static class StoryRebuilder
{
    private const int PageSize = 1000;

    public static StoryRebuild Run(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken, string? exclusiveLock = null)
    {
        using var index = new StoryIndex(connection, new StoryVectorizer(), transaction);
        if (exclusiveLock is not null)
        {
            Execute(connection, transaction, exclusiveLock);
        }

        foreach (var table in new[] { "article_stories", "stories", "story_outlets" })
        {
            Execute(connection, transaction, "DELETE FROM " + table);
        }

        var articles = 0;
        (string Date, long Id) after = (string.Empty, 0);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = Page(connection, transaction, after);
            if (page.Count == 0)
            {
                break;
            }

            index.BeginBatch();
            foreach (var (id, document, copyStory, date) in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                index.Add(id, document, copyStory);
                after = (date, id);
                articles++;
            }
        }

        var stories = Count(connection, transaction, "SELECT count(*) FROM stories");
        var multi = Count(connection, transaction, "SELECT count(*) FROM stories WHERE article_count > 1");
        transaction.Commit();
        return new StoryRebuild(articles, stories, multi);
    }

    private static List<(long Id, Document Document, long CopyStory, string Date)> Page(DbConnection connection, DbTransaction transaction, (string Date, long Id) after)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            """
            SELECT a.id, a.doc_id, a.source_path, a.source_format, a.source_record, a.source_line, a.metadata, a.structure, a.text, c.story_id, coalesce(a.date, '9999') d
            FROM articles a LEFT JOIN copies c ON c.article_id = a.id
            WHERE coalesce(a.date, '9999') > @p0 OR (coalesce(a.date, '9999') = @p0 AND a.id > @p1)
            ORDER BY coalesce(a.date, '9999'), a.id LIMIT @p2
            """;
        StoryIndex.AddParameter(command, 0, after.Date);
        StoryIndex.AddParameter(command, 1, after.Id);
        StoryIndex.AddParameter(command, 2, PageSize);
        var page = new List<(long, Document, long, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var document = new Document(
                reader.GetString(1),
                reader.GetString(8),
                new DocumentSource(reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5)),
                LayerJson.ReadMetadata(reader.GetString(6)));
            if (!reader.IsDBNull(7))
            {
                document = document.With(Layers.Structure, LayerJson.ReadStructure(reader.GetString(7)));
            }

            page.Add((id, document, reader.IsDBNull(9) ? id : reader.GetInt64(9), reader.GetString(10)));
        }

        return page;
    }

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int Count(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
