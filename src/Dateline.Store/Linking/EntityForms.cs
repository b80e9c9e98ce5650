using System.Text.Json;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Store.Queries;

namespace Dateline.Store.Linking;

/// <summary>The written forms of an article entity (its mentions' texts with counts), their JSON column, and what a form is.</summary>
internal static class EntityForms
{
    /// <summary>The texts of the entity's mentions, one per name key (the first text seen), with counts; the name alone when it has none.</summary>
    public static List<EntityForm> Of(Document document, IReadOnlyList<int> mentionIndices, string name)
    {
        var mentions = document.Get(Layers.Mentions);
        var forms = new List<EntityForm>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in mentionIndices)
        {
            if (i < 0 || i >= mentions.Length)
            {
                continue;
            }

            var text = document.GetText(mentions[i].Span).Trim();
            var key = NameKey.Of(text);
            if (key.Length == 0)
            {
                continue;
            }

            if (index.TryGetValue(key, out var at))
            {
                forms[at] = forms[at] with { Mentions = forms[at].Mentions + 1 };
            }
            else
            {
                index[key] = forms.Count;
                forms.Add(new EntityForm(text, 1));
            }
        }

        if (forms.Count == 0 && !string.IsNullOrWhiteSpace(name))
        {
            forms.Add(new EntityForm(name.Trim(), 0));
        }

        return forms;
    }

    /// <summary>Whether a form is written in capitals ("REUTERS"): canonical names prefer another form.</summary>
    public static bool IsCaps(string text) => text.Count(char.IsLetter) >= 2 && !text.Any(char.IsLower);

    /// <summary>Whether a form can be a canonical name: for people a first name and surname, for anything else any form.</summary>
    public static bool IsFull(EntityLabel label, string text) =>
        NameShapes.Clean(label, text) == text && (label != EntityLabel.PER || EntityNames.Surname(EntityNames.Key(label, text)) is not null);

    public static string ToJson(IReadOnlyList<EntityForm> forms) =>
        JsonSerializer.Serialize(forms.Select(f => new object[] { f.Text, f.Mentions }));

    public static List<EntityForm> FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => new EntityForm(e[0].GetString() ?? string.Empty, e[1].GetInt32()))];
    }
}
