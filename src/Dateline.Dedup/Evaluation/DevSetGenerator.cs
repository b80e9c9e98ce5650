using System.Globalization;
using System.Text;

namespace Dateline.Dedup.Evaluation;

/// <summary>
/// Makes a copy-detection dev set from real articles: for each chosen story, syndication variants
/// (headline rewritten, last paragraphs cut, a local paragraph added, copyright line or newsletter plug
/// appended, dateline and byline changed, typographic quotes swapped, words lightly edited), and, as hard
/// negatives, other real stories of the same topic and day, and pairs of different stories of one outlet that share
/// page furniture (<see cref="FurnitureKits"/>). Pairs of stories whose texts already overlap
/// in the source corpus (real duplicates there) are not used as negatives. Deterministic for a seed.
/// </summary>
public sealed class DevSetGenerator
{
    private static readonly string[] Outlets = ["Associated Press", "Reuters", "Boston Herald", "Newsmax", "Yahoo News", "Albuquerque Journal", "Star Tribune", "The Seattle Times", "Chicago Tribune", "Denver Post"];
    private static readonly string[] Places = ["WASHINGTON", "NEW YORK", "LONDON", "CHICAGO", "SANTA FE, N.M.", "TOKYO", "BRUSSELS"];
    private static readonly string[] Names = ["Jane Doe", "Morgan Lee", "Russell Contreras", "Alan Fram", "Lisa Mascaro", "Kevin Freking"];
    private static readonly (string From, string To)[] Edits =
    [
        (" said ", " says "), (" says ", " said "), (" also ", " too "), (" but ", " yet "), (" about ", " around "),
        (" percent", "%"), (" million", " mln"), (" will ", " would "), (" on Monday", " Monday"), (" U.S. ", " US "),
    ];

    private readonly Random _random;

    public DevSetGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>Sources must have at least this many paragraphs.</summary>
    public int MinParagraphs { get; init; } = 4;

    /// <summary>Sources must have at least this many words.</summary>
    public int MinWords { get; init; } = 120;

    /// <summary>Stories to make copies of, per source corpus.</summary>
    public int StoriesPerCorpus { get; init; } = 300;

    public DevSet Generate(IReadOnlyList<SourceArticle> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var usable = sources.Where(s => s.Paragraphs.Count >= MinParagraphs && WordCount(s.Paragraphs) >= MinWords).ToList();
        var articles = new List<DevArticle>();
        var pairs = new List<GoldPair>();
        var written = new HashSet<string>(StringComparer.Ordinal);
        var localParagraphs = usable.SelectMany(s => s.Paragraphs.Where(p => WordCount([p]) >= 15).Take(2)).ToList();

        foreach (var corpus in usable.GroupBy(s => s.Group.Split('/')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var groups = corpus.GroupBy(s => s.Group).Where(g => g.Count() >= 2).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            Shuffle(groups);
            foreach (var group in groups.Take(StoriesPerCorpus))
            {
                var members = group.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
                var story = members[_random.Next(members.Count)];
                var copies = new List<DevArticle> { Original(story) };
                var variants = 2 + _random.Next(3);
                for (var v = 1; v <= variants; v++)
                {
                    copies.Add(Variant(story, v, localParagraphs));
                }

                foreach (var copy in copies.Where(c => written.Add(c.Id)))
                {
                    articles.Add(copy);
                }

                for (var i = 0; i < copies.Count; i++)
                {
                    for (var j = i + 1; j < copies.Count; j++)
                    {
                        pairs.Add(new GoldPair(copies[i].Id, copies[j].Id, true, Math.Round(Math.Min(copies[i].Keep, copies[j].Keep), 3), "copy"));
                    }
                }

                // Hard negatives: other stories of the same topic and day, unless their texts overlap.
                foreach (var other in members.Where(m => m.Id != story.Id).Take(3))
                {
                    if (Overlap(story.Paragraphs, other.Paragraphs) >= 0.2)
                    {
                        continue;
                    }

                    var negative = Original(other);
                    if (written.Add(negative.Id))
                    {
                        articles.Add(negative);
                    }

                    pairs.Add(new GoldPair(copies[0].Id, negative.Id, false, 0, "same-topic-day"));
                    pairs.Add(new GoldPair(copies[1 + _random.Next(copies.Count - 1)].Id, negative.Id, false, 0, "same-topic-day"));
                }
            }
        }

        AddFurnitureNegatives(usable, written, articles, pairs);

        // Corpus order is shuffled so copies do not always follow their original.
        Shuffle(articles);
        return new DevSet(articles, pairs);
    }

    /// <summary>Pairs of different stories of one outlet that share a block of page furniture, as real outlet pages do.</summary>
    public int FurnitureNegatives { get; init; } = 150;

    /// <summary>
    /// Furniture-sharing negatives: two different stories of one outlet (not otherwise in the set, texts not
    /// overlapping), each written with the same furniture kit inserted (a newsletter form listing every country,
    /// gallery captions, video promos, copyright and contact lines), so that only the furniture is shared.
    /// </summary>
    private void AddFurnitureNegatives(List<SourceArticle> usable, HashSet<string> written, List<DevArticle> articles, List<GoldPair> pairs)
    {
        var byOutlet = usable.Where(s => !written.Contains(s.Id)).GroupBy(s => s.Outlet).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => s.Id, StringComparer.Ordinal).ToList()).Where(g => g.Count >= 2).ToList();
        var made = 0;
        for (var round = 0; round < 8 && made < FurnitureNegatives; round++)
        {
            foreach (var outlet in byOutlet)
            {
                if (made >= FurnitureNegatives || outlet.Count < 2)
                {
                    continue;
                }

                var a = outlet[_random.Next(outlet.Count)];
                var b = outlet[_random.Next(outlet.Count)];
                if (a.Id == b.Id || Overlap(a.Paragraphs, b.Paragraphs) >= 0.2)
                {
                    continue;
                }

                outlet.Remove(a);
                outlet.Remove(b);
                var kit = FurnitureKits.Pick(_random, a.Date[..4]);
                var left = WithFurniture(a, kit, "-f");
                var right = WithFurniture(b, kit, "-f");
                articles.Add(left);
                articles.Add(right);
                written.Add(left.Id);
                written.Add(right.Id);
                pairs.Add(new GoldPair(left.Id, right.Id, false, 0, "shared-furniture"));
                made++;
            }
        }
    }

    private DevArticle WithFurniture(SourceArticle source, IReadOnlyList<string> kit, string suffix)
    {
        var original = Original(source);
        var paragraphs = original.Text.Split("\n\n").ToList();
        foreach (var line in kit)
        {
            paragraphs.Insert(1 + _random.Next(paragraphs.Count), line);
        }

        return original with { Id = source.Id + suffix, Text = string.Join("\n\n", paragraphs), SourceId = source.Id, Edits = "furniture" };
    }

    private static DevArticle Original(SourceArticle source)
    {
        var paragraphs = source.Paragraphs.ToList();
        if (source.Dateline is { } dateline)
        {
            paragraphs[0] = dateline.TrimEnd().TrimEnd('-').TrimEnd() + " - " + paragraphs[0];
        }

        return new DevArticle(source.Id, source.Title, source.Date, source.Outlet, string.Join("\n\n", paragraphs), source.Id, 1.0, "original");
    }

    private DevArticle Variant(SourceArticle source, int number, List<string> localParagraphs)
    {
        var paragraphs = source.Paragraphs.ToList();
        var edits = new List<string>();
        var totalChars = paragraphs.Sum(p => p.Length);
        var keep = 1.0;
        var title = source.Title;

        if (_random.NextDouble() < 0.55)
        {
            // Cut the last paragraphs; one cut in five keeps less than half.
            var fraction = _random.NextDouble() < 0.2 ? 0.15 + (0.3 * _random.NextDouble()) : 0.45 + (0.5 * _random.NextDouble());
            var count = Math.Clamp((int)Math.Round(paragraphs.Count * fraction), 1, paragraphs.Count - 1);
            paragraphs = paragraphs.Take(count).ToList();
            keep = (double)paragraphs.Sum(p => p.Length) / totalChars;
            edits.Add($"cut {source.Paragraphs.Count - count} of {source.Paragraphs.Count} paragraphs");
        }

        if (_random.NextDouble() < 0.6)
        {
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            title = _random.Next(3) switch
            {
                0 => "UPDATE 1-" + title,
                1 => string.Join(' ', source.Paragraphs[0].Split(' ').Take(9)).TrimEnd(',', '.'),
                _ => string.Join(' ', words.Skip(1).Append("report says")),
            };
            edits.Add("headline");
        }

        if (_random.NextDouble() < 0.5)
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                foreach (var (from, to) in Edits)
                {
                    if (_random.NextDouble() < 0.5)
                    {
                        paragraphs[i] = paragraphs[i].Replace(from, to, StringComparison.Ordinal);
                    }
                }
            }

            // And a word dropped from two paragraphs.
            for (var n = 0; n < 2; n++)
            {
                var i = _random.Next(paragraphs.Count);
                var words = paragraphs[i].Split(' ').ToList();
                if (words.Count > 5)
                {
                    words.RemoveAt(1 + _random.Next(words.Count - 2));
                    paragraphs[i] = string.Join(' ', words);
                }
            }

            edits.Add("words");
        }

        if (_random.NextDouble() < 0.4)
        {
            var local = localParagraphs[_random.Next(localParagraphs.Count)];
            var at = _random.NextDouble() < 0.5 ? paragraphs.Count : 1 + _random.Next(paragraphs.Count);
            paragraphs.Insert(Math.Min(at, paragraphs.Count), local);
            edits.Add("local paragraph");
        }

        if (_random.NextDouble() < 0.5)
        {
            paragraphs = paragraphs.Select(SwapQuotes).ToList();
            edits.Add("quotes");
        }

        if (_random.NextDouble() < 0.6)
        {
            var place = Places[_random.Next(Places.Length)];
            var agency = _random.NextDouble() < 0.5 ? "(AP) \u2014 " : "(Reuters) - ";
            paragraphs[0] = place + " " + agency + paragraphs[0];
            edits.Add("dateline");
        }
        else if (source.Dateline is { } dateline && _random.NextDouble() < 0.5)
        {
            paragraphs[0] = dateline.TrimEnd().TrimEnd('-').TrimEnd() + " - " + paragraphs[0];
        }

        if (_random.NextDouble() < 0.3)
        {
            paragraphs.Insert(0, "By " + Names[_random.Next(Names.Length)]);
            edits.Add("byline");
        }

        if (_random.NextDouble() < 0.5)
        {
            var year = source.Date[..4];
            paragraphs.Add(_random.Next(3) switch
            {
                0 => $"Copyright {year} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
                1 => "Sign up for our Morning Briefing newsletter to get the day's top stories in your inbox.",
                _ => $"\u00a9 {year} Reuters. All rights reserved.",
            });
            edits.Add("boilerplate");
        }

        if (_random.NextDouble() < 0.3)
        {
            // The republisher's page furniture, unlike anything on the original's page.
            foreach (var line in FurnitureKits.Pick(_random, source.Date[..4]))
            {
                paragraphs.Insert(1 + _random.Next(paragraphs.Count), line);
            }

            edits.Add("furniture");
        }

        var date = DateOnly.ParseExact(source.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var shift = _random.NextDouble() < 0.1 ? 365 : _random.Next(2);
        return new DevArticle(
            source.Id + "-v" + number.ToString(CultureInfo.InvariantCulture),
            title,
            date.AddDays(shift).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Outlets[_random.Next(Outlets.Length)],
            string.Join("\n\n", paragraphs),
            source.Id,
            Math.Round(keep, 3),
            edits.Count == 0 ? "exact" : string.Join(", ", edits));
    }

    private static string SwapQuotes(string paragraph)
    {
        var builder = new StringBuilder(paragraph.Length);
        var open = true;
        foreach (var c in paragraph)
        {
            builder.Append(c switch
            {
                '"' => (open = !open) ? '\u201D' : '\u201C',
                '\u201C' or '\u201D' => '"',
                '\'' => '\u2019',
                '\u2019' => '\'',
                _ => c,
            });
        }

        return builder.ToString().Replace(" -- ", " \u2014 ", StringComparison.Ordinal);
    }

    /// <summary>Share of the smaller text's word 5-grams found in the other, counted exactly (label cleaning).</summary>
    private static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var left = Grams(a);
        var right = Grams(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var shared = left.Count(right.Contains);
        return (double)shared / Math.Min(left.Count, right.Count);
    }

    private static HashSet<string> Grams(IReadOnlyList<string> paragraphs)
    {
        var words = string.Join(' ', paragraphs).ToLowerInvariant().Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 5 <= words.Length; i++)
        {
            grams.Add(string.Join(' ', words, i, 5));
        }

        return grams;
    }

    private static int WordCount(IEnumerable<string> paragraphs) =>
        paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
