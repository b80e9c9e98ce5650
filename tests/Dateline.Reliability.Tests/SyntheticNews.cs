using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dateline.Reliability.Tests;

/// <summary>
/// Generates synthetic news articles as JSON Lines (<c>id</c>, <c>date</c>, <c>title</c>, <c>publisher</c>,
/// <c>text</c>): a dateline, people with titles who say things in direct and indirect quotes, organisations and
/// places from small pools with a skewed popularity, topic words at set rates, and filler sentences. Every article
/// is distinct (its number is in the text). Deterministic for a seed, so a test and a benchmark can regenerate the
/// same corpus. Used by the fault tests, the load generator and the soak run (bench/).
/// </summary>
internal static class SyntheticNews
{
    private static readonly string[] Given = ["Maria", "John", "Amina", "Peter", "Chen", "Laura", "Ahmed", "Sofia", "David", "Keiko", "Olga", "Samuel", "Grace", "Tomas", "Nadia", "Victor"];

    private static readonly string[] Family = ["Lopez", "Simonson", "Okafor", "Lindqvist", "Wang", "Moreau", "Haddad", "Rossi", "Brennan", "Tanaka", "Petrova", "Mensah", "Whitfield", "Novak", "Karimi", "Alvarez"];

    private static readonly string[] Roles = ["the committee chair", "a spokeswoman for the ministry", "the mayor", "a senior economist", "the police chief", "a union leader"];

    private static readonly string[] Organisations = ["the Ministry of Finance", "the World Bank", "the City Council", "Reuters", "the Central Bank", "the Red Cross", "the Senate Budget Committee", "Acme Shipping Corp"];

    private static readonly string[] Places = ["ALBUQUERQUE", "LONDON", "NAIROBI", "SANTIAGO", "OSAKA", "LYON", "ACCRA", "WARSAW"];

    private static readonly string[] Publishers = ["Associated Press", "Reuters", "Agence France-Presse", "Bloomberg", "Xinhua"];

    private static readonly (string Word, double Rate)[] Topics = [("budget", 0.3), ("election", 0.15), ("police", 0.2), ("hurricane", 0.02), ("sanctuary", 0.05)];

    private static readonly string[] Filler =
    [
        "Officials met on Tuesday to review the figures.", "The report was published after weeks of delay.",
        "Markets were calm in early trading.", "Residents gathered outside the hall in the afternoon.",
        "The proposal needs approval from two further bodies.", "Analysts expect a decision within the month.",
    ];

    /// <summary>Article <paramref name="index"/> of the corpus of <paramref name="seed"/> as one JSON line.</summary>
    public static string Line(int index, int seed = 1) => JsonSerializer.Serialize(Article(index, seed));

    /// <summary>Writes articles <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 to a JSON Lines file.</summary>
    public static void Write(string path, int count, int first = 0, int seed = 1)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        for (var i = first; i < first + count; i++)
        {
            writer.WriteLine(Line(i, seed));
        }
    }

    /// <summary>The article's fields (as an anonymous JSON object).</summary>
    public static object Article(int index, int seed = 1)
    {
        var random = new Random(HashCode.Combine(seed, index));
        string Pick(string[] pool) => pool[Math.Min(pool.Length - 1, (int)(pool.Length * Math.Pow(random.NextDouble(), 2)))];
        var speaker = Pick(Given) + " " + Pick(Family);
        var other = Pick(Given) + " " + Pick(Family);
        var place = Pick(Places);
        var organisation = Pick(Organisations);
        var topic = Topics.Where(t => random.NextDouble() < t.Rate).Select(t => t.Word).DefaultIfEmpty("plan").First();
        var date = new DateOnly(2016, 1, 1).AddDays(random.Next(0, 5 * 365));
        var number = index.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder(1600);
        text.Append(CultureInfo.InvariantCulture, $"{place} (AP) — {organisation[..1].ToUpperInvariant()}{organisation[1..]} said on Monday that the {topic} measure {number} would be put to a vote.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"\"We will not accept a {topic} that leaves families behind,\" said {speaker}, {Pick(Roles)}. ");
        text.Append(CultureInfo.InvariantCulture, $"{speaker.Split(' ')[1]} added that the talks with {organisation} had been difficult.\n\n");
        for (var i = 0; i < 2 + random.Next(4); i++)
        {
            text.Append(Filler[random.Next(Filler.Length)]).Append(' ');
        }

        text.Append(CultureInfo.InvariantCulture, $"\n\n{other}, {Pick(Roles)}, said the {topic} plan number {number} was \"a first step\" and that more work was needed in {place[..1]}{place[1..].ToLowerInvariant()}.\n");
        return new
        {
            id = "syn-" + seed.ToString(CultureInfo.InvariantCulture) + "-" + index.ToString("D7", CultureInfo.InvariantCulture),
            date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            title = $"{speaker} on the {topic} measure {number}",
            publisher = Pick(Publishers),
            text = text.ToString(),
        };
    }
}
