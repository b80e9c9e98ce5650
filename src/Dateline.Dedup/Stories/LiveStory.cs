namespace Dateline.Dedup.Stories;

/// <summary>A story the clusterer holds in memory: its centroid, date span and size.</summary>
public sealed class LiveStory
{
    private readonly Dictionary<ulong, double> _sums = [];

    internal LiveStory(long id, StoryVector centroid, int articles, DateOnly? first, DateOnly? last)
    {
        Id = id;
        Articles = articles;
        First = first;
        Last = last;
        for (var i = 0; i < centroid.Count; i++)
        {
            _sums[centroid.Terms[i]] = centroid.Weights[i] * (double)Math.Max(1, articles);
        }

        Centroid = centroid;
    }

    public long Id { get; }

    /// <summary>The normalised sum of its articles' vectors (heaviest terms only).</summary>
    public StoryVector Centroid { get; private set; }

    public int Articles { get; private set; }

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    /// <summary>Keys under which the candidate index files the story now.</summary>
    internal ulong[] IndexKeys { get; set; } = [];

    /// <summary>When the story last took an article (the clusterer's clock), for dropping the least recent.</summary>
    internal long Touched { get; set; }

    /// <summary>
    /// Whether an article of <paramref name="date"/> may join: within cold days of the span. An undated article joins
    /// no story by its text (it cannot be placed in time; only as a copy), and an undated story takes no article.
    /// </summary>
    public bool IsOpenTo(DateOnly? date, int coldDays) =>
        date is { } day && First is { } first && Last is { } last && day.DayNumber >= first.DayNumber - coldDays && day.DayNumber <= last.DayNumber + coldDays;

    internal void Add(StoryVector vector, DateOnly? date, int maxTerms)
    {
        Articles++;
        if (date is { } day)
        {
            First = First is { } first && first <= day ? first : day;
            Last = Last is { } last && last >= day ? last : day;
        }

        if (vector.Count == 0)
        {
            return;
        }

        for (var i = 0; i < vector.Count; i++)
        {
            _sums[vector.Terms[i]] = _sums.GetValueOrDefault(vector.Terms[i]) + vector.Weights[i];
        }

        Centroid = StoryVector.From(_sums, maxTerms);

        // Sums of terms that fell far out of the centroid are forgotten: memory per story stays bounded.
        if (_sums.Count > 4 * maxTerms)
        {
            var keep = _sums.OrderByDescending(p => p.Value).Take(2 * maxTerms).ToList();
            _sums.Clear();
            foreach (var (term, sum) in keep)
            {
                _sums[term] = sum;
            }
        }
    }
}
