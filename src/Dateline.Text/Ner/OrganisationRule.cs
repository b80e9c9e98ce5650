using System.Collections.Immutable;
using Dateline.Core.Annotations;
using Dateline.Text.Structure;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Ner;

/// <summary>
/// Company and agency names that the model, trained on CoNLL's mostly political news, reads as people. Applied to the
/// tagger's output of one document:
/// <list type="bullet">
/// <item>a PER entity that is a news agency's name ("By Patti Domm, Reuter", "polled by Reuter correspondents") is ORG;</item>
/// <item>a PER entity followed by a corporate suffix ("Harris Upham and Co", "Carter Inc") is an ORG that takes the
/// suffix in; a suffix tagged on its own takes in the capitalised words and the entity before it ("COLUMBIA GAS SYSTEM
/// INC"); suffixes in capitals count in all-capitals headlines ("CHRYSLER CORP");</item>
/// <item>a one-word PER entity that starts an ORG entity of the same document ("Chrysler" beside "Chrysler Corp") is
/// ORG, unless a longer PER entity of the document ends with that word ("Henry Ford" beside "Ford Motor Co").</item>
/// </list>
/// </summary>
internal static class OrganisationRule
{
    private static readonly string[] Suffixes =
    [
        "Co", "Cos", "Corp", "Corporation", "Inc", "Incorporated", "Ltd", "Limited", "LLC", "LLP", "Plc", "PLC", "AG",
        "SA", "NV", "BV", "GmbH", "SpA", "AB", "ASA", "Oyj", "KK", "Bhd", "Pty", "Company", "Holdings", "Group",
    ];

    /// <summary>Suffixes that may follow the name after a comma ("Acme, Inc.").</summary>
    private static readonly string[] CommaSuffixes = ["Inc", "Incorporated", "Ltd", "LLC", "LLP", "Plc", "PLC", "Corp"];

    /// <summary>Whether a word is a corporate suffix ("Corp", "Inc.", "CO" in capitals).</summary>
    public static bool IsCorporateSuffix(ReadOnlySpan<char> word) => IsSuffix(word, Suffixes);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<TaggedEntity> entities)
    {
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.Label != EntityLabel.PER)
            {
                continue;
            }

            var span = Slice(text, tokens, entity.FirstToken, entity.LastToken);
            if (Agencies.Exact(span) is not null || (entity.FirstToken == entity.LastToken && IsSuffix(span, Suffixes)))
            {
                entities[e] = entity with { Label = EntityLabel.ORG };
                continue;
            }

            if (SuffixEnd(text, tokens, entity.LastToken + 1, NextStart(entities, e, tokens.Length)) is { } last)
            {
                entities[e] = entity with { LastToken = last, Label = EntityLabel.ORG };
            }

        }

        JoinLoneSuffixes(text, tokens, entities);
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.Label == EntityLabel.PER && entity.FirstToken == entity.LastToken
                && HasLongerEntity(text, tokens, entities, entity.FirstToken, EntityLabel.ORG, atStart: true)
                && !HasLongerEntity(text, tokens, entities, entity.FirstToken, EntityLabel.PER, atStart: false))
            {
                entities[e] = entity with { Label = EntityLabel.ORG };
            }
        }
    }

    /// <summary>
    /// A suffix tagged on its own ("COLUMBIA GAS SYSTEM INC" as ORG "COLUMBIA GAS", "INC") takes in the capitalised words
    /// before it on its line and the entity they follow: one ORG.
    /// </summary>
    private static void JoinLoneSuffixes(string text, ImmutableArray<Token> tokens, List<TaggedEntity> entities)
    {
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.FirstToken != entity.LastToken || !IsSuffix(tokens[entity.FirstToken].Span.Slice(text), Suffixes))
            {
                continue;
            }

            var previousEnd = e > 0 ? entities[e - 1].LastToken : -1;
            var first = entity.FirstToken;
            while (first - 1 > previousEnd && IsCapitalised(tokens[first - 1].Span.Slice(text)) && Adjacent(text, tokens, first - 1, first))
            {
                first--;
            }

            if (first - 1 == previousEnd && e > 0 && Adjacent(text, tokens, previousEnd, first))
            {
                entities[e - 1] = entities[e - 1] with { LastToken = entity.LastToken, Label = EntityLabel.ORG };
                entities.RemoveAt(e);
                e--;
            }
            else if (first < entity.FirstToken)
            {
                entities[e] = entity with { FirstToken = first, Label = EntityLabel.ORG };
            }
        }
    }

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>The last token of a suffix at <paramref name="token"/> ("Inc", "Inc.", "and Co", "&amp; Co"), or null.</summary>
    private static int? SuffixEnd(string text, ImmutableArray<Token> tokens, int token, int limit)
    {
        if (token >= limit)
        {
            return null;
        }

        var word = tokens[token].Span.Slice(text);
        if (IsSuffix(word, Suffixes) && Adjacent(text, tokens, token - 1, token))
        {
            return token;
        }

        if (word.SequenceEqual(",") && token + 1 < limit && IsSuffix(tokens[token + 1].Span.Slice(text), CommaSuffixes)
            && Adjacent(text, tokens, token - 1, token) && Adjacent(text, tokens, token, token + 1))
        {
            return token + 1;
        }

        if ((word.SequenceEqual("and") || word.SequenceEqual("&")) && token + 1 < limit
            && tokens[token + 1].Span.Slice(text) is var co && (co.SequenceEqual("Co") || co.SequenceEqual("Cos") || co.SequenceEqual("Company"))
            && Adjacent(text, tokens, token - 1, token) && Adjacent(text, tokens, token, token + 1))
        {
            return token + 1;
        }

        return null;
    }

    /// <summary>Whether only a few spaces and no line break lie between two tokens.</summary>
    private static bool Adjacent(string text, ImmutableArray<Token> tokens, int left, int right)
    {
        var gap = text.AsSpan(tokens[left].Span.End, tokens[right].Span.Start - tokens[left].Span.End);
        if (gap.Length > 3)
        {
            return false;
        }

        foreach (var c in gap)
        {
            if (c != ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static int NextStart(List<TaggedEntity> entities, int e, int tokenCount) => e + 1 < entities.Count ? entities[e + 1].FirstToken : tokenCount;

    /// <summary>Whether a multi-word entity of <paramref name="label"/> starts (or ends) with the word at <paramref name="token"/>, ignoring case.</summary>
    private static bool HasLongerEntity(string text, ImmutableArray<Token> tokens, List<TaggedEntity> entities, int token, EntityLabel label, bool atStart)
    {
        var word = tokens[token].Span.Slice(text);
        foreach (var other in entities)
        {
            if (other.Label == label && other.LastToken > other.FirstToken
                && tokens[atStart ? other.FirstToken : other.LastToken].Span.Slice(text).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSuffix(ReadOnlySpan<char> word, string[] suffixes)
    {
        word = word.TrimEnd('.');
        var capitals = word.Length > 2 && !word.ContainsAnyInRange('a', 'z');
        foreach (var suffix in suffixes)
        {
            if (word.SequenceEqual(suffix) || (capitals && suffix.Length > 2 && word.Equals(suffix, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Slice(string text, ImmutableArray<Token> tokens, int first, int last) =>
        text.AsSpan(tokens[first].Span.Start, tokens[last].Span.End - tokens[first].Span.Start);
}
