using Dateline.Core.Annotations;

namespace Dateline.Store.Linking;

/// <summary>
/// Decides the corpus entity of each article entity in a batch (docs/entities.md). Names, variants and paired
/// aliases are linked first, so a surname alone is judged against every full name of the corpus and of the batch:
/// <list type="number">
/// <item>the entity's normalised key (<see cref="EntityNames.Key"/>) leads to an entry: that entry;</item>
/// <item>else one of its paired aliases does (an acronym and its expansion, a full-name variant of one person);</item>
/// <item>else a person named by one name alone links to the full name that holds at least
/// <see cref="LinkOptions.MinShare"/> of that surname's full-name mentions and at least
/// <see cref="LinkOptions.MinMentions"/> of them within <see cref="LinkOptions.PeriodMonths"/> of the article;</item>
/// <item>else the entity starts (or joins) its own entry, marked ambiguous when several full names share the surname.</item>
/// </list>
/// Two different full names are never merged: a key leading to a person whose first name or surname differs is ignored.
/// </summary>
public sealed class CorpusLinker
{
    private readonly LinkOptions _options;

    /// <summary>A linker with the given parameters (<see cref="LinkOptions.Default"/> when <c>null</c>).</summary>
    public CorpusLinker(LinkOptions? options = null)
    {
        _options = options ?? LinkOptions.Default;
    }

    /// <summary>The decision for each input, in input order. Pure: the source is only read.</summary>
    public IReadOnlyList<LinkDecision> Link(IReadOnlyList<LinkInput> inputs, ILinkSource source)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(source);
        var keys = new (string Key, IReadOnlyList<string> Paired)[inputs.Count];
        var wanted = new HashSet<(EntityLabel, string)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var key = EntityNames.Key(inputs[i].Label, inputs[i].Name);
            keys[i] = (key, PairedKeys(inputs[i], key));
            wanted.Add((inputs[i].Label, key));
            foreach (var paired in keys[i].Paired)
            {
                wanted.Add((inputs[i].Label, paired));
            }
        }

        var known = new Dictionary<(EntityLabel Label, string Key), string>(source.Find(wanted));
        var decisions = new LinkDecision?[inputs.Count];
        var fullNames = FullNamesBySurname(inputs, keys, source);
        var batchMentions = new List<SurnameMentions>();

        // 1. Everything but a person's single name: keys, variants, paired aliases.
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var (key, paired) = keys[i];
            if (key.Length == 0 || (input.Label == EntityLabel.PER && EntityNames.IsSingleName(key)))
            {
                continue;
            }

            LinkDecision decision;
            if (Lookup(known, input.Label, key, key) is { } entry)
            {
                decision = new LinkDecision(entry, LinkReason.Key, [key, .. paired]);
            }
            else if (paired.Select(p => Lookup(known, input.Label, p, key)).FirstOrDefault(e => e is not null) is { } aliased)
            {
                decision = new LinkDecision(aliased, LinkReason.Alias, [key, .. paired]);
            }
            else if (input.Label == EntityLabel.PER && Variant(fullNames, key) is { } variant)
            {
                // "Chuck Schumer" when the corpus knows "Charles Schumer" (and no other compatible full name).
                decision = new LinkDecision(variant, LinkReason.Alias, [key, .. paired]);
            }
            else
            {
                decision = new LinkDecision(key, LinkReason.New, [key, .. paired]);
            }

            if (input.Label == EntityLabel.PER && EntityNames.Surname(decision.Key) is { } surname)
            {
                decision = decision with { Surname = surname };
                batchMentions.Add(new SurnameMentions(surname, decision.Key, input.Month ?? string.Empty, input.Mentions));
            }

            foreach (var linkKey in decision.LinkKeys)
            {
                known.TryAdd((input.Label, linkKey), decision.Key);
            }

            decisions[i] = decision;
        }

        // 2. A person's single name, against the full names of the corpus and of the batch.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (decisions[i] is null && keys[i].Key.Length > 0)
            {
                surnames.Add(keys[i].Key);
            }
        }

        var bySurname = (surnames.Count == 0 ? [] : source.Surnames(surnames)).Concat(batchMentions)
            .GroupBy(m => m.Surname, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (decisions[i] is not null || keys[i].Key.Length == 0)
            {
                continue;
            }

            var input = inputs[i];
            var key = keys[i].Key;
            var candidates = bySurname.TryGetValue(key, out var list) ? Totals(list, input.Month) : [];
            var dominant = Dominant(candidates);
            if (dominant is not null)
            {
                decisions[i] = new LinkDecision(dominant, LinkReason.Surname, []);
                continue;
            }

            var own = known.TryGetValue((input.Label, key), out var existing) && existing == key;
            var reason = candidates.Count(c => c.Mentions > 0) >= 2 ? LinkReason.Ambiguous : own ? LinkReason.Key : LinkReason.New;
            decisions[i] = new LinkDecision(key, reason, [key]);
        }

        return [.. decisions.Select((d, i) => d ?? new LinkDecision(string.Empty, LinkReason.New, []))];
    }

    /// <summary>
    /// The full-name person entries of the corpus and of the batch for the surnames of the batch's full names, with
    /// their mentions.
    /// </summary>
    private static Dictionary<string, Dictionary<string, int>> FullNamesBySurname(IReadOnlyList<LinkInput> inputs, (string Key, IReadOnlyList<string> Paired)[] keys, ILinkSource source)
    {
        var result = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        void Add(string surname, string key, int mentions)
        {
            if (!result.TryGetValue(surname, out var counts))
            {
                result[surname] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            counts[key] = counts.GetValueOrDefault(key) + mentions;
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Label == EntityLabel.PER && keys[i].Key.Length > 0 && !EntityNames.IsSingleName(keys[i].Key) && EntityNames.Surname(keys[i].Key) is { } surname)
            {
                Add(surname, keys[i].Key, Math.Max(1, inputs[i].Mentions));
            }
        }

        if (result.Count > 0)
        {
            foreach (var mention in source.Surnames(result.Keys.ToList()))
            {
                Add(mention.Surname, mention.Key, mention.Mentions);
            }
        }

        return result;
    }

    /// <summary>
    /// The full-name entry, of the corpus or the batch, that may name the same person as <paramref name="key"/>
    /// ("Charles Schumer" for "Chuck Schumer") and has more mentions; the largest when several do, none on a tie.
    /// </summary>
    private static string? Variant(Dictionary<string, Dictionary<string, int>> fullNames, string key)
    {
        if (EntityNames.IsSingleName(key) || EntityNames.Surname(key) is not { } surname || !fullNames.TryGetValue(surname, out var entries))
        {
            return null;
        }

        var own = entries.GetValueOrDefault(key);
        string? best = null;
        var bestCount = own;
        var tie = false;
        foreach (var (entry, count) in entries)
        {
            if (entry == key || count < bestCount || !EntityNames.SamePerson(entry, key))
            {
                continue;
            }

            if (count == bestCount)
            {
                tie = best is not null || count == own;
                if (count == own && string.CompareOrdinal(entry, key) < 0)
                {
                    // Equal counts: the ordinally smaller key is the entry, so both sides agree.
                    best = entry;
                    tie = false;
                }

                continue;
            }

            best = entry;
            bestCount = count;
            tie = false;
        }

        return tie ? null : best;
    }

    /// <summary>
    /// The full-name entry that clearly dominates a surname given mentions per entry and month, around
    /// <paramref name="month"/> (all months when <c>null</c>); <c>null</c> when none does.
    /// </summary>
    public string? Dominant(IReadOnlyList<SurnameMentions> mentions, string? month)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return Dominant(Totals(mentions, month));
    }

    /// <summary>Full-name entries and their mentions around the month, most first.</summary>
    public List<(string Key, int Mentions)> Totals(IEnumerable<SurnameMentions> mentions, string? month)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        string? from = null;
        string? to = null;
        if (!string.IsNullOrEmpty(month))
        {
            from = EntityNames.AddMonths(month, -_options.PeriodMonths);
            to = EntityNames.AddMonths(month, _options.PeriodMonths);
        }

        return [.. mentions
            .Where(m => from is null || (string.CompareOrdinal(m.Month, from) >= 0 && string.CompareOrdinal(m.Month, to) <= 0))
            .GroupBy(m => m.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Mentions: g.Sum(m => m.Mentions)))
            .OrderByDescending(c => c.Mentions)
            .ThenBy(c => c.Key, StringComparer.Ordinal)];
    }

    private string? Dominant(List<(string Key, int Mentions)> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var total = candidates.Sum(c => (long)c.Mentions);
        var top = candidates[0];
        return top.Mentions >= _options.MinMentions && top.Mentions >= _options.MinShare * total ? top.Key : null;
    }

    /// <summary>The entry a key leads to, unless that would merge two different people.</summary>
    private static string? Lookup(Dictionary<(EntityLabel, string), string> known, EntityLabel label, string key, string own)
    {
        if (!known.TryGetValue((label, key), out var entry))
        {
            return null;
        }

        if (label == EntityLabel.PER && entry != own && !EntityNames.IsSingleName(entry) && !EntityNames.SamePerson(entry, own))
        {
            return null;
        }

        return entry;
    }

    /// <summary>
    /// Aliases the article pairs with the entity that may lead to its entry: an acronym and its expansion
    /// (either way round), and for people a full-name variant with the same surname and a compatible first name.
    /// </summary>
    private static List<string> PairedKeys(LinkInput input, string key)
    {
        var paired = new List<string>();
        if (key.Length == 0)
        {
            return paired;
        }

        foreach (var alias in input.Aliases)
        {
            var aliasKey = EntityNames.Key(input.Label, alias);
            if (aliasKey.Length == 0 || aliasKey == key || paired.Contains(aliasKey))
            {
                continue;
            }

            var pairs = input.Label == EntityLabel.PER
                ? !EntityNames.IsSingleName(aliasKey) && !EntityNames.IsSingleName(key) && EntityNames.SamePerson(aliasKey, key)
                : EntityNames.IsAcronymOf(aliasKey, key) || EntityNames.IsAcronymOf(key, aliasKey);
            if (pairs)
            {
                paired.Add(aliasKey);
            }
        }

        return paired;
    }
}
