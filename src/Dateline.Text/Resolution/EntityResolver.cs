using System.Collections.Immutable;
using System.Text;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Resolution;

/// <summary>
/// Clusters the named mentions of one document into entities. Fullest names are placed first; a shorter mention then
/// joins the entity whose name it shortens ("Sessions" -> "Jeff Sessions"), an acronym joins the organisation whose
/// initials it spells ("ACLU-NM" -> "American Civil Liberties Union of New Mexico", the suffix read as a state code),
/// and titles are kept as attributes (role words left of a person's name, or an appositive right of it).
/// </summary>
internal static class EntityResolver
{
    private static readonly string[] FunctionWords = ["of", "the", "and", "for", "&", "on", "in", "de", "to", "at"];

    public static ImmutableArray<Entity> Resolve(string text, ImmutableArray<Mention> mentions)
    {
        if (mentions.IsDefaultOrEmpty)
        {
            return [];
        }

        var infos = new MentionInfo[mentions.Length];
        var endToStart = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Length; i++)
        {
            if (mentions[i].Label != EntityLabel.PER)
            {
                endToStart[mentions[i].Span.End] = mentions[i].Span.Start;
            }
        }

        var places = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Length; i++)
        {
            if (mentions[i].Label == EntityLabel.LOC)
            {
                places[mentions[i].Span.Start] = mentions[i].Span.End;
            }
        }

        for (var i = 0; i < mentions.Length; i++)
        {
            infos[i] = Describe(text, i, mentions[i], endToStart);
            if (mentions[i].Label == EntityLabel.ORG && OfPlace(text, mentions[i].Span.End, places) is { } place)
            {
                // The tagger split "American Civil Liberties Union | of | New Mexico": the name keeps its place.
                var name = infos[i].Name + " of " + place;
                infos[i] = new MentionInfo(i, mentions[i], name, name.Split(' ', StringSplitOptions.RemoveEmptyEntries), infos[i].Title, infos[i].Gender);
            }
        }

        var order = Enumerable.Range(0, infos.Length)
            .Where(i => infos[i].Tokens.Length > 0)
            .OrderByDescending(i => infos[i].Tokens.Length)
            .ThenBy(i => infos[i].Mention.Span.Start)
            .ToArray();
        var clusters = new List<Cluster>();
        foreach (var i in order)
        {
            var info = infos[i];
            var cluster = FindCluster(clusters, info) ?? AddCluster(clusters, info);
            cluster.Add(info);
        }

        clusters.Sort((a, b) => a.FirstStart.CompareTo(b.FirstStart));
        var entities = ImmutableArray.CreateBuilder<Entity>(clusters.Count);
        for (var id = 0; id < clusters.Count; id++)
        {
            entities.Add(clusters[id].ToEntity(id));
        }

        return entities.MoveToImmutable();
    }

    /// <summary>The place named by a LOC mention that follows " of " right after an organisation, if any.</summary>
    private static string? OfPlace(string text, int end, Dictionary<int, int> places)
    {
        const string Of = " of ";
        if (end + Of.Length >= text.Length || string.CompareOrdinal(text, end, Of, 0, Of.Length) != 0)
        {
            return null;
        }

        var start = end + Of.Length;
        return places.TryGetValue(start, out var placeEnd) ? text[start..placeEnd] : null;
    }

    /// <summary>Acronym keys of a full name: initials of its capitalised words, with and without function words, and "base + state code".</summary>
    internal static IEnumerable<string> AcronymKeys(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            yield break;
        }

        var content = new StringBuilder();
        var all = new StringBuilder();
        foreach (var word in words)
        {
            var letter = word.FirstOrDefault(char.IsLetter);
            if (letter == default)
            {
                continue;
            }

            if (char.IsUpper(letter))
            {
                content.Append(letter);
            }

            if (char.IsUpper(letter) || FunctionWords.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                all.Append(char.ToUpperInvariant(letter));
            }
        }

        if (content.Length >= 2)
        {
            yield return content.ToString();
        }

        if (all.Length >= 2 && all.Length != content.Length)
        {
            yield return all.ToString();
        }

        // "American Civil Liberties Union of New Mexico": "ACLU" and "ACLU" + "NM".
        var of = name.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of > 0)
        {
            var baseKeys = AcronymKeys(name[..of]).ToList();
            var place = name[(of + 4)..];
            var code = PlaceCodes.CodeOf(place);
            foreach (var key in baseKeys)
            {
                yield return key;
                if (code is not null)
                {
                    yield return key + code;
                }
            }

            var single = name[..of].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (single.Length == 1 && code is not null)
            {
                yield return single[0].ToUpperInvariant() + code;
            }
        }
    }

    /// <summary>Whether a name is written as an acronym: one token of capitals (dots, hyphens, ampersands and digits allowed).</summary>
    internal static bool IsAcronym(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var upper = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2;
    }

    /// <summary>An acronym's letters: "ACLU-NM" -> "ACLUNM", "U.S." -> "US".</summary>
    internal static string AcronymLetters(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static MentionInfo Describe(string text, int index, Mention mention, Dictionary<int, int> endToStart)
    {
        var raw = text.Substring(mention.Span.Start, mention.Span.Length);
        var name = NormalizeName(raw);
        string? title = null;
        var gender = Gender.Unknown;
        if (mention.Label == EntityLabel.PER)
        {
            // Role words inside the mention itself ("Attorney General Jeff Sessions" tagged whole).
            var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var skip = 0;
            while (skip < tokens.Length - 1 && (RoleWords.IsRole(tokens[skip]) || RoleWords.IsHonorific(tokens[skip])))
            {
                if (gender == Gender.Unknown)
                {
                    gender = RoleWords.GenderOf(tokens[skip]);
                }

                skip++;
            }

            var inner = string.Join(' ', tokens.Take(skip).Where(t => !RoleWords.IsHonorific(t)));
            name = string.Join(' ', tokens.Skip(skip));
            var left = TitleFinder.Left(text, mention.Span.Start, end => endToStart.TryGetValue(end, out var start) ? start : -1);
            if (gender == Gender.Unknown)
            {
                gender = left.Gender;
            }

            var titleParts = new[] { left.Title, inner.Length > 0 ? inner : null }.Where(t => t is not null);
            var joined = string.Join(' ', titleParts);
            title = joined.Length > 0 ? joined : TitleFinder.Appositive(text, mention.Span.End);
        }

        if (mention.Label == EntityLabel.LOC && PlaceCodes.NameOfAbbreviation(name) is { } place)
        {
            name = place;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new MentionInfo(index, mention, name, words, title, gender);
    }

    /// <summary>Trims a mention to a name: no leading "the", no possessive ending, single spaces.</summary>
    private static string NormalizeName(string raw)
    {
        var name = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
        }

        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }
        else if (name.EndsWith('\'') || name.EndsWith('\u2019'))
        {
            name = name[..^1];
        }

        return name.Trim();
    }

    private static Cluster AddCluster(List<Cluster> clusters, MentionInfo info)
    {
        var cluster = new Cluster(info.Mention.Label);
        clusters.Add(cluster);
        return cluster;
    }

    private static Cluster? FindCluster(List<Cluster> clusters, MentionInfo info)
    {
        Cluster? best = null;
        var bestDistance = int.MaxValue;
        var label = info.Mention.Label;
        foreach (var cluster in clusters)
        {
            var sameLabel = cluster.Label == label;
            var matches = sameLabel ? cluster.Matches(info) : CrossLabelMatch(cluster, info);
            if (!matches)
            {
                continue;
            }

            var distance = cluster.Distance(info.Mention.Span.Start) + (sameLabel ? 0 : 1_000_000);
            if (distance < bestDistance)
            {
                best = cluster;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The tagger may label a lone surname ORG or MISC: it still joins a person whose surname it is.</summary>
    private static bool CrossLabelMatch(Cluster cluster, MentionInfo info) =>
        cluster.Label == EntityLabel.PER && info.Mention.Label is EntityLabel.ORG or EntityLabel.MISC
            && info.Tokens.Length == 1 && cluster.HasSurname(info.Tokens[0]);

    private sealed record MentionInfo(int Index, Mention Mention, string Name, string[] Tokens, string? Title, Gender Gender)
    {
        public bool Acronym { get; } = IsAcronym(Name);

        public string[] Keys { get; } = Mention.Label is EntityLabel.ORG or EntityLabel.MISC
            ? (IsAcronym(Name) ? [AcronymLetters(Name)] : AcronymKeys(Name).Distinct(StringComparer.Ordinal).ToArray())
            : [];
    }

    /// <summary>An entity under construction.</summary>
    private sealed class Cluster(EntityLabel label)
    {
        private readonly List<MentionInfo> _mentions = [];
        private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
        private bool _hasAcronym;

        public EntityLabel Label { get; } = label;

        public int FirstStart { get; private set; } = int.MaxValue;

        public void Add(MentionInfo info)
        {
            _mentions.Add(info);
            FirstStart = Math.Min(FirstStart, info.Mention.Span.Start);
            _names.Add(info.Name);
            _hasAcronym |= info.Acronym;
            foreach (var key in info.Keys)
            {
                _keys.Add(key);
            }
        }

        public bool HasSurname(string token) =>
            _mentions.Any(m => m.Tokens.Length >= 2 && string.Equals(m.Tokens[^1], token, StringComparison.OrdinalIgnoreCase));

        public bool Matches(MentionInfo info)
        {
            if (_names.Contains(info.Name))
            {
                return true;
            }

            if (Label == EntityLabel.PER)
            {
                if (info.Tokens.Length == 1)
                {
                    var token = info.Tokens[0];
                    return _mentions.Any(m => m.Tokens.Length >= 2
                        && (string.Equals(m.Tokens[^1], token, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Tokens[0], token, StringComparison.OrdinalIgnoreCase)));
                }

                // "Donald J. Trump" and "Donald Trump": same first and last names.
                return _mentions.Any(m => m.Tokens.Length >= 2
                    && string.Equals(m.Tokens[0], info.Tokens[0], StringComparison.OrdinalIgnoreCase)
                    && string.Equals(m.Tokens[^1], info.Tokens[^1], StringComparison.OrdinalIgnoreCase));
            }

            // "Chrysler" and "Chrysler Corp": one company, named with and without its corporate suffix.
            if (Label == EntityLabel.ORG && info.Mention.Label == EntityLabel.ORG && BaseName(info.Tokens) is { Count: > 0 } infoBase
                && _mentions.Any(m => m.Mention.Label == EntityLabel.ORG && BaseName(m.Tokens).SequenceEqual(infoBase, StringComparer.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (info.Keys.Length == 0)
            {
                return false;
            }

            if (info.Acronym)
            {
                if (_keys.Contains(info.Keys[0]))
                {
                    return true;
                }

                var dash = info.Name.IndexOf('-', StringComparison.Ordinal);
                return dash > 1 && !_hasAcronym && _keys.Contains(AcronymLetters(info.Name[..dash]));
            }

            return _hasAcronym && info.Keys.Any(_keys.Contains);
        }

        /// <summary>A company's name without its trailing corporate suffixes and commas ("Chrysler Corp" -> "Chrysler").</summary>
        private static ArraySegment<string> BaseName(string[] tokens)
        {
            var end = tokens.Length;
            while (end > 1 && (Ner.OrganisationRule.IsCorporateSuffix(tokens[end - 1]) || tokens[end - 1] == ","))
            {
                end--;
            }

            return new ArraySegment<string>(tokens, 0, end);
        }

        public int Distance(int start)
        {
            var best = int.MaxValue;
            foreach (var mention in _mentions)
            {
                var distance = mention.Mention.Span.Start <= start ? start - mention.Mention.Span.Start : 2 * (mention.Mention.Span.Start - start);
                best = Math.Min(best, distance);
            }

            return best;
        }

        public Entity ToEntity(int id)
        {
            var ordered = _mentions.OrderBy(m => m.Mention.Span.Start).ToList();
            var name = ordered
                .Where(m => !IsAcronym(m.Name) || ordered.All(o => IsAcronym(o.Name)))
                .OrderByDescending(m => m.Tokens.Length)
                .ThenBy(m => m.Mention.Span.Start)
                .First().Name;
            var aliases = ordered.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
            var titles = ordered.Where(m => m.Title is not null).Select(m => m.Title!).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
            var mentions = ordered.Select(m => m.Index).ToImmutableArray();
            return new Entity(id, Label, name, aliases, titles, mentions);
        }
    }
}
