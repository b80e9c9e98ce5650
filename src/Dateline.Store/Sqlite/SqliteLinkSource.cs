using Dateline.Core.Annotations;
using Dateline.Store.Linking;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>The corpus as the linker sees it, read inside the writer's transaction (so the batch's own rows are visible).</summary>
internal sealed class SqliteLinkSource : ILinkSource, IDisposable
{
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _surname;

    public SqliteLinkSource(SqliteConnection connection)
    {
        _find = connection.CreateCommand();
        _find.CommandText = "SELECT e.key FROM entity_links l JOIN entities e ON e.id = l.entity_id WHERE l.label = $label AND l.key = $key";
        _find.Parameters.Add(new SqliteParameter("$label", 0));
        _find.Parameters.Add(new SqliteParameter("$key", string.Empty));
        _surname = connection.CreateCommand();
        _surname.CommandText = "SELECT e.key, p.month, p.mentions FROM entities e JOIN entity_periods p ON p.entity_id = e.id WHERE e.surname = $surname AND e.label = 0";
        _surname.Parameters.Add(new SqliteParameter("$surname", string.Empty));
    }

    public SqliteTransaction? Transaction
    {
        set
        {
            _find.Transaction = value;
            _surname.Transaction = value;
        }
    }

    public IReadOnlyDictionary<(EntityLabel Label, string Key), string> Find(IReadOnlyCollection<(EntityLabel Label, string Key)> keys)
    {
        var found = new Dictionary<(EntityLabel, string), string>();
        foreach (var (label, key) in keys)
        {
            _find.Parameters[0].Value = (int)label;
            _find.Parameters[1].Value = key;
            if (_find.ExecuteScalar() is string entry)
            {
                found[(label, key)] = entry;
            }
        }

        return found;
    }

    public IReadOnlyList<SurnameMentions> Surnames(IReadOnlyCollection<string> surnames)
    {
        var rows = new List<SurnameMentions>();
        foreach (var surname in surnames.Order(StringComparer.Ordinal))
        {
            _surname.Parameters[0].Value = surname;
            using var reader = _surname.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(new SurnameMentions(surname, reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        return rows;
    }

    public void Dispose()
    {
        _find.Dispose();
        _surname.Dispose();
    }
}
