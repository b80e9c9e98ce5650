using System.Collections.Frozen;

namespace Dateline.Text.Quotes;

/// <summary>
/// A light, allocation-poor word scan used by the quote finder: words keep inner apostrophes, hyphens and
/// abbreviation periods ("don't", "ACLU-NM", "U.S.", "Sen."); quote marks are told apart as opening or closing.
/// </summary>
internal static class WordScanner
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Gen", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Maj",
        "Prof", "Rev", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct",
        "Nov", "Dec", "No", "vs", "Calif", "Fla", "Ariz", "Ark", "Colo", "Conn", "Del", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
        "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo", "Ala", "Supt", "Gens", "Ft", "Mt", "Atty", "Pres", "Gov't");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Scans <paramref name="text"/> into <paramref name="words"/> (cleared first).</summary>
    public static void Scan(string text, List<Word> words)
    {
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c) || (c >= '\u0080' && char.IsLetterOrDigit(c)))
            {
                i = ScanWord(text, i, words);
                continue;
            }

            var doubleLength = QuoteMarks.DoubleLength(text, i);
            if (doubleLength > 0)
            {
                words.Add(new Word(i, i + doubleLength, QuoteMarks.OpensDouble(text, i) ? WordKind.OpenQuote : WordKind.CloseQuote));
                i += doubleLength;
                continue;
            }

            if (QuoteMarks.IsSingle(c))
            {
                var kind = QuoteMarks.OpensSingle(text, i) ? WordKind.OpenQuote : QuoteMarks.ClosesSingle(text, i) ? WordKind.CloseQuote : WordKind.Punctuation;
                words.Add(new Word(i, i + 1, kind));
                i++;
                continue;
            }

            var end = i + 1;
            if (c == '.')
            {
                while (end < text.Length && text[end] == '.')
                {
                    end++;
                }
            }

            words.Add(new Word(i, end, WordKind.Punctuation));
            i = end;
        }
    }

    private static int ScanWord(string text, int start, List<Word> words)
    {
        var i = start;
        var hasLetter = false;
        var innerPeriod = false;
        while (i < text.Length)
        {
            // ASCII letters and digits first: below U+0080 they are all that char.IsLetterOrDigit accepts.
            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                hasLetter = true;
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                i++;
                continue;
            }

            if (c >= '\u0080' && char.IsLetterOrDigit(c))
            {
                hasLetter |= char.IsLetter(c);
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((c is '\'' or '\u2019' or '-' or '&' or '.' or ',') && char.IsLetterOrDigit(next))
            {
                if (c == ',' && !(char.IsDigit(text[i - 1]) && char.IsDigit(next)))
                {
                    break;
                }

                if (c == '.')
                {
                    innerPeriod = true;
                }

                i++;
                continue;
            }

            break;
        }

        if (i < text.Length && text[i] == '.' && hasLetter)
        {
            var body = text.AsSpan(start, i - start);
            if (innerPeriod || (body.Length == 1 && char.IsUpper(body[0])) || AbbreviationLookup.Contains(body))
            {
                i++;
            }
        }

        words.Add(new Word(start, i, hasLetter ? WordKind.Word : WordKind.Number));
        return i;
    }
}
