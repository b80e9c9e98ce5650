using System.Globalization;
using Dateline.Store.Queries;

namespace Dateline.Cli;

/// <summary>How the CLI says which corpus entity a name chose (the first match) and what else it could have meant.</summary>
internal static class EntityChoice
{
    /// <summary>"chose Barack Obama (PER #12, 13 articles; also written Obama 40, ...); other matches: ..." or "no entity of that name".</summary>
    public static string Describe(IReadOnlyList<CorpusEntity> matches)
    {
        if (matches.Count == 0)
        {
            return "no entity of that name";
        }

        var chosen = matches[0];
        var text = string.Create(CultureInfo.InvariantCulture, $"chose {chosen.Name} ({chosen.Label} #{chosen.Id}, {chosen.Articles:N0} article{(chosen.Articles == 1 ? string.Empty : "s")}{(chosen.Ambiguous ? ", ambiguous: a surname several people share" : string.Empty)})");
        if (matches.Count > 1)
        {
            text += "; other matches: " + string.Join(", ", matches.Skip(1).Take(5).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} ({e.Label} #{e.Id})")));
        }

        return text;
    }

    /// <summary>Every written form with its mentions: "Barack Obama 120, Obama 340".</summary>
    public static string Forms(CorpusEntity entity) =>
        entity.Forms.Count == 0
            ? string.Join(", ", entity.Aliases)
            : string.Join(", ", entity.Forms.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Text} {f.Mentions:N0}")));
}
