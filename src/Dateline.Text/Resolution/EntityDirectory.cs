using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Resolution;

/// <summary>
/// Looks entities up for later stages: the entity of a mention or span, the antecedent of a pronoun (the nearest
/// preceding compatible mention: gender from honorifics, gendered roles and a first-name list), the entity a
/// lower-case role names ("the attorney general" when exactly one entity holds that title), or a bare name.
/// </summary>
public sealed class EntityDirectory
{
    private readonly string _text;
    private readonly ImmutableArray<Mention> _mentions;
    private readonly ImmutableArray<Entity> _entities;
    private readonly int[] _entityOfMention;
    private readonly Gender[] _genders;

    public EntityDirectory(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _text = document.Text;
        _mentions = document.Get(Layers.Mentions);
        _entities = document.Get(Layers.Entities);
        _entityOfMention = new int[_mentions.Length];
        Array.Fill(_entityOfMention, -1);
        _genders = new Gender[_entities.Length];
        for (var e = 0; e < _entities.Length; e++)
        {
            foreach (var m in _entities[e].Mentions)
            {
                if ((uint)m < (uint)_mentions.Length)
                {
                    _entityOfMention[m] = e;
                }
            }

            _genders[e] = GenderOf(_entities[e]);
        }
    }

    public ImmutableArray<Entity> Entities => _entities;

    public Entity? this[int? index] => index is { } i && (uint)i < (uint)_entities.Length ? _entities[i] : null;

    /// <summary>The gender of an entity (unknown for organisations and unknown names).</summary>
    public Gender Gender(int entity) => (uint)entity < (uint)_genders.Length ? _genders[entity] : Resolution.Gender.Unknown;

    /// <summary>The mention and entity inside a span, people first, the rightmost first (the head of "ACLU-NM Executive Director Peter Simonson").</summary>
    public (TextSpan Span, int Entity)? Within(TextSpan span)
    {
        (TextSpan, int)? best = null;
        var bestPerson = false;
        for (var m = 0; m < _mentions.Length; m++)
        {
            var mention = _mentions[m];
            if (mention.Span.Start >= span.End)
            {
                break;
            }

            if (mention.Span.End <= span.Start || _entityOfMention[m] < 0)
            {
                continue;
            }

            var person = _entities[_entityOfMention[m]].Label == EntityLabel.PER;
            if (best is { } previous && !person && ModifiesPrevious(previous.Item1, mention.Span))
            {
                // "the American Civil Liberties Union of New Mexico": a name after a preposition qualifies the head.
                continue;
            }

            if (best is null || person || !bestPerson)
            {
                best = (mention.Span, _entityOfMention[m]);
                bestPerson = person;
            }
        }

        return best;
    }

    /// <summary>The first person mention that starts inside <paramref name="span"/>, with its entity.</summary>
    public (TextSpan Span, int Entity)? FirstPersonWithin(TextSpan span)
    {
        for (var m = 0; m < _mentions.Length; m++)
        {
            var mention = _mentions[m];
            if (mention.Span.Start >= span.End)
            {
                break;
            }

            if (mention.Span.Start >= span.Start && _entityOfMention[m] >= 0 && _entities[_entityOfMention[m]].Label == EntityLabel.PER)
            {
                return (mention.Span, _entityOfMention[m]);
            }
        }

        return null;
    }

    /// <summary>Whether only a preposition ("of", "in", "for", "from", "at") stands between two mentions.</summary>
    private bool ModifiesPrevious(TextSpan previous, TextSpan next)
    {
        if (next.Start < previous.End)
        {
            return false;
        }

        var between = _text.AsSpan(previous.End, next.Start - previous.End).Trim();
        return between is "of" or "in" or "for" or "from" or "at";
    }

    /// <summary>The entity of the mention that ends at most <paramref name="slack"/> characters before <paramref name="position"/>.</summary>
    public (TextSpan Span, int Entity)? EndingBefore(int position, int slack)
    {
        for (var m = _mentions.Length - 1; m >= 0; m--)
        {
            var end = _mentions[m].Span.End;
            if (end <= position && end >= position - slack && _entityOfMention[m] >= 0)
            {
                return (_mentions[m].Span, _entityOfMention[m]);
            }
        }

        return null;
    }

    /// <summary>The antecedent of a pronoun at <paramref name="position"/>: the nearest preceding compatible mention not excluded.</summary>
    public int? ResolvePronoun(ReadOnlySpan<char> pronoun, int position, Func<int, bool>? excluded = null)
    {
        var wanted = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) ? Resolution.Gender.Male
            : pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? Resolution.Gender.Female
            : Resolution.Gender.Unknown;
        var person = wanted != Resolution.Gender.Unknown;
        var group = pronoun.Equals("they", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("it", StringComparison.OrdinalIgnoreCase)
            || pronoun.Equals("we", StringComparison.OrdinalIgnoreCase);
        if (!person && !group)
        {
            return null;
        }

        int? fallback = null;
        for (var m = _mentions.Length - 1; m >= 0; m--)
        {
            var mention = _mentions[m];
            if (mention.Span.End > position || _entityOfMention[m] < 0 || (excluded?.Invoke(mention.Span.Start) ?? false))
            {
                continue;
            }

            var e = _entityOfMention[m];
            var entity = _entities[e];
            if (person && entity.Label == EntityLabel.PER)
            {
                if (_genders[e] == wanted)
                {
                    return e;
                }

                if (_genders[e] == Resolution.Gender.Unknown)
                {
                    fallback ??= e;
                }
            }
            else if (group && entity.Label == EntityLabel.ORG)
            {
                return e;
            }
        }

        return fallback;
    }

    /// <summary>The person mentions that end at or before <paramref name="position"/>, nearest first, with their entities.</summary>
    public IEnumerable<(TextSpan Span, int Entity)> PersonMentionsBefore(int position)
    {
        for (var m = _mentions.Length - 1; m >= 0; m--)
        {
            var e = _entityOfMention[m];
            if (_mentions[m].Span.End <= position && e >= 0 && _entities[e].Label == EntityLabel.PER)
            {
                yield return (_mentions[m].Span, e);
            }
        }
    }

    /// <summary>The one entity whose title ends with the words of a lower-case role ("the attorney general"), if exactly one.</summary>
    public int? ResolveRole(ReadOnlySpan<char> phrase)
    {
        var role = phrase.Trim();
        foreach (var determiner in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (role.StartsWith(determiner, StringComparison.OrdinalIgnoreCase))
            {
                role = role[determiner.Length..];
                break;
            }
        }

        if (role.EndsWith("'s", StringComparison.Ordinal) || role.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            role = role[..^2];
        }

        if (role.IsEmpty)
        {
            return null;
        }

        int? found = null;
        for (var e = 0; e < _entities.Length; e++)
        {
            foreach (var title in _entities[e].Titles)
            {
                if (title.AsSpan().EndsWith(role, StringComparison.OrdinalIgnoreCase)
                    && (title.Length == role.Length || title[title.Length - role.Length - 1] == ' '))
                {
                    if (found is not null && found != e)
                    {
                        return null;
                    }

                    found = e;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>The person or organisation a bare name (a surname the tagger missed) refers to, if exactly one.</summary>
    public int? ResolveName(ReadOnlySpan<char> name)
    {
        int? found = null;
        for (var e = 0; e < _entities.Length; e++)
        {
            var entity = _entities[e];
            if (entity.Label is not (EntityLabel.PER or EntityLabel.ORG))
            {
                continue;
            }

            var matches = false;
            foreach (var alias in entity.Aliases)
            {
                var last = alias.LastIndexOf(' ');
                if (alias.AsSpan().Equals(name, StringComparison.OrdinalIgnoreCase)
                    || (entity.Label == EntityLabel.PER && last > 0 && alias.AsSpan(last + 1).Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    matches = true;
                    break;
                }
            }

            if (matches)
            {
                if (found is not null)
                {
                    return null;
                }

                found = e;
            }
        }

        return found;
    }

    private Gender GenderOf(Entity entity)
    {
        if (entity.Label != EntityLabel.PER)
        {
            return Resolution.Gender.Unknown;
        }

        foreach (var m in entity.Mentions)
        {
            if ((uint)m >= (uint)_mentions.Length)
            {
                continue;
            }

            // An honorific right before the mention, or inside it: "Mrs. Clinton".
            var start = _mentions[m].Span.Start;
            var windowStart = Math.Max(0, start - 6);
            var before = _text.AsSpan(windowStart, start - windowStart).TrimEnd();
            var space = before.LastIndexOf(' ');
            var word = space >= 0 ? before[(space + 1)..] : before;
            var honorific = RoleWords.GenderOf(word);
            if (honorific != Resolution.Gender.Unknown && RoleWords.IsHonorific(word))
            {
                return honorific;
            }
        }

        foreach (var title in entity.Titles)
        {
            foreach (var word in title.Split(' '))
            {
                var gender = RoleWords.GenderOf(word);
                if (gender != Resolution.Gender.Unknown)
                {
                    return gender;
                }
            }
        }

        var name = entity.Name.AsSpan();
        var firstSpace = name.IndexOf(' ');
        return firstSpace > 0 ? NameGender.Of(name[..firstSpace]) : Resolution.Gender.Unknown;
    }
}
