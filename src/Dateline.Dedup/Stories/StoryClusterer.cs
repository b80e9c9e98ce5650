namespace Dateline.Dedup.Stories;

/// <summary>
/// Online story clustering (docs/stories.md): each article joins the most similar live story whose date span it
/// falls within (<see cref="StoryOptions.ColdDays"/>) when the similarity reaches <see cref="StoryOptions.JoinThreshold"/>,
/// else founds a story. Candidates come from an inverted index keyed by (centroid term, day), so the work per
/// article is a few dictionary look-ups and at most <see cref="StoryOptions.MaxCandidates"/> comparisons, never a scan of
/// the stories. At most <see cref="StoryOptions.Capacity"/> stories stay in memory. Not thread-safe: one writer owns it.
/// </summary>
public sealed class StoryClusterer(StoryOptions options)
{
    private readonly Dictionary<long, LiveStory> _stories = [];
    private readonly Dictionary<ulong, List<LiveStory>> _index = [];
    private readonly Dictionary<LiveStory, int> _hits = [];
    private long _clock;

    public StoryOptions Options { get; } = options;

    /// <summary>Stories in memory.</summary>
    public int LiveCount => _stories.Count;

    /// <summary>A live story by id, or <c>null</c>.</summary>
    public LiveStory? Find(long storyId) => _stories.GetValueOrDefault(storyId);

    /// <summary>Puts back a story read from a store (at start-up), so later articles can join it.</summary>
    public void Restore(long storyId, StoryVector centroid, int articles, DateOnly? first, DateOnly? last)
    {
        ArgumentNullException.ThrowIfNull(centroid);
        var story = new LiveStory(storyId, centroid, articles, first, last) { Touched = ++_clock };
        Forget(storyId);
        _stories[storyId] = story;
        Reindex(story);
        Bound();
    }

    /// <summary>Forgets all stories (after a failed transaction, before restoring from the store).</summary>
    public void Clear()
    {
        _stories.Clear();
        _index.Clear();
    }

    /// <summary>
    /// Assigns article <paramref name="articleId"/>. A copy (<paramref name="copyOfStory"/>: the story of the article it
    /// copies) always joins that story, live or not.
    /// </summary>
    public StoryJoin Assign(long articleId, StoryVector vector, DateOnly? date, long? copyOfStory = null)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (copyOfStory is { } copied)
        {
            if (_stories.TryGetValue(copied, out var live))
            {
                Join(live, vector, date);
            }

            return new StoryJoin(copied, false, 1);
        }

        var (best, similarity) = Best(vector, date);
        if (best is not null && similarity >= Options.JoinThreshold)
        {
            Join(best, vector, date);
            return new StoryJoin(best.Id, false, similarity);
        }

        var story = new LiveStory(articleId, StoryVector.Empty, 0, null, null);
        Forget(articleId);
        _stories[articleId] = story;
        Join(story, vector, date);
        Bound();
        return new StoryJoin(articleId, true, similarity);
    }

    /// <summary>The most similar live story open to <paramref name="date"/> among the indexed candidates, with its similarity.</summary>
    public (LiveStory? Story, double Similarity) Best(StoryVector vector, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(vector);
        _hits.Clear();
        foreach (var term in vector.Top(Options.QueryTerms))
        {
            foreach (var day in Days(date))
            {
                if (_index.TryGetValue(Key(term, day), out var stories))
                {
                    foreach (var story in stories)
                    {
                        _hits[story] = _hits.GetValueOrDefault(story) + 1;
                    }
                }
            }
        }

        LiveStory? best = null;
        var bestSimilarity = 0.0;
        foreach (var (story, _) in _hits.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Id).Take(Options.MaxCandidates))
        {
            if (!story.IsOpenTo(date, Options.ColdDays))
            {
                continue;
            }

            var similarity = StoryVector.Similarity(vector, story.Centroid);
            if (similarity > bestSimilarity)
            {
                best = story;
                bestSimilarity = similarity;
            }
        }

        return (best, bestSimilarity);
    }

    private static ulong Key(ulong term, int day) => HashMix.Combine(term, (ulong)(uint)day);

    private IEnumerable<int> Days(DateOnly? date)
    {
        // An undated article is looked up nowhere: it founds its own story unless it is a copy.
        if (date is not { } day)
        {
            yield break;
        }

        for (var d = day.DayNumber - Options.ColdDays; d <= day.DayNumber + Options.ColdDays; d++)
        {
            yield return d;
        }
    }

    private void Join(LiveStory story, StoryVector vector, DateOnly? date)
    {
        story.Add(vector, date, Options.MaxTerms);
        story.Touched = ++_clock;
        Reindex(story);
    }

    // A story is filed under each of its heaviest terms on its first and its last day: an article within
    // ColdDays of either end finds it.
    private void Reindex(LiveStory story)
    {
        Unindex(story);
        int[] days = story.First is { } first && story.Last is { } last ? [.. new[] { first.DayNumber, last.DayNumber }.Distinct()] : [];
        var keys = new List<ulong>();
        foreach (var term in story.Centroid.Top(Options.IndexTerms))
        {
            foreach (var day in days)
            {
                var key = Key(term, day);
                keys.Add(key);
                if (!_index.TryGetValue(key, out var list))
                {
                    _index[key] = list = [];
                }

                list.Add(story);
            }
        }

        story.IndexKeys = [.. keys];
    }

    private void Unindex(LiveStory story)
    {
        foreach (var key in story.IndexKeys)
        {
            if (_index.TryGetValue(key, out var list))
            {
                list.Remove(story);
                if (list.Count == 0)
                {
                    _index.Remove(key);
                }
            }
        }

        story.IndexKeys = [];
    }

    private void Forget(long storyId)
    {
        if (_stories.Remove(storyId, out var old))
        {
            Unindex(old);
        }
    }

    // Beyond capacity the least recently joined tenth is dropped (it stays in the store; a copy still finds it there).
    private void Bound()
    {
        if (_stories.Count <= Options.Capacity)
        {
            return;
        }

        foreach (var story in _stories.Values.OrderBy(s => s.Touched).Take(Math.Max(1, Options.Capacity / 10)).ToList())
        {
            Forget(story.Id);
        }
    }
}
