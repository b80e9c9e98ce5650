using Dateline.Store.Queries;

namespace Dateline.Search.Export;

/// <summary>A corpus entity as an export row (aliases as a list column).</summary>
public sealed class EntityRow
{
    public long Id { get; set; }

    public string Label { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public List<string> Aliases { get; set; } = [];

    public int Articles { get; set; }

    public int Mentions { get; set; }

    public int Quotes { get; set; }

    public static EntityRow From(CorpusEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new EntityRow
        {
            Id = entity.Id,
            Label = entity.Label,
            Name = entity.Name,
            Aliases = [.. entity.Aliases],
            Articles = entity.Articles,
            Mentions = entity.Mentions,
            Quotes = entity.Quotes,
        };
    }
}
