using System.Data.Common;
using System.Globalization;
using Dateline.Store.Queries;

namespace Dateline.Search.Snapshot;

/// <summary>
/// What search needs to know about every article, held in memory as plain arrays indexed by article id:
/// its facet values (and, inverted, the articles of each value), its date, and its story when the story
/// has copies. Filters, copy collapsing, facet counts and date ordering then cost array reads per match
/// instead of SQL joins over every match. Immutable once loaded, so concurrent searches share it.
/// About 16 bytes per article plus 8 per (article, facet value) pair: 100,000 articles take about 6 MB.
/// Backend-neutral: both stores hold the same tables (<c>articles</c>, <c>facet_values</c>, <c>article_facets</c>,
/// <c>copies</c>), so one loader reads it from any <see cref="DbConnection"/>; each backend says only when it changed
/// (<see cref="SearchSnapshotVersion"/>).
/// </summary>
internal sealed class SearchSnapshot : ISearchSnapshot
{
    /// <summary>The day number of an article without a date (sorts after every real date).</summary>
    private const int NoDate = -1;

    private readonly int[] _facetOffsets;
    private readonly int[] _facets;
    private readonly int[] _postingOffsets;
    private readonly int[] _postings;
    private readonly FacetKind[] _kinds;
    private readonly string?[] _values;
    private readonly int[] _days;
    private readonly int[] _stories;
    private readonly bool[] _exists;

    private SearchSnapshot(
        SearchSnapshotVersion version,
        int[] facetOffsets,
        int[] facets,
        FacetKind[] kinds,
        string?[] values,
        int[] days,
        int[] stories,
        bool[] exists)
    {
        Version = version;
        _facetOffsets = facetOffsets;
        _facets = facets;
        _kinds = kinds;
        _values = values;
        _days = days;
        _stories = stories;
        _exists = exists;
        (_postingOffsets, _postings) = Invert(facetOffsets, facets, kinds.Length);
    }

    public SearchSnapshotVersion Version { get; }

    /// <summary>The largest article id the snapshot knows; later articles are unknown to it.</summary>
    public int MaxArticle => _exists.Length - 1;

    /// <summary>Whether an article id is known (stored when the snapshot was taken).</summary>
    public bool Contains(long article) => article > 0 && article < _exists.Length && _exists[article];

    /// <summary>Every known article id, ascending.</summary>
    public List<int> AllArticles()
    {
        var ids = new List<int>(_exists.Length);
        for (var i = 1; i < _exists.Length; i++)
        {
            if (_exists[i])
            {
                ids.Add(i);
            }
        }

        return ids;
    }

    /// <summary>The articles carrying any of <paramref name="facetIds"/>, ascending and distinct.</summary>
    public List<int> ArticlesWith(IReadOnlyList<int> facetIds)
    {
        ArgumentNullException.ThrowIfNull(facetIds);
        if (facetIds.Count == 1)
        {
            var facet = facetIds[0];
            return facet > 0 && facet < _kinds.Length ? [.. _postings.AsSpan(_postingOffsets[facet], _postingOffsets[facet + 1] - _postingOffsets[facet])] : [];
        }

        var set = new SortedSet<int>();
        foreach (var facet in facetIds)
        {
            if (facet > 0 && facet < _kinds.Length)
            {
                set.UnionWith(_postings.AsSpan(_postingOffsets[facet], _postingOffsets[facet + 1] - _postingOffsets[facet]).ToArray());
            }
        }

        return [.. set];
    }

    /// <summary>Whether the article carries any of <paramref name="facetIds"/> (unknown articles carry none).</summary>
    public bool HasAny(int article, int[] facetIds)
    {
        if (article <= 0 || article >= _exists.Length)
        {
            return false;
        }

        for (var i = _facetOffsets[article]; i < _facetOffsets[article + 1]; i++)
        {
            if (Array.IndexOf(facetIds, _facets[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the article's date lies in [<paramref name="from"/>, <paramref name="to"/>] (day numbers); undated and unknown articles do not.</summary>
    public bool InRange(int article, int from, int to)
    {
        if (article <= 0 || article >= _exists.Length)
        {
            return false;
        }

        var day = _days[article];
        return day != NoDate && day >= from && day <= to;
    }

    /// <summary>
    /// The articles a search keeps, in ascending id order. Candidates are <paramref name="textMatches"/> (the full-text
    /// matches, ascending) or, without text, the articles of the first facet filter, of the speaker, or every article;
    /// kept are those holding a value of every facet filter, among <paramref name="speakerArticles"/> when given, and
    /// dated within [<paramref name="from"/>, <paramref name="to"/>] when either is given; copies of one story collapse
    /// to the earliest match unless <paramref name="allCopies"/>.
    /// </summary>
    public List<int> Matches(List<int>? textMatches, List<int[]> facetFilters, HashSet<int>? speakerArticles, DateOnly? from, DateOnly? to, bool allCopies)
    {
        ArgumentNullException.ThrowIfNull(facetFilters);
        var candidates = textMatches
            ?? (facetFilters.Count > 0 ? ArticlesWith(facetFilters[0])
                : speakerArticles is not null ? [.. speakerArticles.Order()]
                : AllArticles());
        var dated = from is not null || to is not null;
        var fromDay = from is { } first ? Day(first) : int.MinValue;
        var toDay = to is { } last ? Day(last) : int.MaxValue;
        var matches = new List<int>(candidates.Count);
        foreach (var article in candidates)
        {
            if ((facetFilters.Count == 0 || facetFilters.TrueForAll(set => HasAny(article, set)))
                && (speakerArticles is null || speakerArticles.Contains(article))
                && (!dated || InRange(article, fromDay, toDay)))
            {
                matches.Add(article);
            }
        }

        // Copies of one story collapse to the match with the smallest article id (docs/dedup.md).
        return allCopies ? matches : Collapse(matches);
    }

    /// <summary>
    /// One article per story: keeps an article unless an earlier one (smaller id) of its story is also in
    /// <paramref name="ascending"/> (which must be in ascending id order). Articles of single-article
    /// stories are always kept.
    /// </summary>
    public List<int> Collapse(List<int> ascending)
    {
        ArgumentNullException.ThrowIfNull(ascending);
        HashSet<int>? seen = null;
        var kept = new List<int>(ascending.Count);
        foreach (var article in ascending)
        {
            var story = article > 0 && article < _stories.Length ? _stories[article] : 0;
            if (story != 0 && !(seen ??= []).Add(story))
            {
                continue;
            }

            kept.Add(article);
        }

        return kept;
    }

    /// <summary>
    /// The articles at <paramref name="offset"/>..offset+limit in the order newest first (by date, undated
    /// last, then by id descending), picked with a bounded heap rather than a full sort.
    /// </summary>
    public List<int> NewestFirst(List<int> articles, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var wanted = (long)Math.Max(0, offset) + Math.Max(0, limit);
        if (wanted == 0 || offset >= articles.Count)
        {
            return [];
        }

        // The key orders by date then id; undated articles (day -1) come after every dated one.
        var heap = new PriorityQueue<int, long>((int)Math.Min(wanted, articles.Count) + 1);
        foreach (var article in articles)
        {
            var day = article > 0 && article < _days.Length ? _days[article] : NoDate;
            var key = ((long)day << 32) | (uint)article;
            if (heap.Count < wanted)
            {
                heap.Enqueue(article, key);
            }
            else if (heap.TryPeek(out _, out var smallest) && key > smallest)
            {
                heap.DequeueEnqueue(article, key);
            }
        }

        var top = new int[heap.Count];
        for (var i = top.Length - 1; i >= 0; i--)
        {
            top[i] = heap.Dequeue();
        }

        return [.. top.Skip(Math.Max(0, offset)).Take(Math.Max(0, limit))];
    }

    /// <summary>Counts facet values over <paramref name="articles"/> (distinct) and keeps the top <paramref name="limit"/> per kind (all months, in order).</summary>
    public SearchFacets CountFacets(List<int> articles, int limit)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var counts = new int[_kinds.Length];
        var touched = new List<int>();
        foreach (var article in articles)
        {
            if (article <= 0 || article >= _exists.Length)
            {
                continue;
            }

            for (var i = _facetOffsets[article]; i < _facetOffsets[article + 1]; i++)
            {
                var facet = _facets[i];
                if (counts[facet]++ == 0)
                {
                    touched.Add(facet);
                }
            }
        }

        IReadOnlyList<FacetCount> Top(FacetKind kind) =>
        [
            .. touched.Where(f => _kinds[f] == kind)
                .Select(f => new FacetCount(_values[f]!, counts[f]))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Value, StringComparer.Ordinal)
                .Take(Math.Max(0, limit)),
        ];
        return new SearchFacets(
            Top(FacetKind.Person),
            Top(FacetKind.Organization),
            Top(FacetKind.Place),
            Top(FacetKind.Agency),
            [.. touched.Where(f => _kinds[f] == FacetKind.Month).Select(f => new FacetCount(_values[f]!, counts[f])).OrderBy(c => c.Value, StringComparer.Ordinal)]);
    }

    /// <summary>Whether the snapshot knows the facet value <paramref name="id"/>.</summary>
    public bool KnowsValue(long id) => id > 0 && id < _values.Length && _values[id] is not null;

    /// <summary>
    /// A new snapshot of <paramref name="version"/>: this one plus <paramref name="articles"/> (added since, with
    /// their stored date text), their facet ids, the full membership of every story they joined (story, article),
    /// and the facet values this one does not know. The arrays are copied, so this one stays valid for searches
    /// still using it.
    /// </summary>
    public SearchSnapshot With(
        SearchSnapshotVersion version,
        IReadOnlyList<(long Id, string? Date)> articles,
        IReadOnlyList<(long Article, long[] Facets)> facets,
        IReadOnlyList<(long Story, long Article)> stories,
        IReadOnlyList<(long Id, FacetKind Kind, string Value)> values)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(facets);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(values);
        var valueCount = Math.Max(checked((int)version.Values + 1), _kinds.Length);
        var kinds = new FacetKind[valueCount];
        var names = new string?[valueCount];
        _kinds.CopyTo(kinds, 0);
        _values.CopyTo(names, 0);
        foreach (var (id, kind, value) in values)
        {
            if (id > 0 && id < valueCount)
            {
                kinds[id] = kind;
                names[id] = value;
            }
        }

        var articleCount = Math.Max(checked((int)version.Articles + 1), _exists.Length);
        var exists = new bool[articleCount];
        var days = new int[articleCount];
        var storyOf = new int[articleCount];
        _exists.CopyTo(exists, 0);
        Array.Fill(days, NoDate);
        _days.CopyTo(days, 0);
        _stories.CopyTo(storyOf, 0);
        foreach (var (id, date) in articles)
        {
            if (id > 0 && id < articleCount)
            {
                exists[id] = true;
                days[id] = ParseDay(date);
            }
        }

        // Only stories with two or more articles are kept, as in Load.
        foreach (var story in stories.GroupBy(s => s.Story).Where(g => g.Count() > 1))
        {
            foreach (var (id, article) in story)
            {
                if (article > 0 && article < articleCount)
                {
                    storyOf[article] = checked((int)id);
                }
            }
        }

        var added = new Dictionary<long, long[]>(facets.Count);
        foreach (var (article, ids) in facets)
        {
            added[article] = ids;
        }

        var offsets = new int[articleCount + 1];
        var list = new List<int>(_facets.Length + (facets.Count * 8));
        for (var article = 1; article < articleCount; article++)
        {
            offsets[article] = list.Count;
            if (added.TryGetValue(article, out var ids))
            {
                foreach (var facet in ids)
                {
                    if (facet > 0 && facet < valueCount && names[facet] is not null)
                    {
                        list.Add((int)facet);
                    }
                }
            }
            else if (article < _exists.Length)
            {
                list.AddRange(_facets.AsSpan(_facetOffsets[article], _facetOffsets[article + 1] - _facetOffsets[article]));
            }
        }

        offsets[articleCount] = list.Count;
        return new SearchSnapshot(version, offsets, [.. list], kinds, names, days, storyOf, exists);
    }

    ISearchSnapshot ISearchSnapshot.With(
        SearchSnapshotVersion version,
        IReadOnlyList<(long Id, string? Date)> articles,
        IReadOnlyList<(long Article, long[] Facets)> facets,
        IReadOnlyList<(long Story, long Article)> stories,
        IReadOnlyList<(long Id, FacetKind Kind, string Value)> values) => With(version, articles, facets, stories, values);

    /// <summary>The day number of a date (as compared by <see cref="InRange"/>).</summary>
    public static int Day(DateOnly date) => date.DayNumber;

    /// <summary>
    /// Reads a snapshot from the store (covering indexes only: no wide article rows are read). Rows past
    /// <paramref name="version"/>'s largest ids are left out. On a server the caller runs this in one
    /// repeatable-read transaction with the version read, so the snapshot is exactly that version's.
    /// With <paramref name="facetArrays"/> each article's facet ids come as one array (PostgreSQL's
    /// <c>article_facet_sets</c>, written with the article: a quarter of the load time of one row per pair).
    /// </summary>
    public static SearchSnapshot Load(DbConnection connection, SearchSnapshotVersion version, bool facetArrays = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var valueCount = checked((int)version.Values + 1);
        var kinds = new FacetKind[valueCount];
        var values = new string?[valueCount];
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, kind, value FROM facet_values";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (id > 0 && id < valueCount)
                {
                    kinds[id] = (FacetKind)reader.GetInt32(1);
                    values[id] = reader.GetString(2);
                }
            }
        }

        var articleCount = checked((int)version.Articles + 1);
        var exists = new bool[articleCount];
        var days = new int[articleCount];
        Array.Fill(days, NoDate);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, date FROM articles";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (id <= 0 || id >= articleCount)
                {
                    continue;
                }

                exists[id] = true;
                days[id] = ParseDay(reader.IsDBNull(1) ? null : reader.GetString(1));
            }
        }

        var stories = new int[articleCount];
        using (var command = connection.CreateCommand())
        {
            // Only stories with two or more articles are kept; the rest collapse to themselves.
            command.CommandText = "SELECT story_id, article_id FROM copies WHERE story_id IN (SELECT story_id FROM copies GROUP BY story_id HAVING count(*) > 1)";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var article = reader.GetInt64(1);
                if (article > 0 && article < articleCount)
                {
                    stories[article] = checked((int)reader.GetInt64(0));
                }
            }
        }

        var offsets = new int[articleCount + 1];
        var facets = new List<int>();
        using (var command = connection.CreateCommand())
        {
            // Per article its facet value ids: one row per pair, or (facetArrays) one array per article.
            command.CommandText = facetArrays
                ? "SELECT article_id, facets FROM article_facet_sets ORDER BY article_id"
                : "SELECT article_id, facet_id FROM article_facets ORDER BY article_id, facet_id";
            using var reader = command.ExecuteReader();
            var previous = 0L;
            while (reader.Read())
            {
                var article = reader.GetInt64(0);
                if (article <= 0 || article >= articleCount)
                {
                    continue;
                }

                for (var a = previous + 1; a <= article; a++)
                {
                    offsets[a] = facets.Count;
                }

                previous = article;
                if (facetArrays)
                {
                    foreach (var facet in reader.GetFieldValue<long[]>(1))
                    {
                        Add(facet);
                    }
                }
                else
                {
                    Add(reader.GetInt64(1));
                }
            }

            for (var a = previous + 1; a <= articleCount; a++)
            {
                offsets[a] = facets.Count;
            }
        }

        void Add(long facet)
        {
            if (facet > 0 && facet < valueCount && values[facet] is not null)
            {
                facets.Add((int)facet);
            }
        }

        return new SearchSnapshot(version, offsets, [.. facets], kinds, values, days, stories, exists);
    }

    /// <summary>The day number of a stored date (<c>yyyy-MM-dd</c>), or <see cref="NoDate"/>.</summary>
    private static int ParseDay(string? date) =>
        date is not null && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.DayNumber : NoDate;

    /// <summary>The article lists of each facet value (ascending), from the per-article facet lists.</summary>
    private static (int[] Offsets, int[] Postings) Invert(int[] facetOffsets, int[] facets, int valueCount)
    {
        var offsets = new int[valueCount + 1];
        foreach (var facet in facets)
        {
            offsets[facet + 1]++;
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            offsets[i] += offsets[i - 1];
        }

        var next = (int[])offsets.Clone();
        var postings = new int[facets.Length];
        for (var article = 1; article < facetOffsets.Length - 1; article++)
        {
            for (var i = facetOffsets[article]; i < facetOffsets[article + 1]; i++)
            {
                postings[next[facets[i]]++] = article;
            }
        }

        return (offsets, postings);
    }
}
