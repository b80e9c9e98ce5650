using System.Diagnostics;
using System.Globalization;
using Dateline.Core.Annotations;
using Dateline.Store.Linking;
using Dateline.Store.Queries;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// <c>dateline entities --relink</c> on SQLite: reads every article entity, builds one <see cref="RelinkPlan"/>, and
/// rewrites the corpus entities, their aliases, links and periods, the article entities' and quotes' links, the
/// entity counts and the person, organisation and place facets, in one transaction.
/// </summary>
internal static class SqliteRelink
{
    /// <summary>Sets an entity's name to its canonical form (see <see cref="RelinkPlan.CanonicalName"/>); append a WHERE clause.</summary>
    public const string CanonicalNameSql =
        "UPDATE entities SET name = coalesce((SELECT alias FROM entity_aliases WHERE entity_id = entities.id ORDER BY full_name DESC, mentions DESC, caps, key LIMIT 1), name)";

    public static RelinkSummary Run(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        var before = (int)SqliteCorpusStore.Scalar(connection, "SELECT count(*) FROM entities", transaction);
        List<RelinkRow> rows;
        using (var read = Command(connection, transaction, RelinkRows.Sql))
        {
            rows = RelinkRows.Read(read, cancellationToken);
        }

        var plan = RelinkPlan.Build(rows);
        cancellationToken.ThrowIfCancellationRequested();
        SqliteCorpusStore.Execute(connection, "DELETE FROM entity_links; DELETE FROM entity_periods; DELETE FROM entity_aliases; DELETE FROM entities;", transaction);
        using (var entity = Command(connection, transaction, "INSERT INTO entities(id, label, key, name, surname, ambiguous, first_date, last_date) VALUES($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)", 8))
        using (var alias = Command(connection, transaction, "INSERT INTO entity_aliases(key, entity_id, alias, mentions, caps, full_name) VALUES($p0, $p1, $p2, $p3, $p4, $p5)", 6))
        {
            foreach (var e in plan.Entries)
            {
                Run(entity, e.Id, (int)e.Label, e.Key, e.Name, e.Surname, e.Ambiguous ? 1 : 0, e.First, e.Last);
                foreach (var form in e.Forms)
                {
                    Run(alias, NameKey.Of(form.Text), e.Id, form.Text, form.Mentions, EntityForms.IsCaps(form.Text) ? 1 : 0, EntityForms.IsFull(e.Label, form.Text) ? 1 : 0);
                }
            }
        }

        using (var link = Command(connection, transaction, "INSERT INTO entity_links(label, key, entity_id) VALUES($p0, $p1, $p2)", 3))
        {
            foreach (var (label, key, id) in plan.Links)
            {
                Run(link, (int)label, key, id);
            }
        }

        using (var period = Command(connection, transaction, "INSERT INTO entity_periods(entity_id, month, mentions) VALUES($p0, $p1, $p2)", 3))
        {
            foreach (var (id, month, mentions) in plan.Periods)
            {
                Run(period, id, month, mentions);
            }
        }

        using (var assign = Command(connection, transaction, "UPDATE article_entities SET entity_id = $p2 WHERE article_id = $p0 AND local_id = $p1", 3))
        {
            foreach (var ((articleId, localId), id) in plan.Assignments)
            {
                Run(assign, articleId, localId, id);
            }
        }

        RelinkQuotes(connection, transaction, rows, plan);

        // An article entity whose name leaves no key (no letters or digits) links to nothing, as the writer stores none.
        SqliteCorpusStore.Execute(
            connection,
            "UPDATE quotes SET entity_id = NULL WHERE entity_id NOT IN (SELECT id FROM entities); DELETE FROM article_entities WHERE entity_id NOT IN (SELECT id FROM entities);",
            transaction);
        SqliteCorpusStore.Execute(connection, RecountSql, transaction);
        RebuildFacets(connection, transaction);
        transaction.Commit();
        return new RelinkSummary(before, plan.Entries.Count, rows.Count, plan.Reasons, watch.Elapsed);
    }

    /// <summary>Entity counts from the links: stories, mentions, and distinct (story, quote text) pairs (as migration 4 counts them).</summary>
    internal const string RecountSql = """
        UPDATE entities SET
            article_count = (SELECT count(DISTINCT coalesce(c.story_id, ae.article_id))
                FROM article_entities ae LEFT JOIN copies c ON c.article_id = ae.article_id WHERE ae.entity_id = entities.id),
            mention_count = coalesce((SELECT sum(ae.mention_count) FROM article_entities ae WHERE ae.entity_id = entities.id), 0),
            quote_count = (SELECT count(DISTINCT coalesce(c.story_id, q.article_id) || char(31) || q.content)
                FROM quotes q LEFT JOIN copies c ON c.article_id = q.article_id WHERE q.entity_id = entities.id);
        """;

    /// <summary>Each quote's speaker again: its article entity's new corpus entity, else (a speaker known by name) an entity of the article with that name or alias, else a person the name's key leads to.</summary>
    private static void RelinkQuotes(SqliteConnection connection, SqliteTransaction transaction, List<RelinkRow> rows, RelinkPlan plan)
    {
        var byArticle = rows.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => g.ToList());
        var links = plan.LinkMap();
        var updates = new List<(long Quote, long? Entity)>();
        using (var read = Command(connection, transaction, "SELECT id, article_id, speaker_local, speaker_name FROM quotes WHERE speaker_name IS NOT NULL"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var articleId = reader.GetInt64(1);
                int? local = reader.IsDBNull(2) ? null : reader.GetInt32(2);
                var name = reader.GetString(3);
                updates.Add((reader.GetInt64(0), plan.SpeakerOf(byArticle.GetValueOrDefault(articleId), articleId, local, name, links)));
            }
        }

        using var update = Command(connection, transaction, "UPDATE quotes SET entity_id = $p1 WHERE id = $p0", 2);
        foreach (var (quote, entity) in updates)
        {
            Run(update, quote, entity);
        }
    }

    /// <summary>Person, organisation and place facets from the new links (and the datelines' places), then every article's packed facet set.</summary>
    private static void RebuildFacets(SqliteConnection connection, SqliteTransaction transaction)
    {
        SqliteCorpusStore.Execute(
            connection,
            """
            DELETE FROM article_facets WHERE facet_id IN (SELECT id FROM facet_values WHERE kind IN (1, 2, 3));
            DELETE FROM facet_values WHERE kind IN (1, 2, 3);
            INSERT INTO facet_values(kind, key, value) SELECT label + 1, key, name FROM entities WHERE label IN (0, 1, 2) ORDER BY id;
            INSERT INTO article_facets(article_id, facet_id)
                SELECT DISTINCT ae.article_id, v.id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
                JOIN facet_values v ON v.kind = e.label + 1 AND v.key = e.key WHERE e.label IN (0, 1, 2);
            """,
            transaction);

        // Dateline places, keyed as place entities are.
        var places = new List<(long Article, string Place)>();
        using (var read = Command(connection, transaction, "SELECT id, place FROM articles WHERE place IS NOT NULL AND trim(place) <> ''"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                places.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        using (var value = Command(connection, transaction, "INSERT INTO facet_values(kind, key, value) VALUES(3, $p0, $p1) ON CONFLICT(kind, key) DO UPDATE SET kind = excluded.kind RETURNING id", 2))
        using (var facet = Command(connection, transaction, "INSERT OR IGNORE INTO article_facets(article_id, facet_id) VALUES($p0, $p1)", 2))
        {
            foreach (var (article, place) in places)
            {
                var key = EntityNames.Key(EntityLabel.LOC, place);
                if (key.Length == 0)
                {
                    continue;
                }

                value.Parameters[0].Value = key;
                value.Parameters[1].Value = place.Trim();
                var id = (long)value.ExecuteScalar()!;
                Run(facet, article, id);
            }
        }

        SqliteCorpusStore.Execute(
            connection,
            """
            DELETE FROM article_facet_sets;
            INSERT INTO article_facet_sets(article_id, facets)
                SELECT article_id, group_concat(packed, ',') FROM
                    (SELECT f.article_id, f.facet_id * 8 + v.kind AS packed FROM article_facets f JOIN facet_values v ON v.id = f.facet_id ORDER BY 1, 2)
                GROUP BY article_id;
            """,
            transaction);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters = 0)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), DBNull.Value));
        }

        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
