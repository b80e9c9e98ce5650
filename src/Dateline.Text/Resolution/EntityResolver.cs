using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Resolution;

/// <summary>
/// Clusters the named mentions of one document into entities. Fullest names are placed first; a shorter mention then
/// joins the entity whose name it shortens ("Sessions" -> "Jeff Sessions"), an acronym joins the organisation whose
/// initials it spells ("ACLU-NM" -> "American Civil Liberties Union of New Mexico", the suffix read as a state code),
/// and titles are kept as attributes (role words left of a person's name, or an appositive right of it).
/// </summary>
/// <remarks>
/// Names are normalised once per mention (one string each); their words are ranges into that string, not strings of
/// their own. A mention is compared only with the entities that share a name word or an acronym key with it (an index
/// by the case-insensitive hash of words and keys), in the order the entities were created, which gives the same result
/// as comparing it with every entity.
/// </remarks>
internal static partial class EntityResolver
{
    private static readonly string[] FunctionWords = ["of", "the", "and", "for", "&", "on", "in", "de", "to", "at"];

    [ThreadStatic]
    private static Workspace? t_workspace;

    public static ImmutableArray<Entity> Resolve(string text, ImmutableArray<Mention> mentions)
    {
        if (mentions.IsDefaultOrEmpty)
        {
            return [];
        }

        // The lookups of one call are reused by the next call on the thread (unless a document was very large).
        var work = t_workspace ?? new Workspace();
        t_workspace = mentions.Length <= Workspace.MaxMentions ? work : null;
        work.Clear();
        var endToStart = work.EndToStart;
        var places = work.Places;
        var infos = new MentionInfo[mentions.Length];
        for (var i = 0; i < mentions.Length; i++)
        {
            if (mentions[i].Label != EntityLabel.PER)
            {
                endToStart[mentions[i].Span.End] = mentions[i].Span.Start;
            }

            if (mentions[i].Label == EntityLabel.LOC)
            {
                places[mentions[i].Span.Start] = mentions[i].Span.End;
            }
        }

        var order = work.Order;
        for (var i = 0; i < mentions.Length; i++)
        {
            infos[i] = Describe(text, i, mentions[i], endToStart, places);
            if (infos[i].Tokens.Length > 0)
            {
                order.Add(i);
            }
        }

        // Longest names first, then by position (the index breaks remaining ties, as a stable sort would).
        order.Sort((a, b) =>
        {
            var byLength = infos[b].Tokens.Length.CompareTo(infos[a].Tokens.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byStart = infos[a].Mention.Span.Start.CompareTo(infos[b].Mention.Span.Start);
            return byStart != 0 ? byStart : a.CompareTo(b);
        });

        var clusters = new List<Cluster>();
        var index = work.Index;
        for (var rank = 0; rank < order.Count; rank++)
        {
            var info = infos[order[rank]];
            info.Rank = rank;
            var id = FindCluster(clusters, index, info);
            if (id < 0)
            {
                id = clusters.Count;
                clusters.Add(new Cluster(info.Mention.Label));
            }

            clusters[id].Add(info);
            index.Add(id, info);
        }

        clusters.Sort((a, b) => a.FirstStart.CompareTo(b.FirstStart));
        var entities = ImmutableArray.CreateBuilder<Entity>(clusters.Count);
        for (var id = 0; id < clusters.Count; id++)
        {
            entities.Add(clusters[id].ToEntity(id));
        }

        return entities.MoveToImmutable();
    }

    /// <summary>Acronym keys of a full name: initials of its capitalised words, with and without function words, and "base + state code"; no key twice.</summary>
    internal static string[] AcronymKeys(string name)
    {
        var keys = new List<string>();
        AddAcronymKeys(name.AsSpan(), keys);
        return keys.Count == 0 ? [] : [.. keys];
    }

    /// <summary>Whether a name is written as an acronym: one token of capitals (dots, hyphens, ampersands and digits allowed).</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> name)
    {
        if (name.Contains(' '))
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
    internal static string AcronymLetters(ReadOnlySpan<char> name)
    {
        var rented = name.Length > 128 ? ArrayPool<char>.Shared.Rent(name.Length) : null;
        var buffer = rented is null ? stackalloc char[name.Length] : rented;
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        var letters = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return letters;
    }

    /// <summary>
    /// Appends the acronym keys of <paramref name="name"/> to <paramref name="keys"/>, skipping keys already there
    /// (the order is that of the keys' first occurrence).
    /// </summary>
    private static void AddAcronymKeys(ReadOnlySpan<char> name, List<string> keys)
    {
        var words = 0;
        foreach (var range in name.Split(' '))
        {
            words += name[range].IsEmpty ? 0 : 1;
        }

        if (words < 2)
        {
            return;
        }

        Span<char> content = stackalloc char[words];
        Span<char> all = stackalloc char[words];
        var contentLength = 0;
        var allLength = 0;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            var at = FirstLetter(word);
            if (at < 0)
            {
                continue;
            }

            var letter = word[at];
            var upper = char.IsUpper(letter);
            if (upper)
            {
                content[contentLength++] = letter;
            }

            if (upper || IsFunctionWord(word))
            {
                all[allLength++] = char.ToUpperInvariant(letter);
            }
        }

        if (contentLength >= 2)
        {
            AddKey(keys, content[..contentLength]);
        }

        if (allLength >= 2 && allLength != contentLength)
        {
            AddKey(keys, all[..allLength]);
        }

        // "American Civil Liberties Union of New Mexico": "ACLU" and "ACLU" + "NM".
        var of = name.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of > 0)
        {
            var baseName = name[..of];
            var code = PlaceCodes.CodeOf(name[(of + 4)..]);
            var baseKeys = new List<string>();
            AddAcronymKeys(baseName, baseKeys);
            foreach (var key in baseKeys)
            {
                AddKey(keys, key);
                if (code is not null)
                {
                    AddKey(keys, string.Concat(key, code));
                }
            }

            if (code is not null && SingleWord(baseName) is { IsEmpty: false } word)
            {
                Span<char> single = stackalloc char[word.Length + code.Length];
                word.ToUpperInvariant(single);
                code.AsSpan().CopyTo(single[word.Length..]);
                AddKey(keys, single);
            }
        }
    }

    private static int FirstLetter(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The only word of a phrase between spaces, or empty when it has none or several.</summary>
    private static ReadOnlySpan<char> SingleWord(ReadOnlySpan<char> phrase)
    {
        var word = phrase.Trim(' ');
        return word.Contains(' ') ? [] : word;
    }

    private static void AddKey(List<string> keys, ReadOnlySpan<char> key)
    {
        foreach (var existing in keys)
        {
            if (key.SequenceEqual(existing))
            {
                return;
            }
        }

        keys.Add(key.ToString());
    }

    private static void AddKey(List<string> keys, string key)
    {
        if (!keys.Contains(key, StringComparer.Ordinal))
        {
            keys.Add(key);
        }
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> word)
    {
        foreach (var function in FunctionWords)
        {
            if (word.Equals(function, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static MentionInfo Describe(string text, int index, Mention mention, Dictionary<int, int> endToStart, Dictionary<int, int> places)
    {
        var name = NormalizeName(text.AsSpan(mention.Span.Start, mention.Span.Length));
        string? title = null;
        var gender = Gender.Unknown;
        if (mention.Label == EntityLabel.PER)
        {
            // Role words inside the mention itself ("Attorney General Jeff Sessions" tagged whole).
            var tokens = SplitSpaces(name);
            var skip = 0;
            while (skip < tokens.Length - 1 && (RoleWords.IsRole(name.AsSpan(tokens[skip])) || RoleWords.IsHonorific(name.AsSpan(tokens[skip]))))
            {
                if (gender == Gender.Unknown)
                {
                    gender = RoleWords.GenderOf(name.AsSpan(tokens[skip]));
                }

                skip++;
            }

            string? inner = null;
            if (skip > 0)
            {
                inner = JoinNonHonorifics(name, tokens.AsSpan(0, skip));
                name = name[tokens[skip].Start.Value..];
            }

            var left = TitleFinder.Left(text, mention.Span.Start, endToStart);
            if (gender == Gender.Unknown)
            {
                gender = left.Gender;
            }

            title = (left.Title, inner) switch
            {
                ({ } outer, { Length: > 0 } inside) => string.Concat(outer, " ", inside),
                ({ } outer, _) => outer,
                (null, { Length: > 0 } inside) => inside,
                _ => null,
            };
            title = title is { Length: > 0 } ? title : TitleFinder.Appositive(text, mention.Span.End);
        }

        if (mention.Label == EntityLabel.LOC && PlaceCodes.NameOfAbbreviation(name.AsSpan()) is { } place)
        {
            name = place;
        }

        if (mention.Label == EntityLabel.ORG && OfPlace(text, mention.Span.End, places) is { } ofPlace)
        {
            // The tagger split "American Civil Liberties Union | of | New Mexico": the name keeps its place.
            name = string.Concat(name, " of ", ofPlace);
        }

        return new MentionInfo(index, mention, name, title, gender);
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

    /// <summary>The words of a name not counting honorifics, joined by single spaces ("" when all are honorifics).</summary>
    private static string JoinNonHonorifics(string name, ReadOnlySpan<Range> tokens)
    {
        var all = true;
        foreach (var token in tokens)
        {
            all &= !RoleWords.IsHonorific(name.AsSpan(token));
        }

        if (all)
        {
            return name[tokens[0].Start.Value..tokens[^1].End.Value];
        }

        var slice = name.AsSpan(tokens[0].Start.Value, tokens[^1].End.Value - tokens[0].Start.Value);
        var rented = slice.Length > 256 ? ArrayPool<char>.Shared.Rent(slice.Length) : null;
        var buffer = rented is null ? stackalloc char[slice.Length] : rented;
        var length = 0;
        foreach (var token in tokens)
        {
            var word = name.AsSpan(token);
            if (RoleWords.IsHonorific(word))
            {
                continue;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer[length..]);
            length += word.Length;
        }

        var joined = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return joined;
    }

    /// <summary>Trims a mention to a name: whitespace runs as single spaces, no leading "the", no possessive ending.</summary>
    private static string NormalizeName(ReadOnlySpan<char> raw)
    {
        var rented = raw.Length > 256 ? ArrayPool<char>.Shared.Rent(raw.Length) : null;
        var buffer = rented is null ? stackalloc char[raw.Length] : rented;
        var length = 0;
        var space = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c;
        }

        var name = buffer[..length];
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

        var result = name.Trim().ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>The words of a name between single spaces (what <c>Split(' ', RemoveEmptyEntries)</c> gives), as ranges.</summary>
    private static Range[] SplitSpaces(string name)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in name)
        {
            count += !inWord && c != ' ' ? 1 : 0;
            inWord = c != ' ';
        }

        if (count == 0)
        {
            return [];
        }

        var ranges = new Range[count];
        var r = 0;
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var boundary = i == name.Length || name[i] == ' ';
            if (!boundary && start < 0)
            {
                start = i;
            }
            else if (boundary && start >= 0)
            {
                ranges[r++] = new Range(start, i);
                start = -1;
            }
        }

        return ranges;
    }

    /// <summary>The nearest cluster the mention matches (same label first), or -1.</summary>
    private static int FindCluster(List<Cluster> clusters, ClusterIndex index, MentionInfo info)
    {
        if (SharedName(clusters, index, info) is { } shared)
        {
            return shared;
        }

        if (IsGlued(info))
        {
            return -1;
        }

        var best = -1;
        var bestDistance = int.MaxValue;
        var label = info.Mention.Label;
        foreach (var id in index.Candidates(info, clusters.Count))
        {
            var cluster = clusters[id];
            if (cluster.Glued)
            {
                continue;
            }

            var sameLabel = cluster.Label == label;
            var matches = sameLabel ? cluster.Matches(info) : CrossLabelMatch(cluster, info);
            if (!matches)
            {
                continue;
            }

            var distance = cluster.Distance(info.Mention.Span.Start) + (sameLabel ? 0 : 1_000_000);
            if (distance < bestDistance)
            {
                best = id;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The tagger may label a lone surname ORG or MISC: it still joins a person whose surname it is.</summary>
    private static bool CrossLabelMatch(Cluster cluster, MentionInfo info) =>
        cluster.Label == EntityLabel.PER && info.Mention.Label is EntityLabel.ORG or EntityLabel.MISC
            && info.Tokens.Length == 1 && cluster.HasSurname(info.Token(0));

    /// <summary>One mention, described: its name, the name's words (ranges into it), title, gender and acronym keys.</summary>
    private sealed class MentionInfo
    {
        public MentionInfo(int index, Mention mention, string name, string? title, Gender gender)
        {
            Index = index;
            Mention = mention;
            Name = name;
            Tokens = SplitSpaces(name);
            Title = title;
            Gender = gender;
            Acronym = IsAcronym(name);
            if (mention.Label is EntityLabel.ORG or EntityLabel.MISC)
            {
                Keys = Acronym ? [AcronymLetters(name)] : AcronymKeys(name);
                var dash = name.IndexOf('-', StringComparison.Ordinal);
                DashKey = Acronym && dash > 1 ? AcronymLetters(name.AsSpan(0, dash)) : null;
            }

            if (mention.Label == EntityLabel.ORG)
            {
                // A company's name without its trailing corporate suffixes and commas ("Chrysler Corp" -> "Chrysler").
                var end = Tokens.Length;
                while (end > 1 && (Ner.OrganisationRule.IsCorporateSuffix(Token(end - 1)) || Token(end - 1) is ","))
                {
                    end--;
                }

                BaseLength = end;
            }
        }

        public int Index { get; }

        public Mention Mention { get; }

        public string Name { get; }

        public Range[] Tokens { get; }

        public string? Title { get; }

        public Gender Gender { get; }

        public bool Acronym { get; }

        public string[] Keys { get; } = [];

        /// <summary>The letters of an acronym's part before its hyphen ("ACLU" of "ACLU-NM"), if it has one.</summary>
        public string? DashKey { get; }

        /// <summary>The number of words of an organisation's name without its corporate suffix.</summary>
        public int BaseLength { get; }

        /// <summary>The place of the mention in the clustering order.</summary>
        public int Rank { get; set; }

        public ReadOnlySpan<char> Token(int i) => Name.AsSpan(Tokens[i]);

        public ReadOnlySpan<char> LastToken => Name.AsSpan(Tokens[^1]);
    }

    /// <summary>
    /// The clusters holding a name word or acronym key, by the key's case-insensitive hash: for each hash a chain of
    /// entries (cluster, next entry), newest first.
    /// </summary>
    private sealed class ClusterIndex
    {
        private readonly Dictionary<int, int> _heads = [];
        private readonly List<(int Cluster, int Next)> _entries = [];
        private readonly List<int> _seen = [];
        private readonly List<int> _candidates = [];
        private int _query;

        public void Clear()
        {
            _heads.Clear();
            _entries.Clear();
            _seen.Clear();
            _candidates.Clear();
            _query = 0;
        }

        public void Add(int id, MentionInfo info)
        {
            for (var t = 0; t < info.Tokens.Length; t++)
            {
                Add(id, Hash(info.Token(t)));
            }

            foreach (var key in info.Keys)
            {
                Add(id, Hash(key));
            }
        }

        /// <summary>
        /// The clusters that share a word or key with the mention, in creation order: every cluster the mention can
        /// match is among them (a shared name, surname, first name, company base name or acronym key means a shared word or key).
        /// </summary>
        public List<int> Candidates(MentionInfo info, int clusterCount)
        {
            _query++;
            while (_seen.Count < clusterCount)
            {
                _seen.Add(0);
            }

            _candidates.Clear();
            for (var t = 0; t < info.Tokens.Length; t++)
            {
                Collect(Hash(info.Token(t)));
            }

            foreach (var key in info.Keys)
            {
                Collect(Hash(key));
            }

            if (info.DashKey is { } dashKey)
            {
                Collect(Hash(dashKey));
            }

            _candidates.Sort();
            return _candidates;
        }

        private static int Hash(ReadOnlySpan<char> key) => string.GetHashCode(key, StringComparison.OrdinalIgnoreCase);

        private void Add(int id, int hash)
        {
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_heads, hash, out var exists);
            if (exists && _entries[head - 1].Cluster == id)
            {
                return;
            }

            // Entries are numbered from 1 so that 0 ends a chain.
            _entries.Add((id, exists ? head : 0));
            head = _entries.Count;
        }

        private void Collect(int hash)
        {
            if (!_heads.TryGetValue(hash, out var entry))
            {
                return;
            }

            while (entry > 0)
            {
                var (id, next) = _entries[entry - 1];
                if (_seen[id] != _query)
                {
                    _seen[id] = _query;
                    _candidates.Add(id);
                }

                entry = next;
            }
        }
    }

    /// <summary>The lookups of one call, kept for the next call on the same thread.</summary>
    private sealed class Workspace
    {
        /// <summary>Documents with more mentions than this do not leave their (large) lookups behind.</summary>
        public const int MaxMentions = 4096;

        public Dictionary<int, int> EndToStart { get; } = [];

        public Dictionary<int, int> Places { get; } = [];

        public List<int> Order { get; } = [];

        public ClusterIndex Index { get; } = new();

        public void Clear()
        {
            EndToStart.Clear();
            Places.Clear();
            Order.Clear();
            Index.Clear();
        }
    }

    /// <summary>An entity under construction.</summary>
    private sealed partial class Cluster(EntityLabel label)
    {
        private readonly List<MentionInfo> _mentions = new(2);
        private bool _hasAcronym;

        public EntityLabel Label { get; } = label;

        public int FirstStart { get; private set; } = int.MaxValue;

        public void Add(MentionInfo info)
        {
            _mentions.Add(info);
            FirstStart = Math.Min(FirstStart, info.Mention.Span.Start);
            _hasAcronym |= info.Acronym;
        }

        public bool HasSurname(ReadOnlySpan<char> token)
        {
            foreach (var m in _mentions)
            {
                if (m.Tokens.Length >= 2 && m.LastToken.Equals(token, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        public bool Matches(MentionInfo info)
        {
            if (HasName(info.Name))
            {
                return true;
            }

            if (Label == EntityLabel.PER)
            {
                if (info.Tokens.Length == 1)
                {
                    var token = info.Token(0);
                    foreach (var m in _mentions)
                    {
                        if (m.Tokens.Length >= 2
                            && (m.LastToken.Equals(token, StringComparison.OrdinalIgnoreCase) || m.Token(0).Equals(token, StringComparison.OrdinalIgnoreCase)))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                // "Donald J. Trump" and "Donald Trump": same first and last names.
                foreach (var m in _mentions)
                {
                    if (m.Tokens.Length >= 2
                        && m.Token(0).Equals(info.Token(0), StringComparison.OrdinalIgnoreCase)
                        && m.LastToken.Equals(info.LastToken, StringComparison.OrdinalIgnoreCase)
                        && MiddlesAgree(m, info))
                    {
                        return true;
                    }
                }

                return false;
            }

            // "Chrysler" and "Chrysler Corp": one company, named with and without its corporate suffix.
            if (Label == EntityLabel.ORG && info.Mention.Label == EntityLabel.ORG)
            {
                foreach (var m in _mentions)
                {
                    if (m.Mention.Label == EntityLabel.ORG && SameBaseName(m, info))
                    {
                        return true;
                    }
                }
            }

            if (info.Keys.Length == 0)
            {
                return false;
            }

            if (info.Acronym)
            {
                if (HasKey(info.Keys[0]))
                {
                    return true;
                }

                return info.DashKey is { } dashKey && !_hasAcronym && HasKey(dashKey);
            }

            if (!_hasAcronym)
            {
                return false;
            }

            foreach (var key in info.Keys)
            {
                if (HasKey(key))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a mention of the cluster has this name (case-insensitive).</summary>
        private bool HasName(string name)
        {
            foreach (var m in _mentions)
            {
                if (string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a mention of the cluster has this acronym key (case-insensitive).</summary>
        private bool HasKey(string key)
        {
            foreach (var m in _mentions)
            {
                foreach (var own in m.Keys)
                {
                    if (string.Equals(own, key, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
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
            // By position; mentions at one position in clustering order.
            var ordered = _mentions.ToArray();
            Array.Sort(ordered, (a, b) =>
            {
                var byStart = a.Mention.Span.Start.CompareTo(b.Mention.Span.Start);
                return byStart != 0 ? byStart : a.Rank.CompareTo(b.Rank);
            });

            // The fullest name (the first of them), and no acronym unless all are.
            var allAcronyms = true;
            foreach (var m in ordered)
            {
                allAcronyms &= m.Acronym;
            }

            MentionInfo? named = null;
            foreach (var m in ordered)
            {
                if ((!m.Acronym || allAcronyms) && (named is null || m.Tokens.Length > named.Tokens.Length))
                {
                    named = m;
                }
            }

            var aliases = new string[ordered.Length];
            var titles = new string[ordered.Length];
            var mentions = new int[ordered.Length];
            var aliasCount = 0;
            var titleCount = 0;
            for (var i = 0; i < ordered.Length; i++)
            {
                var m = ordered[i];
                aliasCount = AddDistinct(aliases, aliasCount, m.Name);
                titleCount = m.Title is null ? titleCount : AddDistinct(titles, titleCount, m.Title);
                mentions[i] = m.Index;
            }

            return new Entity(
                id,
                Label,
                named!.Name,
                Trimmed(aliases, aliasCount),
                Trimmed(titles, titleCount),
                ImmutableCollectionsMarshal.AsImmutableArray(mentions));
        }

        /// <summary>Appends a value unless the first <paramref name="count"/> hold it (case-insensitive); the new count.</summary>
        private static int AddDistinct(string[] values, int count, string value)
        {
            for (var i = 0; i < count; i++)
            {
                if (string.Equals(values[i], value, StringComparison.OrdinalIgnoreCase))
                {
                    return count;
                }
            }

            values[count] = value;
            return count + 1;
        }

        private static ImmutableArray<string> Trimmed(string[] values, int count) =>
            count == 0 ? [] : count == values.Length ? ImmutableCollectionsMarshal.AsImmutableArray(values) : ImmutableArray.Create(values, 0, count);

        private static bool SameBaseName(MentionInfo a, MentionInfo b)
        {
            if (a.BaseLength != b.BaseLength)
            {
                return false;
            }

            for (var t = 0; t < a.BaseLength; t++)
            {
                if (!a.Token(t).Equals(b.Token(t), StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
