using System.Data.Common;
using Dateline.Core.Annotations;
using Dateline.Store.Queries;

namespace Dateline.Store.Linking;

/// <summary>Reads every stored article entity for a relink, the same query and columns in every backend.</summary>
internal static class RelinkRows
{
    /// <summary>The article entities with their article's date, in article and local-id order.</summary>
    public const string Sql = """
        SELECT ae.article_id, ae.local_id, ae.label, ae.name, ae.aliases, ae.forms, ae.mention_count, ae.entity_id, a.date, ae.titles
        FROM article_entities ae JOIN articles a ON a.id = ae.article_id ORDER BY ae.article_id, ae.local_id
        """;

    /// <summary>Runs <paramref name="command"/> (holding <see cref="Sql"/>) and reads its rows.</summary>
    public static List<RelinkRow> Read(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<RelinkRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(new RelinkRow(
                reader.GetInt64(0),
                reader.GetInt32(1),
                (EntityLabel)reader.GetInt32(2),
                reader.GetString(3),
                LayerJson.ReadStrings(reader.GetString(4)),
                EntityForms.FromJson(reader.IsDBNull(5) ? null : reader.GetString(5)),
                reader.GetInt32(6),
                reader.GetInt64(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                LayerJson.ReadStrings(reader.GetString(9))));
        }

        return rows;
    }
}
