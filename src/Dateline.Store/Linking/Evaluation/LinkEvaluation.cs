using System.Text.Json;
using Dateline.Core.Annotations;
using Dateline.Store.Queries;

namespace Dateline.Store.Linking.Evaluation;

/// <summary>
/// <c>dateline eval links</c>: reads hand-judged mention links (JSON Lines, eval/links/README.md) and scores the
/// store's corpus entity links against them.
/// </summary>
public static class LinkEvaluation
{
    /// <summary>Reads gold links: one object per line with "article", "mention" and "entity" (a name, or null).</summary>
    /// <exception cref="FormatException">A line is not such an object (the message names the file and line).</exception>
    public static List<LinkGold> ReadGold(TextReader reader, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var gold = new List<LinkGold>();
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var article = root.GetProperty("article");
                var articleId = article.ValueKind == JsonValueKind.Number ? article.GetRawText() : article.GetString();
                var mention = root.GetProperty("mention").GetString();
                var entity = root.TryGetProperty("entity", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                if (string.IsNullOrWhiteSpace(articleId) || string.IsNullOrWhiteSpace(mention))
                {
                    throw new FormatException("\"article\" and \"mention\" must not be empty");
                }

                gold.Add(new LinkGold(articleId, mention, string.IsNullOrWhiteSpace(entity) ? null : entity, number));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{number}: expected {{\"article\": ID, \"mention\": TEXT, \"entity\": NAME or null}} ({ex.Message.Split('.', 2)[0]})", ex);
            }
        }

        return gold;
    }

    /// <summary>Scores the links <paramref name="articleEntities"/> reports (an article's entities with their corpus entities).</summary>
    public static LinkScore Score(IReadOnlyList<LinkGold> gold, Func<string, IReadOnlyList<ArticleEntityLink>> articleEntities)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(articleEntities);
        var cache = new Dictionary<string, IReadOnlyList<ArticleEntityLink>>(StringComparer.Ordinal);
        var judgements = new List<LinkJudgement>();
        int links = 0, goldLinks = 0, correct = 0, notFound = 0;
        foreach (var item in gold)
        {
            if (!cache.TryGetValue(item.Article, out var entities))
            {
                cache[item.Article] = entities = articleEntities(item.Article);
            }

            var found = Find(entities, item.Mention);
            if (found is null)
            {
                notFound++;
            }

            var predicted = found is null || found.Entity.Ambiguous ? null : found.Entity;
            var right = predicted is not null && item.Entity is not null && Names(predicted, item.Entity);
            links += predicted is null ? 0 : 1;
            goldLinks += item.Entity is null ? 0 : 1;
            correct += right ? 1 : 0;
            judgements.Add(new LinkJudgement(item, predicted?.Name, right || (predicted is null && item.Entity is null)));
        }

        return new LinkScore(gold.Count, links, goldLinks, correct, notFound, judgements);
    }

    /// <summary>The article entity a mention text belongs to: one written that way, else one named or aliased that way.</summary>
    private static ArticleEntityLink? Find(IReadOnlyList<ArticleEntityLink> entities, string mention)
    {
        var key = NameKey.Of(mention);
        return entities.FirstOrDefault(e => e.Forms.Any(f => NameKey.Of(f.Text) == key))
            ?? entities.FirstOrDefault(e => NameKey.Of(e.Name) == key || e.Aliases.Any(a => NameKey.Of(a) == key));
    }

    /// <summary>Whether the gold name names the entity: its canonical name, or the key the linker gives that name under the entity's label.</summary>
    private static bool Names(CorpusEntity entity, string gold)
    {
        if (NameKey.Of(entity.Name) == NameKey.Of(gold) || entity.Key is null || !Enum.TryParse<EntityLabel>(entity.Label, out var label))
        {
            return NameKey.Of(entity.Name) == NameKey.Of(gold);
        }

        // A variant the linker joins to the entry names it too: "Jerry Nadler" for "Jerrold Nadler", "NHL" for "National Hockey League".
        var key = EntityNames.Key(label, gold);
        return entity.Key == key
            || (label == EntityLabel.PER && !EntityNames.IsSingleName(key) && !EntityNames.IsSingleName(entity.Key) && EntityNames.SamePerson(entity.Key, key))
            || (label == EntityLabel.ORG && (EntityNames.IsAcronymOf(key, entity.Key) || EntityNames.IsAcronymOf(entity.Key, key)));
    }
}
