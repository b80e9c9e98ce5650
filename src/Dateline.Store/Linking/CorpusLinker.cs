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
    /// <summary>How many times more often than its only expansion an acronym may be written and still join it.</summary>
    private const long MaxAcronymRatio = 20;

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
            var key = NameShapes.Clean(inputs[i].Label, inputs[i].Name) is { } name ? EntityNames.Key(inputs[i].Label, name) : string.Empty;
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
        var apart = KeptApart(inputs, keys);
        var batchMentions = new List<SurnameMentions>();
        var roleCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);

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
            else if (input.Label == EntityLabel.PER && Variant(fullNames, key, apart) is { } variant)
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
                CountRoles(roleCounts, decision.Key, input.Titles);
            }

            foreach (var linkKey in decision.LinkKeys)
            {
                known.TryAdd((input.Label, linkKey), decision.Key);
            }

            decisions[i] = decision;
        }

        RedirectShortForms(inputs, decisions);

        // 2. A person's single name, against the full names of its article, of the corpus and of the batch.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var alone = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (decisions[i] is null && keys[i].Key.Length > 0)
            {
                surnames.Add(keys[i].Key);
                alone[keys[i].Key] = alone.GetValueOrDefault(keys[i].Key) + Math.Max(1, inputs[i].Mentions);
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
            var allTime = bySurname.TryGetValue(key, out var list) ? Totals(list, null) : [];
            var candidates = list is null ? [] : Totals(list, input.Month);
            if (candidates.Count == 0 && allTime.Count == 1)
            {
                // No full name with that surname in the period, one in the corpus: the sole-name rule over all months.
                candidates = allTime;
            }

            var inArticle = ArticleFullNames(inputs, decisions, i, key);
            if (inArticle.Count == 1)
            {
                // The article's own full name with that surname or first name (the resolution left them apart).
                decisions[i] = new LinkDecision(inArticle[0], LinkReason.Surname, []);
                continue;
            }

            if (inArticle.Count > 1)
            {
                // Two people of the article bear the name: only a title, or one that dominates the period, decides.
                candidates = [.. candidates.Where(c => inArticle.Contains(c.Key))];
            }

            // A name that mostly stands alone ("God" beside a few "Thank God") is its own entry, neither a full name's nor ambiguous.
            var standsAlone = alone[key] >= _options.AloneRatio * allTime.Sum(c => (long)c.Mentions);
            var dominant = Titled(candidates, roleCounts, PersonRoles.Of(input.Titles)) ?? (standsAlone ? null : Dominant(candidates));
            if (dominant is not null)
            {
                decisions[i] = new LinkDecision(dominant, LinkReason.Surname, []);
                continue;
            }

            var own = known.TryGetValue((input.Label, key), out var existing) && existing == key;
            var reason = candidates.Count(c => c.Mentions > 0) >= 2 && !standsAlone ? LinkReason.Ambiguous : own ? LinkReason.Key : LinkReason.New;
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
    /// The entries of the full-name persons of input <paramref name="at"/>'s article whose surname or first name is
    /// <paramref name="name"/> (the article's inputs are adjacent, with one <see cref="LinkInput.Article"/>).
    /// </summary>
    private static List<string> ArticleFullNames(IReadOnlyList<LinkInput> inputs, LinkDecision?[] decisions, int at, string name)
    {
        var found = new List<string>();
        var article = inputs[at].Article;
        var from = at;
        while (from > 0 && inputs[from - 1].Article == article)
        {
            from--;
        }

        for (var i = from; i < inputs.Count && inputs[i].Article == article; i++)
        {
            if (inputs[i].Label == EntityLabel.PER && decisions[i] is { Surname: { } surname } decision && !found.Contains(decision.Key)
                && (surname == name || decision.Key.StartsWith(name + " ", StringComparison.Ordinal)))
            {
                found.Add(decision.Key);
            }
        }

        return found;
    }

    /// <summary>
    /// Short forms of an organisation that the batch also names in full: an acronym written in capitals whose only
    /// expansion among the batch's organisations is one entry ("WTO", "World Trade Organization"), and a department
    /// named without the word ("Treasury", "Treasury Department"). Their inputs go to the full entry, and their keys
    /// lead there from now on.
    /// </summary>
    private static void RedirectShortForms(IReadOnlyList<LinkInput> inputs, LinkDecision?[] decisions)
    {
        var full = new HashSet<string>(StringComparer.Ordinal);
        var expansions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Label == EntityLabel.ORG && decisions[i] is { } counted)
            {
                mentions[counted.Key] = mentions.GetValueOrDefault(counted.Key) + Math.Max(1, inputs[i].Mentions);
            }
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Label != EntityLabel.ORG || decisions[i] is not { } decision || !full.Add(decision.Key) || !decision.Key.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var acronym in EntityNames.Initials(decision.Key))
            {
                if (!expansions.TryGetValue(acronym, out var set))
                {
                    expansions[acronym] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(decision.Key);
            }
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Label != EntityLabel.ORG || decisions[i] is not { } decision || decision.Reason == LinkReason.Alias)
            {
                continue;
            }

            string? target = null;
            if (full.Contains(decision.Key + " department") && decision.Key.Count(c => c == ' ') < 2)
            {
                target = decision.Key + " department";
            }
            else if (EntityForms.IsCaps(inputs[i].Name) && !decision.Key.Contains(' ', StringComparison.Ordinal)
                && expansions.TryGetValue(decision.Key, out var set) && set.Count == 1
                && mentions[set.First()] >= Math.Max(2, mentions[decision.Key] / MaxAcronymRatio))
            {
                // A rare expansion does not take a common acronym ("NBC", "National Butterfly Center").
                target = set.First();
            }

            if (target is not null)
            {
                decisions[i] = decision with { Key = target, Reason = LinkReason.Alias };
            }
        }
    }

    /// <summary>
    /// Full-name person keys that differ only by a suffix and that one article of the batch keeps as two entities
    /// ("Donald Trump" and "Donald Trump Jr."): two people. Without such an article "Joe Manchin III" is "Joe Manchin".
    /// </summary>
    private static HashSet<(string, string)> KeptApart(IReadOnlyList<LinkInput> inputs, (string Key, IReadOnlyList<string> Paired)[] keys)
    {
        var apart = new HashSet<(string, string)>();
        var article = new List<string>();
        for (var i = 0; i <= inputs.Count; i++)
        {
            if (i == inputs.Count || (i > 0 && inputs[i].Article != inputs[i - 1].Article))
            {
                for (var a = 0; a < article.Count; a++)
                {
                    for (var b = a + 1; b < article.Count; b++)
                    {
                        if (EntityNames.SameButSuffix(article[a], article[b]))
                        {
                            apart.Add(Pair(article[a], article[b]));
                        }
                    }
                }

                article.Clear();
                if (i == inputs.Count)
                {
                    break;
                }
            }

            if (inputs[i].Label == EntityLabel.PER && keys[i].Key.Length > 0 && !EntityNames.IsSingleName(keys[i].Key) && EntityNames.Surname(keys[i].Key) is not null)
            {
                article.Add(keys[i].Key);
            }
        }

        return apart;
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    /// <summary>
    /// The full-name entry, of the corpus or the batch, that may name the same person as <paramref name="key"/>
    /// ("Charles Schumer" for "Chuck Schumer") and has more mentions; the largest when several do, none on a tie.
    /// </summary>
    private static string? Variant(Dictionary<string, Dictionary<string, int>> fullNames, string key, HashSet<(string, string)> apart)
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
            if (entry == key || count < bestCount || !(EntityNames.SamePerson(entry, key) || (EntityNames.SameButSuffix(entry, key) && !apart.Contains(Pair(entry, key)))))
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
        var sole = top.Mentions == total;
        return top.Mentions >= (sole ? _options.MinSoleMentions : _options.MinMentions) && top.Mentions >= _options.MinShare * total ? top.Key : null;
    }

    /// <summary>
    /// The full name of the period whose titles in the batch hold every role word of a titled surname ("President
    /// Clinton"): the one with at least <see cref="LinkOptions.MinShare"/> of the candidates' titled mentions and at
    /// least two; <c>null</c> without role words or when none leads clearly.
    /// </summary>
    private string? Titled(List<(string Key, int Mentions)> candidates, Dictionary<string, Dictionary<string, int>> roleCounts, List<string> roles)
    {
        if (roles.Count == 0 || candidates.Count == 0)
        {
            return null;
        }

        string? best = null;
        var bestScore = 0;
        var total = 0;
        foreach (var (key, _) in candidates)
        {
            var score = roleCounts.TryGetValue(key, out var counts) ? roles.Min(r => counts.GetValueOrDefault(r)) : 0;
            total += score;
            if (score > bestScore)
            {
                (best, bestScore) = (key, score);
            }
        }

        return bestScore >= 2 && bestScore >= _options.MinShare * total ? best : null;
    }

    private static void CountRoles(Dictionary<string, Dictionary<string, int>> roleCounts, string key, IReadOnlyList<string>? titles)
    {
        foreach (var role in PersonRoles.Of(titles))
        {
            if (!roleCounts.TryGetValue(key, out var counts))
            {
                roleCounts[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            counts[role] = counts.GetValueOrDefault(role) + 1;
        }
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
