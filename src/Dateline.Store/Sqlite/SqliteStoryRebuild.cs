using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Dedup.Stories;
using Dateline.Store.Stories;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// <c>dateline stories --rebuild</c>: forgets every story and runs the ingest clusterer again over all stored
/// articles in date order (undated last), copies joining their original's story, in one transaction.
/// </summary>
internal static class SqliteStoryRebuild
{
    private const int BatchSize = 1000;

    public static StoryRebuild Run(SqliteCorpusStore store, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = store.OpenWriteConnection();
            using var index = new SqliteStoryIndex(connection, new StoryVectorizer());
            using var transaction = connection.BeginTransaction();
            index.Transaction = transaction;
            Execute(connection, transaction, "DELETE FROM article_stories; DELETE FROM stories; DELETE FROM story_outlets;");
            index.Clear();
            var articles = 0;
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText =
                    """
                    SELECT a.id, a.doc_id, a.source_path, a.source_format, a.source_record, a.source_line, a.metadata, a.structure, a.text, c.story_id
                    FROM articles a LEFT JOIN copies c ON c.article_id = a.id ORDER BY coalesce(a.date, '9999'), a.id
                    """;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();
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

                    if (articles++ % BatchSize == 0)
                    {
                        index.BeginBatch();
                    }

                    index.Add(id, document, reader.IsDBNull(9) ? id : reader.GetInt64(9));
                }
            }

            var stories = Count(connection, transaction, "SELECT count(*) FROM stories");
            var multi = Count(connection, transaction, "SELECT count(*) FROM stories WHERE article_count > 1");
            transaction.Commit();
            return new StoryRebuild(articles, stories, multi);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, store.Location);
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int Count(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
