using System.Collections.Immutable;
using Dateline.Core.Annotations;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Ner;

/// <summary>
/// Bylines ("By RUSSELL CONTRERAS Associated Press"): CoNLL training text has none, and the model tends to read the
/// whole line as one organisation. In a short sentence that starts with "By", an entity that starts right after
/// "By" is split where the casing changes (all capitals to title case or back): the first part is the author (PER),
/// the rest the agency (ORG). An all-capitals entity right after "By" that starts with a known first name is PER.
/// </summary>
internal static class BylineRule
{
    private const int MaxBylineTokens = 12;

    public static void Apply(string text, ImmutableArray<Token> tokens, ImmutableArray<Sentence> sentences, NerLexicon lexicon, List<TaggedEntity> entities)
    {
        for (var e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            var sentence = SentenceOf(sentences, entity.FirstToken);
            if (sentence is not { } s || s.TokenCount > MaxBylineTokens || entity.FirstToken != s.FirstToken + 1
                || !tokens[s.FirstToken].Span.Slice(text).Equals("By", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var firstCaps = IsAllCaps(tokens[entity.FirstToken].Span.Slice(text));
            var split = -1;
            for (var k = entity.FirstToken + 1; k <= entity.LastToken; k++)
            {
                if (IsAllCaps(tokens[k].Span.Slice(text)) != firstCaps)
                {
                    split = k;
                    break;
                }
            }

            if (split > 0)
            {
                entities[e] = entity with { LastToken = split - 1, Label = EntityLabel.PER };
                entities.Insert(e + 1, new TaggedEntity(split, entity.LastToken, EntityLabel.ORG, entity.Confidence));
                e++;
            }
            else if (firstCaps && entity.Label != EntityLabel.PER && lexicon.IsFirstName(tokens[entity.FirstToken].Span.Slice(text)))
            {
                entities[e] = entity with { Label = EntityLabel.PER };
            }

            if (firstCaps && entities[e].Label == EntityLabel.PER)
            {
                entities[e] = entities[e] with { LastToken = CapitalsEnd(text, tokens, entities, e, s) };
            }
        }
    }

    /// <summary>
    /// Last token of an all-capitals author name after "By": words in capitals that the tagger left out right after it
    /// ("By RUSSELL" + "CONTRERAS") join it, up to "AND", the next entity or the end of the byline.
    /// </summary>
    private static int CapitalsEnd(string text, ImmutableArray<Token> tokens, List<TaggedEntity> entities, int e, Sentence sentence)
    {
        var last = entities[e].LastToken;
        var limit = Math.Min(sentence.FirstToken + sentence.TokenCount, e + 1 < entities.Count ? entities[e + 1].FirstToken : int.MaxValue);
        while (last + 1 < limit && tokens[last + 1].Kind == TokenKind.Word && IsAllCaps(tokens[last + 1].Span.Slice(text))
            && tokens[last + 1].Span.Slice(text) is { Length: > 1 } word && !word.Equals("AND", StringComparison.Ordinal))
        {
            last++;
        }

        return last;
    }

    private static Sentence? SentenceOf(ImmutableArray<Sentence> sentences, int token)
    {
        int low = 0, high = sentences.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var s = sentences[mid];
            if (token < s.FirstToken)
            {
                high = mid - 1;
            }
            else if (token >= s.FirstToken + s.TokenCount)
            {
                low = mid + 1;
            }
            else
            {
                return s;
            }
        }

        return null;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (CharClasses.IsLower(c))
            {
                return false;
            }

            if (CharClasses.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 1;
    }
}
