using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dateline.Dedup.Stories;

/// <summary>
/// The content terms of a text for story similarity: words of letters (digits alone are dropped) folded by
/// <see cref="TextNormalizer"/>, a possessive "'s" and inner apostrophes dropped, stop words and words under
/// three letters dropped, and a light suffix stemmer ("sanctions" = "sanction", "voted" = "vote" is not tried:
/// only -ings, -ing, -edly, -ed, -ies, -es, -s and -ly are cut, leaving at least four letters). Each term is
/// reported as a 64-bit key (XxHash3 of its characters) so vectors and the weight model never hold strings.
/// </summary>
public static class StoryTerms
{
    private static readonly string[] Suffixes = ["ings", "ing", "edly", "ed", "ies", "es", "s", "ly"];

    /// <summary>
    /// Receives one stem (folded characters); <paramref name="name"/> when the word was capitalised away from the
    /// start of a sentence or line (a proper name, most likely).
    /// </summary>
    public delegate void StemHandler(ReadOnlySpan<char> stem, bool name);

    /// <summary>Calls <paramref name="onTerm"/> with the key of every content term of <paramref name="text"/>, in order, and whether it was written as a name.</summary>
    public static void Each(ReadOnlySpan<char> text, Action<ulong, bool> onTerm)
    {
        ArgumentNullException.ThrowIfNull(onTerm);
        EachStem(text, (stem, name) => onTerm(Key(stem), name));
    }

    /// <summary>The stems of the content terms of <paramref name="text"/>, in order.</summary>
    public static List<string> Stems(ReadOnlySpan<char> text)
    {
        var stems = new List<string>();
        EachStem(text, (stem, _) => stems.Add(stem.ToString()));
        return stems;
    }

    /// <summary>Calls <paramref name="onStem"/> with the stem of every content term of <paramref name="text"/>, in order.</summary>
    public static void EachStem(ReadOnlySpan<char> text, StemHandler onStem)
    {
        ArgumentNullException.ThrowIfNull(onStem);
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        var overflow = false;
        var sentenceStart = true;
        var wordStart = true;
        var capitalised = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? TextNormalizer.Fold(text[i]) : ' ';
            if (TextNormalizer.IsWordChar(c))
            {
                if (length == 0)
                {
                    wordStart = sentenceStart;
                    capitalised = char.IsUpper(text[i]);
                }

                if (length < buffer.Length)
                {
                    buffer[length++] = c;
                }
                else
                {
                    overflow = true;
                }

                continue;
            }

            if (TextNormalizer.IsJoiner(c) && length > 0 && i + 1 < text.Length && TextNormalizer.IsWordChar(TextNormalizer.Fold(text[i + 1])))
            {
                // "trump's": the possessive is dropped; "don't": the apostrophe is.
                if (TextNormalizer.Fold(text[i + 1]) == 's' && (i + 2 >= text.Length || !TextNormalizer.IsWordChar(TextNormalizer.Fold(text[i + 2]))))
                {
                    i++;
                }

                continue;
            }

            if (length > 0)
            {
                if (!overflow && IsContent(buffer[..length]))
                {
                    onStem(Stem(buffer[..length]), capitalised && !wordStart);
                }

                sentenceStart = false;
            }

            if (c is '.' or '!' or '?' or ':' or '"' || (i < text.Length && text[i] is '\n' or '\r'))
            {
                sentenceStart = true;
            }

            length = 0;
            overflow = false;
        }
    }

    /// <summary>Whether a folded word is a content term (three characters or more, a letter, no stop word).</summary>
    public static bool IsContent(ReadOnlySpan<char> word) => word.Length >= 3 && HasLetter(word) && !StoryStopwords.Contains(word);

    /// <summary>The key of a term written out (folded, stemmed), as the weight model stores it.</summary>
    public static ulong Key(ReadOnlySpan<char> stem) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(stem));

    /// <summary>The stem of a folded word.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
