using System.Collections.Frozen;

namespace Dateline.Ingest.Fields;

/// <summary>
/// Which field of a structured record holds each <see cref="RecordField"/>. By default the names common news
/// dumps use are recognised (news-please and CC-NEWS, AllSides, NewsAPI and most scrapers), matched without
/// regard to case, the first present and non-empty name winning. A user's choice (<c>--field text=body_html</c>)
/// replaces the names tried for that field; it may be a dotted path into nested objects (<c>article.body</c>).
/// </summary>
public sealed class FieldMap
{
    private static readonly FrozenDictionary<RecordField, string[]> DefaultNames = new Dictionary<RecordField, string[]>
    {
        [RecordField.Text] = ["text", "maintext", "content_original", "full_text", "body", "content", "article"],
        [RecordField.Date] = ["date_publish", "published", "pubDate", "publishedAt", "published_at", "datePublished", "date"],
        [RecordField.Title] = ["title", "headline"],
        [RecordField.Authors] = ["authors", "author", "byline"],
        [RecordField.Url] = ["url"],
        [RecordField.Publisher] = ["publisher", "source_domain", "source", "outlet"],
        [RecordField.Id] = ["id", "uuid"],
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, RecordField> KeyNames = Enum.GetValues<RecordField>()
        .ToFrozenDictionary(f => f.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<RecordField, string> _overrides;

    private FieldMap(FrozenDictionary<RecordField, string> overrides)
    {
        _overrides = overrides;
        var lookup = new Dictionary<string, (RecordField, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, names) in DefaultNames)
        {
            if (overrides.ContainsKey(field))
            {
                continue;
            }

            for (var i = 0; i < names.Length; i++)
            {
                lookup.TryAdd(names[i], (field, i));
            }
        }

        Detected = lookup.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Detection only: the common names for every field.</summary>
    public static FieldMap Default { get; } = new(FrozenDictionary<RecordField, string>.Empty);

    /// <summary>The keys users may name in <c>--field KEY=NAME</c>.</summary>
    public static IEnumerable<string> Keys => KeyNames.Keys.Order(StringComparer.Ordinal);

    /// <summary>The fields a user named, with the field name or dotted path given for each.</summary>
    public IReadOnlyDictionary<RecordField, string> Overrides => _overrides;

    /// <summary>Whether the user named no field.</summary>
    public bool IsDefault => _overrides.Count == 0;

    /// <summary>Top-level names recognised without options (fields a user named excluded), with their field and rank (lower wins).</summary>
    internal FrozenDictionary<string, (RecordField Field, int Rank)> Detected { get; }

    /// <summary>The names tried for a field, in order.</summary>
    public IReadOnlyList<string> NamesFor(RecordField field) =>
        _overrides.TryGetValue(field, out var name) ? [name] : DefaultNames[field];

    /// <summary>A map with <paramref name="field"/> read from <paramref name="name"/> only.</summary>
    public FieldMap With(RecordField field, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var overrides = new Dictionary<RecordField, string>(_overrides) { [field] = name.Trim() };
        return new FieldMap(overrides.ToFrozenDictionary());
    }

    /// <summary>
    /// Reads <c>KEY=NAME</c> settings (<c>text=content_original</c>, <c>date=meta.published</c>).
    /// </summary>
    /// <exception cref="FormatException">A setting is not <c>KEY=NAME</c> or names an unknown key; the message says which and lists the keys.</exception>
    public static FieldMap Parse(IEnumerable<string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var map = Default;
        foreach (var setting in settings)
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? setting.Trim() : setting[..equals].Trim();
            var name = equals < 0 ? string.Empty : setting[(equals + 1)..].Trim();
            if (!KeyNames.TryGetValue(key, out var field))
            {
                throw new FormatException($"--field '{setting}': unknown key '{key}' (keys: {string.Join(", ", Keys)}; for example --field text=content_original)");
            }

            if (equals < 0 || name.Length == 0)
            {
                throw new FormatException($"--field '{setting}': expected {key}=NAME, the field that holds the {key} (a dotted path such as article.{key} reaches into nested objects)");
            }

            map = map.With(field, name);
        }

        return map;
    }
}
