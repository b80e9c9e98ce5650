using System.Collections.Immutable;
using System.Text;
using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Ner;

/// <summary>A document of a CoNLL file (between -DOCSTART- lines).</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences)
{
    /// <summary>
    /// The document as text with tokens and sentences layers: tokens joined by spaces, sentences by new lines,
    /// so every gold token is exactly one token (never re-tokenized).
    /// </summary>
    public (string Text, ImmutableArray<Token> Tokens, ImmutableArray<Sentence> Sentences) ToLayers()
    {
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>(Sentences.Count);
        foreach (var sentence in Sentences)
        {
            if (sentence.Tokens.Count == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var firstToken = tokens.Count;
            var sentenceStart = text.Length;
            for (var k = 0; k < sentence.Tokens.Count; k++)
            {
                if (k > 0)
                {
                    text.Append(' ');
                }

                var word = sentence.Tokens[k];
                var start = text.Length;
                text.Append(word);
                tokens.Add(new Token(new TextSpan(start, text.Length), KindOf(word)));
            }

            sentences.Add(new Sentence(new TextSpan(sentenceStart, text.Length), firstToken, sentence.Tokens.Count));
        }

        return (text.ToString(), tokens.ToImmutable(), sentences.ToImmutable());
    }

    private static TokenKind KindOf(string word)
    {
        var c = word[0];
        return char.IsLetter(c) ? TokenKind.Word
            : char.IsDigit(c) ? TokenKind.Number
            : c is '"' or '\'' or '`' ? TokenKind.Quote
            : c == '-' && word.Length > 1 ? TokenKind.Dash
            : char.IsPunctuation(c) ? TokenKind.Punctuation
            : TokenKind.Symbol;
    }
}
