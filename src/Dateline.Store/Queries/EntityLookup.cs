using Dateline.Core.Annotations;
using Dateline.Store.Linking;

namespace Dateline.Store.Queries;

/// <summary>
/// How a name a user types ("Obama", "Justice Department", "U.S.") finds corpus entities, the same in both stores
/// (docs/entities.md): the keys the linker would give it, for every label; for a person's single name, the full
/// name that holds at least <see cref="LinkOptions.MinShare"/> of that surname's mentions comes first; else the
/// linked entries, most mentioned first; else entries with that form among their aliases. The first is the one chosen.
/// </summary>
internal static class EntityLookup
{
    /// <summary>The (label, key) pairs the name may be linked by.</summary>
    public static List<(EntityLabel Label, string Key)> Keys(string name) =>
        [.. Enum.GetValues<EntityLabel>().Select(l => (l, EntityNames.Key(l, name))).Where(k => k.Item2.Length > 0)];

    /// <summary>The key of a person's single name ("obama"), or <c>null</c>.</summary>
    public static string? SingleName(string name)
    {
        var key = EntityNames.Key(EntityLabel.PER, name);
        return EntityNames.IsSingleName(key) ? key : null;
    }

    /// <summary>
    /// Orders the matches, the chosen one first: the dominant full name of a single name (among
    /// <paramref name="surnameCandidates"/>, people with that surname), unless a full-name person is linked by the
    /// name itself; then the linked entries by articles; <paramref name="aliased"/> only when nothing else matched.
    /// </summary>
    public static List<CorpusEntity> Choose(IReadOnlyList<CorpusEntity> linked, IReadOnlyList<CorpusEntity> surnameCandidates, IReadOnlyList<CorpusEntity> aliased)
    {
        var result = new List<CorpusEntity>();
        var linkedFullName = linked.Any(e => e.Label == nameof(EntityLabel.PER) && e.Key is { } key && !EntityNames.IsSingleName(key));
        if (!linkedFullName && surnameCandidates.Count > 0)
        {
            var top = surnameCandidates.OrderByDescending(e => e.Mentions).ThenBy(e => e.Id).First();
            var total = surnameCandidates.Sum(e => (long)e.Mentions);
            if (top.Mentions > 0 && top.Mentions >= LinkOptions.Default.MinShare * total)
            {
                result.Add(top);
            }
        }

        foreach (var entity in linked.OrderByDescending(e => e.Articles).ThenByDescending(e => e.Mentions).ThenBy(e => e.Id))
        {
            if (result.All(r => r.Id != entity.Id))
            {
                result.Add(entity);
            }
        }

        if (result.Count == 0)
        {
            result.AddRange(aliased.OrderByDescending(e => e.Articles).ThenBy(e => e.Id));
        }

        return result;
    }
}
