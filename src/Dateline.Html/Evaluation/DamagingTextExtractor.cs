namespace Dateline.Html.Evaluation;

/// <summary>Damages every page (<see cref="PageDamage"/>) before another extractor reads it.</summary>
public sealed class DamagingTextExtractor : IArticleTextExtractor
{
    private readonly IArticleTextExtractor _inner;
    private readonly string _damage;

    public DamagingTextExtractor(IArticleTextExtractor inner, string damage)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(damage);
        if (!PageDamage.Kinds.Contains(damage))
        {
            throw new ArgumentException($"unknown damage '{damage}'", nameof(damage));
        }

        _inner = inner;
        _damage = damage;
    }

    public string Name => $"{_inner.Name}+{_damage}";

    public ExtractionResult Extract(string html, string? url) => _inner.Extract(PageDamage.Apply(html, _damage), url);
}
