using System.Collections.Immutable;
using Dateline.Core.Annotations;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Ner;

/// <summary>
/// Label fixes over one document's tagger output for names of modern news that follow from other names of the document:
/// <list type="bullet">
/// <item>a name of several words ending in Act, Agreement, Treaty or Accord(s) is a law or treaty, MISC ("North American
/// Free Trade Agreement"), whatever the tagger read it as;</item>
/// <item>a one-word capitals name that spells the initials of a longer name of the document ("NAFTA" beside "North
/// American Free Trade Agreement", "DACA" beside "Deferred Action for Childhood Arrivals") takes that name's label;</item>
/// <item>a name joined across a free-standing slash is two names ("NBC News / Wall Street Journal poll"), each with
/// the label;</item>
/// <item>an @handle in brackets right after a name ("Ryan Saavedra (@RealSaavedra)", the signature of an embedded
/// tweet) is that name's account and takes its label.</item>
/// </list>
/// </summary>
internal static class NameConsistencyRule
{
    private static readonly string[] LawEnds = ["Act", "Agreement", "Treaty", "Accord", "Accords"];

    private static readonly string[] InitialsSkipped = ["of", "for", "and", "the", "on", "in", "to", "&"];

    public static void Apply(string text, ImmutableArray<Token> tokens, List<TaggedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        SplitAtSlashes(text, tokens, entities);
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.LastToken > entity.FirstToken && LawEnds.Contains(Word(text, tokens, entity.LastToken).ToString()))
            {
                entities[e] = entity with { Label = EntityLabel.MISC };
            }
        }

        var expansions = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (Initials(text, tokens, entity) is { Length: >= 2 } initials)
            {
                expansions.TryAdd(initials, entity.Label);
            }
        }

        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.FirstToken == entity.LastToken
                && IsAcronym(Word(text, tokens, entity.FirstToken))
                && expansions.TryGetValue(Word(text, tokens, entity.FirstToken).ToString(), out var label))
            {
                entities[e] = entity with { Label = label };
            }
        }

        TagHandles(text, tokens, entities);
    }

    private static void SplitAtSlashes(string text, ImmutableArray<Token> tokens, List<TaggedEntity> entities)
    {
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            for (var i = entity.FirstToken + 1; i < entity.LastToken; i++)
            {
                if (Word(text, tokens, i).SequenceEqual("/")
                    && tokens[i].Span.Start > tokens[i - 1].Span.End && tokens[i + 1].Span.Start > tokens[i].Span.End)
                {
                    entities[e] = entity with { LastToken = i - 1 };
                    entities.Insert(e + 1, entity with { FirstToken = i + 1 });
                    break;
                }
            }
        }
    }

    private static void TagHandles(string text, ImmutableArray<Token> tokens, List<TaggedEntity> entities)
    {
        var count = entities.Count;
        for (var e = 0; e < count; e++)
        {
            var entity = entities[e];
            var handle = entity.LastToken + 2;
            if (handle + 1 >= tokens.Length
                || !Word(text, tokens, entity.LastToken + 1).SequenceEqual("(")
                || !Word(text, tokens, handle + 1).SequenceEqual(")")
                || Word(text, tokens, handle) is not ['@', var first, ..] || !(char.IsLetterOrDigit(first) || first == '_'))
            {
                continue;
            }

            var existing = entities.FindIndex(x => x.FirstToken <= handle && x.LastToken >= handle);
            if (existing < 0)
            {
                entities.Add(new TaggedEntity(handle, handle, entity.Label, entity.Confidence));
            }
            else if (entities[existing].FirstToken == handle && entities[existing].LastToken == handle)
            {
                entities[existing] = entities[existing] with { Label = entity.Label };
            }
        }

        if (entities.Count > count)
        {
            entities.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    /// <summary>Initials of the capitalised words of a name of three or more tokens ("Deferred Action for Childhood Arrivals" = DACA).</summary>
    private static string? Initials(string text, ImmutableArray<Token> tokens, TaggedEntity entity)
    {
        if (entity.LastToken - entity.FirstToken < 2)
        {
            return null;
        }

        var initials = new System.Text.StringBuilder();
        for (var i = entity.FirstToken; i <= entity.LastToken; i++)
        {
            var word = Word(text, tokens, i);
            if (InitialsSkipped.Contains(word.ToString()))
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return null;
            }

            foreach (var part in word.ToString().Split('-'))
            {
                if (part.Length > 0 && char.IsUpper(part[0]))
                {
                    initials.Append(part[0]);
                }
            }
        }

        return initials.ToString();
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is < 'A' or > 'Z')
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Word(string text, ImmutableArray<Token> tokens, int index) =>
        tokens[index].Span.Slice(text);
}
