using System.Collections.Frozen;
using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Tokenization;

namespace Dateline.Text.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends at '.', '!', '?' or '…' (with the closing quotes and brackets
/// after it) unless a lower-case word follows; after an abbreviation ("Aug.", "U.S.", "Calif.") only when a line
/// break or a typical sentence opener follows, never after a title or month; and always at a blank line.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Capitalised words that typically open a sentence (used after an abbreviation's period).</summary>
    private static readonly FrozenSet<string> Openers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "Or", "So", "This", "That",
        "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "There", "When", "While", "After", "Before", "As", "If", "For",
        "According", "Officials", "However", "Meanwhile", "Still", "Yet", "Then", "Now", "Some", "Many", "Most", "Other", "Others",
        "One", "Two", "Both", "Each", "All", "No", "Not", "What", "Who", "Why", "How", "Where", "Since", "Although", "Though", "By",
        "From", "With", "Under", "During", "Last", "Next", "Police", "Authorities",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = Openers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var count = tokens.Length;
        var first = 0;
        var k = 0;
        while (k < count)
        {
            var end = EndOfSentenceAt(text, tokens, k);
            if (end >= 0)
            {
                Add(result, tokens, first, end);
                first = end + 1;
                k = end + 1;
                continue;
            }

            if (k + 1 < count && HasBlankLine(text.AsSpan(tokens[k].Span.End, tokens[k + 1].Span.Start - tokens[k].Span.End)))
            {
                Add(result, tokens, first, k);
                first = k + 1;
            }

            k++;
        }

        if (first < count)
        {
            Add(result, tokens, first, count - 1);
        }

        return result.ToImmutable();
    }

    /// <summary>If a sentence ends at token <paramref name="k"/>, the index of its last token (closing quotes included); otherwise -1.</summary>
    private static int EndOfSentenceAt(string text, ImmutableArray<Token> tokens, int k)
    {
        var token = tokens[k];
        var word = token.Span.Slice(text);
        bool abbreviation;
        if (token.Kind == TokenKind.Punctuation && (word[0] is '.' or '!' or '?' or '…'))
        {
            abbreviation = false;
        }
        else if (token.Kind == TokenKind.Word && word.Length > 1 && word[^1] == '.')
        {
            abbreviation = true;
        }
        else
        {
            return -1;
        }

        var last = k;
        while (last + 1 < tokens.Length && IsClosing(text, tokens, last + 1))
        {
            last++;
        }

        // More terminal punctuation ("?!", "...") continues the same end.
        if (last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Punctuation && (text[tokens[last + 1].Span.Start] is '.' or '!' or '?' or '…'))
        {
            return -1;
        }

        if (last + 1 >= tokens.Length)
        {
            return last;
        }

        var next = tokens[last + 1];
        var gap = text.AsSpan(tokens[last].Span.End, next.Span.Start - tokens[last].Span.End);
        if (HasBlankLine(gap))
        {
            return last;
        }

        var nextText = next.Span.Slice(text);
        var nextChar = nextText[0];
        if (CharClasses.IsLower(nextChar) || nextChar is ',' or ';' or ':' or ')' || (next.Kind == TokenKind.Dash && !abbreviation))
        {
            return -1;
        }

        if (!abbreviation)
        {
            return last;
        }

        var stem = word[..^1];
        if (Abbreviations.IsTitle(stem) || (stem.Length == 1 && CharClasses.IsUpper(stem[0])))
        {
            return -1;
        }

        if (gap.Contains('\n') && (CharClasses.IsUpper(nextChar) || next.Kind == TokenKind.Quote))
        {
            return last;
        }

        return OpenerLookup.Contains(nextText) || (next.Kind == TokenKind.Quote && last > k) ? last : -1;
    }

    private static bool IsClosing(string text, ImmutableArray<Token> tokens, int index)
    {
        var token = tokens[index];
        var c = text[token.Span.Start];
        if (token.Kind == TokenKind.Punctuation)
        {
            return c is ')' or ']' or '}';
        }

        if (token.Kind != TokenKind.Quote)
        {
            return false;
        }

        if (CharClasses.IsClosingOnly(c))
        {
            return true;
        }

        if (CharClasses.IsOpeningOnly(c))
        {
            return false;
        }

        // A straight quote closes when nothing follows it or a space does: 'families." Next'.
        var after = token.Span.End;
        return after >= text.Length || CharClasses.IsSpace(text[after]) || text[after] is ')' or ',' or '.';
    }

    private static bool HasBlankLine(ReadOnlySpan<char> gap)
    {
        var first = gap.IndexOf('\n');
        if (first < 0)
        {
            return false;
        }

        var rest = gap[(first + 1)..];
        var second = rest.IndexOf('\n');
        if (second < 0)
        {
            return false;
        }

        return rest[..second].Trim(" \t\r").IsEmpty;
    }

    private static void Add(ImmutableArray<Sentence>.Builder result, ImmutableArray<Token> tokens, int first, int last)
    {
        var span = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
        result.Add(new Sentence(span, first, last - first + 1));
    }
}
