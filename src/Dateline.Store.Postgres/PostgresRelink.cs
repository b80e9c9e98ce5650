using System.Diagnostics;
using Dateline.Core.Annotations;
using Dateline.Store.Linking;
using Dateline.Store.Queries;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// <c>dateline entities --relink</c> on PostgreSQL: the same <see cref="RelinkPlan"/> as SQLite, written in one
/// transaction (entries kept under their ids are updated in place, new ones inserted, unused ones deleted once
/// nothing points to them), then counts, facets and the search snapshot's version.
/// </summary>
internal static class PostgresRelink
{
    /// <summary>Sets an entity's name to its canonical form (see <see cref="RelinkPlan.CanonicalName"/>); append a WHERE clause.</summary>
    public const string CanonicalNameSql =
        "UPDATE entities SET name = coalesce((SELECT a.alias FROM entity_aliases a WHERE a.entity_id = entities.id ORDER BY a.full_name DESC, a.mentions DESC, a.caps, a.key COLLATE \"C\" LIMIT 1), name)";

    public static RelinkSummary Run(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        using (var lockTable = PostgresCorpusStore.Command(connection, "LOCK TABLE entities IN EXCLUSIVE MODE", transaction))
        {
            lockTable.ExecuteNonQuery();
        }

        var before = (int)PostgresCorpusStore.Scalar(connection, "SELECT count(*) FROM entities", transaction);
        List<RelinkRow> rows;
        using (var read = PostgresCorpusStore.Command(connection, RelinkRows.Sql, transaction))
        {
            rows = RelinkRows.Read(read, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var plan = RelinkPlan.Build(rows);
        var entries = plan.Entries;
        Execute(connection, transaction, "DELETE FROM entity_links; DELETE FROM entity_periods; DELETE FROM entity_aliases; UPDATE entities SET key = '#' || id::text");
        Execute(
            connection,
            transaction,
            """
            INSERT INTO entities(id, label, key, name, surname, ambiguous, first_date, last_date)
            SELECT * FROM unnest($1::bigint[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::text[], $8::text[])
            ON CONFLICT (id) DO UPDATE SET label = excluded.label, key = excluded.key, name = excluded.name, surname = excluded.surname,
                ambiguous = excluded.ambiguous, first_date = excluded.first_date, last_date = excluded.last_date
            """,
            entries.Select(e => e.Id).ToArray(),
            entries.Select(e => (int)e.Label).ToArray(),
            entries.Select(e => e.Key).ToArray(),
            entries.Select(e => e.Name).ToArray(),
            entries.Select(e => e.Surname).ToArray(),
            entries.Select(e => e.Ambiguous ? 1 : 0).ToArray(),
            entries.Select(e => e.First).ToArray(),
            entries.Select(e => e.Last).ToArray());
        Execute(connection, transaction, "SELECT setval(pg_get_serial_sequence('entities', 'id'), greatest((SELECT max(id) FROM entities), 1))");
        var forms = entries.SelectMany(e => e.Forms.Select(f => (Entry: e, Form: f))).ToList();
        Execute(
            connection,
            transaction,
            "INSERT INTO entity_aliases(key, entity_id, alias, mentions, caps, full_name) SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::integer[], $5::integer[], $6::integer[])",
            forms.Select(f => NameKey.Of(f.Form.Text)).ToArray(),
            forms.Select(f => f.Entry.Id).ToArray(),
            forms.Select(f => f.Form.Text).ToArray(),
            forms.Select(f => f.Form.Mentions).ToArray(),
            forms.Select(f => EntityForms.IsCaps(f.Form.Text) ? 1 : 0).ToArray(),
            forms.Select(f => EntityForms.IsFull(f.Entry.Label, f.Form.Text) ? 1 : 0).ToArray());
        Execute(
            connection,
            transaction,
            "INSERT INTO entity_links(label, key, entity_id) SELECT * FROM unnest($1::integer[], $2::text[], $3::bigint[])",
            plan.Links.Select(l => (int)l.Label).ToArray(),
            plan.Links.Select(l => l.Key).ToArray(),
            plan.Links.Select(l => l.EntityId).ToArray());
        Execute(
            connection,
            transaction,
            "INSERT INTO entity_periods(entity_id, month, mentions) SELECT * FROM unnest($1::bigint[], $2::text[], $3::integer[])",
            plan.Periods.Select(p => p.EntityId).ToArray(),
            plan.Periods.Select(p => p.Month).ToArray(),
            plan.Periods.Select(p => p.Mentions).ToArray());
        var assignments = plan.Assignments.ToList();
        Execute(
            connection,
            transaction,
            "UPDATE article_entities ae SET entity_id = u.e FROM unnest($1::bigint[], $2::integer[], $3::bigint[]) AS u(a, l, e) WHERE ae.article_id = u.a AND ae.local_id = u.l AND ae.entity_id <> u.e",
            assignments.Select(a => a.Key.ArticleId).ToArray(),
            assignments.Select(a => a.Key.LocalId).ToArray(),
            assignments.Select(a => a.Value).ToArray());

        // Quote speakers, as SQLite relinks them.
        var byArticle = rows.GroupBy(r => r.ArticleId).ToDictionary(g => g.Key, g => g.ToList());
        var links = plan.LinkMap();
        var quotes = new List<(long Id, long? Entity)>();
        using (var read = PostgresCorpusStore.Command(connection, "SELECT id, article_id, speaker_local, speaker_name FROM quotes WHERE speaker_name IS NOT NULL", transaction))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var articleId = reader.GetInt64(1);
                quotes.Add((reader.GetInt64(0), plan.SpeakerOf(byArticle.GetValueOrDefault(articleId), articleId, reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetString(3), links)));
            }
        }

        Execute(
            connection,
            transaction,
            "UPDATE quotes q SET entity_id = u.e FROM unnest($1::bigint[], $2::bigint[]) AS u(id, e) WHERE q.id = u.id AND q.entity_id IS DISTINCT FROM u.e",
            quotes.Select(q => q.Id).ToArray(),
            quotes.Select(q => q.Entity).ToArray());
        Execute(
            connection,
            transaction,
            """
            UPDATE quotes SET entity_id = NULL WHERE entity_id IN (SELECT id FROM entities WHERE key LIKE '#%');
            DELETE FROM article_entities WHERE entity_id IN (SELECT id FROM entities WHERE key LIKE '#%');
            DELETE FROM entities WHERE key LIKE '#%';
            """);
        Execute(connection, transaction, RecountSql);
        RebuildFacets(connection, transaction);
        PostgresStoreVersion.Bump(connection, transaction, null);
        transaction.Commit();
        return new RelinkSummary(before, entries.Count, rows.Count, plan.Reasons, watch.Elapsed);
    }

    private const string RecountSql = """
        UPDATE entities e SET article_count = t.articles, mention_count = t.mentions, quote_count = t.quotes
        FROM (
            SELECT x.id, coalesce(a.n, 0) AS articles, coalesce(a.m, 0) AS mentions, coalesce(q.n, 0) AS quotes
            FROM entities x
            LEFT JOIN (
                SELECT ae.entity_id, count(DISTINCT coalesce(c.story_id, ae.article_id)) AS n, sum(ae.mention_count) AS m
                FROM article_entities ae LEFT JOIN copies c ON c.article_id = ae.article_id GROUP BY ae.entity_id) a ON a.entity_id = x.id
            LEFT JOIN (
                SELECT d.entity_id, count(*) AS n FROM (
                    SELECT DISTINCT q.entity_id, coalesce(c.story_id, q.article_id) AS story, q.content
                    FROM quotes q LEFT JOIN copies c ON c.article_id = q.article_id WHERE q.entity_id IS NOT NULL) d
                GROUP BY d.entity_id) q ON q.entity_id = x.id) t
        WHERE t.id = e.id
        """;

    private static void RebuildFacets(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        Execute(
            connection,
            transaction,
            """
            DELETE FROM article_facets WHERE facet_id IN (SELECT id FROM facet_values WHERE kind IN (1, 2, 3));
            DELETE FROM facet_values WHERE kind IN (1, 2, 3);
            INSERT INTO facet_values(kind, key, value) SELECT label + 1, key, name FROM entities WHERE label IN (0, 1, 2) ORDER BY id;
            INSERT INTO article_facets(article_id, facet_id)
                SELECT DISTINCT ae.article_id, v.id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
                JOIN facet_values v ON v.kind = e.label + 1 AND v.key = e.key WHERE e.label IN (0, 1, 2);
            """);
        var places = new List<(long Article, string Key, string Value)>();
        using (var read = PostgresCorpusStore.Command(connection, "SELECT id, place FROM articles WHERE place IS NOT NULL AND trim(place) <> '' ORDER BY id", transaction))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var place = reader.GetString(1);
                var key = EntityNames.Key(EntityLabel.LOC, place);
                if (key.Length > 0)
                {
                    places.Add((reader.GetInt64(0), key, place.Trim()));
                }
            }
        }

        var values = places.DistinctBy(p => p.Key).ToList();
        Execute(
            connection,
            transaction,
            "INSERT INTO facet_values(kind, key, value) SELECT 3, k, v FROM unnest($1::text[], $2::text[]) AS u(k, v) ON CONFLICT DO NOTHING",
            values.Select(p => p.Key).ToArray(),
            values.Select(p => p.Value).ToArray());
        Execute(
            connection,
            transaction,
            """
            INSERT INTO article_facets(article_id, facet_id)
            SELECT u.a, v.id FROM unnest($1::bigint[], $2::text[]) AS u(a, k) JOIN facet_values v ON v.kind = 3 AND v.key = u.k
            ON CONFLICT DO NOTHING
            """,
            places.Select(p => p.Article).ToArray(),
            places.Select(p => p.Key).ToArray());
        Execute(
            connection,
            transaction,
            """
            DELETE FROM article_facet_sets;
            INSERT INTO article_facet_sets(article_id, facets) SELECT article_id, array_agg(facet_id ORDER BY facet_id) FROM article_facets GROUP BY article_id;
            """);
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params object?[] values)
    {
        using var command = PostgresCorpusStore.Command(connection, sql, transaction, values);
        command.ExecuteNonQuery();
    }
}
