using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Store.Sqlite;

namespace Dateline.Benchmarks;

/// <summary>
/// Builds a large synthetic corpus database for query benchmarks: articles of filler words with a few
/// topic words at set rates, people, organisations and places mentioned with a skewed (Zipf-like)
/// popularity, and quotes by some of the people, all as hand-made layers written through the store's writer.
/// The database is cached in the temp folder by size, so repeated runs reuse it.
/// </summary>
internal static class SyntheticCorpus
{
    /// <summary>Topic words and the share of articles that contain each.</summary>
    public static readonly (string Word, double Rate)[] Topics =
    [
        ("sanctuary", 0.01), ("budget", 0.10), ("election", 0.05), ("immigration", 0.03), ("police", 0.20), ("hurricane", 0.002),
    ];

    private static readonly string[] Agencies = ["Associated Press", "Reuters", "Agence France-Presse", "Bloomberg", "United Press International", "Xinhua"];

    public static string PathFor(int articles) =>
        Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"dateline-bench-{articles}.db"));

    /// <summary>Opens the cached corpus of <paramref name="articles"/> articles, building it first if needed.</summary>
    public static SqliteCorpusStore OpenOrBuild(int articles, TextWriter? log = null)
    {
        var path = PathFor(articles);
        var done = path + ".done";
        if (File.Exists(path) && File.Exists(done))
        {
            return SqliteCorpusStore.Open(path, create: false);
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", done })
        {
            File.Delete(file);
        }

        var started = DateTime.UtcNow;
        using (var store = SqliteCorpusStore.Open(path, create: true))
        using (var writer = store.OpenWriter())
        {
            var random = new Random(20170803);
            var names = new Names(random);
            var batch = new List<Document>(1000);
            for (var i = 0; i < articles; i++)
            {
                batch.Add(Article(i, random, names));
                if (batch.Count == batch.Capacity || i == articles - 1)
                {
                    writer.Write(batch);
                    batch.Clear();
                    log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1:N0} articles written ({(DateTime.UtcNow - started).TotalSeconds:0} s)"));
                }
            }
        }

        File.WriteAllText(done, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return SqliteCorpusStore.Open(path, create: false);
    }

    private static Document Article(int index, Random random, Names names)
    {
        var text = new StringBuilder(1200);
        var mentions = new List<Mention>();
        var entities = new Dictionary<string, (EntityLabel Label, List<int> Mentions)>(StringComparer.Ordinal);
        var quotes = new List<Quote>();
        void Mention(string name, EntityLabel label)
        {
            var start = text.Length;
            text.Append(name);
            if (!entities.TryGetValue(name, out var entity))
            {
                entity = (label, []);
                entities[name] = entity;
            }

            entity.Mentions.Add(mentions.Count);
            mentions.Add(new Mention(new TextSpan(start, text.Length), label, 0.9f));
        }

        var topics = Topics.Where(t => random.NextDouble() < t.Rate).Select(t => t.Word).ToList();
        text.Append("Report ").Append(Words(random, 5)).Append('\n').Append('\n');
        var people = Enumerable.Range(0, random.Next(1, 4)).Select(_ => names.Person()).Distinct(StringComparer.Ordinal).ToList();
        for (var paragraph = 0; paragraph < 5; paragraph++)
        {
            text.Append(Words(random, 8)).Append(' ');
            if (paragraph < topics.Count)
            {
                text.Append(topics[paragraph]).Append(' ');
            }

            if (paragraph == 0)
            {
                Mention(names.Place(), EntityLabel.LOC);
                text.Append(' ');
            }

            if (paragraph == 1)
            {
                Mention(names.Organization(), EntityLabel.ORG);
                text.Append(' ');
            }

            if (paragraph - 2 < people.Count && paragraph >= 2)
            {
                var person = people[paragraph - 2];
                var speakerStart = text.Length;
                Mention(person, EntityLabel.PER);
                var speaker = new TextSpan(speakerStart, text.Length);
                var cueStart = text.Length + 1;
                text.Append(" said \"");
                var contentStart = text.Length;
                text.Append(Words(random, 10));
                var content = new TextSpan(contentStart, text.Length);
                text.Append("\" ");
                quotes.Add(new Quote(QuoteKind.Direct, content, new TextSpan(cueStart, cueStart + 4), new QuoteSpeaker(speaker, null, person)));
            }

            text.Append(Words(random, 12)).Append('.').Append('\n').Append('\n');
        }

        var date = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 6 * 365));
        var document = new Document(
            string.Create(CultureInfo.InvariantCulture, $"syn-{index}"),
            text.ToString(),
            new DocumentSource("synthetic", "text", index, 1),
            new DocumentMetadata { Date = date, Title = "Report " + index.ToString(CultureInfo.InvariantCulture), Publisher = Agencies[random.Next(Agencies.Length)] });
        var entityLayer = entities.Select((e, id) => new Entity(id, e.Value.Label, e.Key, ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, [.. e.Value.Mentions])).ToImmutableArray();
        var quoteLayer = quotes.Select(q => q with { Speaker = q.Speaker! with { Entity = entityLayer.First(e => e.Name == q.Speaker.Name).Id } }).ToImmutableArray();
        return document.With(Layers.Mentions, [.. mentions]).With(Layers.Entities, entityLayer).With(Layers.Quotes, quoteLayer);
    }

    private static string Words(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Word(random));
        }

        return builder.ToString();
    }

    /// <summary>A pseudo-word from a vocabulary of about 20,000, skewed so that some are common.</summary>
    private static string Word(Random random)
    {
        var rank = (int)Math.Min(19_999, Math.Floor(Math.Pow(20_000, random.NextDouble())));
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        Span<char> word = stackalloc char[8];
        var length = 0;
        var value = rank + 1;
        while (value > 0)
        {
            word[length++] = consonants[value % consonants.Length];
            value /= consonants.Length;
            word[length++] = vowels[value % vowels.Length];
            value /= vowels.Length;
        }

        return new string(word[..length]);
    }

    private sealed class Names(Random random)
    {
        private static readonly string[] First = ["Ann", "Peter", "Maria", "John", "Li", "Fatima", "Carlos", "Olga", "Kenji", "Amara", "David", "Sofia", "Omar", "Grace", "Ivan", "Mei", "Luis", "Hannah", "Tariq", "Elena"];
        private static readonly string[] Last = ["Simonson", "Garcia", "Chen", "Okafor", "Novak", "Haddad", "Larsen", "Kowalski", "Mendes", "Tanaka", "Moreau", "Singh", "Bauer", "Rossi", "Nakamura", "Ivanova", "Kim", "Dubois", "Ali", "Murphy", "Schmidt", "Silva", "Jensen", "Cohen", "Park"];
        private static readonly string[] OrgWords = ["Council", "Union", "Department", "Bank", "Institute", "Party", "Agency", "Commission", "Foundation", "Group"];
        private static readonly string[] PlaceWords = ["Springfield", "Riverton", "Lakeside", "Fairview", "Georgetown", "Kingsport", "Westbury", "Ashford", "Millbrook", "Oakdale", "Brighton", "Clayton", "Dover", "Easton", "Franklin"];

        // Popularity follows a power law: a few names are in many articles, most in few.
        private int Rank(int size) => (int)Math.Min(size - 1, Math.Floor(Math.Pow(size, random.NextDouble())));

        public string Person()
        {
            var rank = Rank(First.Length * Last.Length);
            return First[rank % First.Length] + " " + Last[rank / First.Length];
        }

        public string Organization()
        {
            var rank = Rank(PlaceWords.Length * OrgWords.Length);
            return PlaceWords[rank % PlaceWords.Length] + " " + OrgWords[rank / PlaceWords.Length];
        }

        public string Place()
        {
            var rank = Rank(PlaceWords.Length * 8);
            return rank < PlaceWords.Length ? PlaceWords[rank] : PlaceWords[rank % PlaceWords.Length] + " " + (char)('A' + (rank / PlaceWords.Length));
        }
    }
}
