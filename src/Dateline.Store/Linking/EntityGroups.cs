using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Store.Linking;

/// <summary>
/// The entities an article brings to the corpus, the same for every backend: its named entities, or, when entity
/// resolution did not run, one group per distinct mention text (local ids below zero).
/// </summary>
internal static class EntityGroups
{
    /// <summary>The article's entities (or, without an entities layer, its distinct mentions) with named ones only.</summary>
    public static List<EntityGroup> Of(Document document)
    {
        var mentions = document.Get(Layers.Mentions);
        var groups = new List<EntityGroup>();
        if (document.Has(Layers.Entities))
        {
            foreach (var entity in document.Get(Layers.Entities))
            {
                if (!string.IsNullOrWhiteSpace(entity.Name))
                {
                    groups.Add(new EntityGroup(entity.Id, entity.Label, entity.Name, entity.Aliases, entity.Titles, entity.Mentions, EntityForms.Of(document, entity.Mentions, entity.Name)));
                }
            }

            return groups;
        }

        // No entity resolution ran: each distinct mention text is its own entity (local ids below zero, not rebuilt as a layer).
        var byName = new Dictionary<(EntityLabel, string), List<int>>();
        var order = new List<(EntityLabel, string)>();
        for (var i = 0; i < mentions.Length; i++)
        {
            var name = document.GetText(mentions[i].Span).Trim();
            if (name.Length == 0)
            {
                continue;
            }

            var key = (mentions[i].Label, name);
            if (!byName.TryGetValue(key, out var list))
            {
                byName[key] = list = [];
                order.Add(key);
            }

            list.Add(i);
        }

        var next = -1;
        foreach (var (label, name) in order)
        {
            var list = byName[(label, name)];
            groups.Add(new EntityGroup(next--, label, name, [], [], list, EntityForms.Of(document, list, name)));
        }

        return groups;
    }
}
