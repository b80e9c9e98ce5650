using Dateline.Core.Annotations;
using Dateline.Store.Linking;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>The corpus as the linker sees it, read inside the writer's transaction: one statement for all keys, one for all surnames.</summary>
internal sealed class PostgresLinkSource(NpgsqlConnection connection, NpgsqlTransaction transaction) : ILinkSource
{
    public IReadOnlyDictionary<(EntityLabel Label, string Key), string> Find(IReadOnlyCollection<(EntityLabel Label, string Key)> keys)
    {
        var found = new Dictionary<(EntityLabel, string), string>();
        if (keys.Count == 0)
        {
            return found;
        }

        using var command = PostgresCorpusStore.Command(
            connection,
            "SELECT l.label, l.key, e.key FROM entity_links l JOIN unnest($1::integer[], $2::text[]) AS u(label, key) ON l.label = u.label AND l.key = u.key JOIN entities e ON e.id = l.entity_id",
            transaction,
            keys.Select(k => (int)k.Label).ToArray(),
            keys.Select(k => k.Key).ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found[((EntityLabel)reader.GetInt32(0), reader.GetString(1))] = reader.GetString(2);
        }

        return found;
    }

    public IReadOnlyList<SurnameMentions> Surnames(IReadOnlyCollection<string> surnames)
    {
        var rows = new List<SurnameMentions>();
        using var command = PostgresCorpusStore.Command(
            connection,
            "SELECT e.surname, e.key, p.month, p.mentions FROM entities e JOIN entity_periods p ON p.entity_id = e.id WHERE e.label = 0 AND e.surname = ANY($1)",
            transaction,
            (object)surnames.ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new SurnameMentions(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
        }

        return rows;
    }
}
