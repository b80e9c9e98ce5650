using Dateline.Core.Annotations;
using Dateline.Store.Queries;

namespace Dateline.Store.Linking;

/// <summary>
/// Every link of a corpus recomputed at once (<c>dateline entities --relink</c>): the whole corpus is one batch of
/// the <see cref="CorpusLinker"/> over an empty corpus, so each surname alone is judged against all full names.
/// Both stores write the same plan.
/// </summary>
internal sealed class RelinkPlan
{
    private RelinkPlan(List<RelinkEntry> entries, Dictionary<(long, int), long> assignments, List<(EntityLabel, string, long)> links, List<(long, string, int)> periods, Dictionary<string, int> reasons)
    {
        Entries = entries;
        Assignments = assignments;
        Links = links;
        Periods = periods;
        Reasons = reasons;
    }

    public IReadOnlyList<RelinkEntry> Entries { get; }

    /// <summary>(article id, local id) to new corpus entity id.</summary>
    public IReadOnlyDictionary<(long ArticleId, int LocalId), long> Assignments { get; }

    /// <summary>Every key leading to an entry: (label, key, entity id).</summary>
    public IReadOnlyList<(EntityLabel Label, string Key, long EntityId)> Links { get; }

    /// <summary>Full-name mentions per entry and month (<c>yyyy-MM</c>, empty when undated).</summary>
    public IReadOnlyList<(long EntityId, string Month, int Mentions)> Periods { get; }

    /// <summary>How many article entities linked for each <see cref="LinkReason"/>.</summary>
    public IReadOnlyDictionary<string, int> Reasons { get; }

    public static RelinkPlan Build(IReadOnlyList<RelinkRow> rows, LinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var inputs = rows.Select(r => new LinkInput(r.Label, r.Name, r.Aliases, r.Mentions, r.Date is { Length: >= 7 } d ? d[..7] : null, r.Titles, r.ArticleId)).ToList();
        var decisions = new CorpusLinker(options).Link(inputs, EmptyLinkSource.Instance);
        var reasons = decisions.GroupBy(d => d.Reason.ToString()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // Entries in order of first appearance; ids: the old id most of an entry's article entities had, if still free.
        var members = new Dictionary<(EntityLabel, string), List<int>>();
        var order = new List<(EntityLabel Label, string Key)>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (decisions[i].Key.Length == 0)
            {
                continue;
            }

            var entry = (rows[i].Label, decisions[i].Key);
            if (!members.TryGetValue(entry, out var list))
            {
                members[entry] = list = [];
                order.Add(entry);
            }

            list.Add(i);
        }

        var claims = order
            .SelectMany(e => members[e].GroupBy(i => rows[i].OldEntityId).Select(g => (Entry: e, Old: g.Key, Count: g.Count())))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Old).ToList();
        var ids = new Dictionary<(EntityLabel, string), long>();
        var taken = new HashSet<long>();
        foreach (var claim in claims)
        {
            if (!ids.ContainsKey(claim.Entry) && taken.Add(claim.Old))
            {
                ids[claim.Entry] = claim.Old;
            }
        }

        var nextId = Math.Max(rows.Count == 0 ? 0 : rows.Max(r => r.OldEntityId), 0) + 1;
        var entries = new List<RelinkEntry>();
        var assignments = new Dictionary<(long, int), long>();
        var periods = new Dictionary<(long, string), int>();
        foreach (var entry in order)
        {
            if (!ids.TryGetValue(entry, out var id))
            {
                ids[entry] = id = nextId++;
            }

            var list = members[entry];
            var forms = MergeForms(list.SelectMany(i => rows[i].Forms.Count > 0 ? rows[i].Forms : [new EntityForm(rows[i].Name, rows[i].Mentions)]));
            var dates = list.Select(i => rows[i].Date).Where(d => d is not null).Order(StringComparer.Ordinal).ToList();
            var surname = list.Select(i => decisions[i].Surname).FirstOrDefault(s => s is not null);
            entries.Add(new RelinkEntry(id, entry.Label, entry.Key, CanonicalName(entry.Label, forms), surname, list.Any(i => decisions[i].Ambiguous), dates.FirstOrDefault(), dates.LastOrDefault(), forms));
            foreach (var i in list)
            {
                assignments[(rows[i].ArticleId, rows[i].LocalId)] = id;
                if (decisions[i].Surname is not null)
                {
                    var month = rows[i].Date is { Length: >= 7 } d ? d[..7] : string.Empty;
                    periods[(id, month)] = periods.GetValueOrDefault((id, month)) + rows[i].Mentions;
                }
            }
        }

        var links = new Dictionary<(EntityLabel, string), long>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (decisions[i].Key.Length == 0)
            {
                continue;
            }

            var id = ids[(rows[i].Label, decisions[i].Key)];
            foreach (var key in decisions[i].LinkKeys)
            {
                links.TryAdd((rows[i].Label, key), id);
            }
        }

        return new RelinkPlan(
            entries,
            assignments,
            [.. links.Select(l => (l.Key.Item1, l.Key.Item2, l.Value))],
            [.. periods.Select(p => (p.Key.Item1, p.Key.Item2, p.Value))],
            reasons);
    }

    /// <summary>The links as a lookup from (label, key) to entity id.</summary>
    public Dictionary<(EntityLabel, string), long> LinkMap() => Links.ToDictionary(l => (l.Label, l.Key), l => l.EntityId);

    /// <summary>A quote speaker's new corpus entity: its article entity's, else an entity of the article with that name or alias, else a person the name's key leads to.</summary>
    public long? SpeakerOf(List<RelinkRow>? article, long articleId, int? local, string name, Dictionary<(EntityLabel, string), long> links)
    {
        if (local is { } id && Assignments.TryGetValue((articleId, id), out var own))
        {
            return own;
        }

        var key = NameKey.Of(name);
        foreach (var row in article ?? [])
        {
            if (row.LocalId >= 0 && (NameKey.Of(row.Name) == key || row.Aliases.Any(a => NameKey.Of(a) == key)) && Assignments.TryGetValue((articleId, row.LocalId), out var match))
            {
                return match;
            }
        }

        return links.TryGetValue((EntityLabel.PER, EntityNames.Key(EntityLabel.PER, name)), out var person) ? person : null;
    }

    /// <summary>The canonical name among an entry's forms: full forms first, then the most mentions, then not in capitals, then by key.</summary>
    public static string CanonicalName(EntityLabel label, IReadOnlyList<EntityForm> forms) => forms
        .OrderByDescending(f => EntityForms.IsFull(label, f.Text))
        .ThenByDescending(f => f.Mentions)
        .ThenBy(f => EntityForms.IsCaps(f.Text))
        .ThenBy(f => NameKey.Of(f.Text), StringComparer.Ordinal)
        .Select(f => f.Text)
        .FirstOrDefault() ?? string.Empty;

    /// <summary>Forms merged by name key, a form in capitals giving way to another text of the same key (as the stores' alias upsert does).</summary>
    internal static List<EntityForm> MergeForms(IEnumerable<EntityForm> forms)
    {
        var merged = new List<EntityForm>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            var key = NameKey.Of(form.Text);
            if (key.Length == 0)
            {
                continue;
            }

            if (index.TryGetValue(key, out var at))
            {
                var text = EntityForms.IsCaps(merged[at].Text) && !EntityForms.IsCaps(form.Text) ? form.Text : merged[at].Text;
                merged[at] = new EntityForm(text, merged[at].Mentions + form.Mentions);
            }
            else
            {
                index[key] = merged.Count;
                merged.Add(form);
            }
        }

        return merged;
    }
}
