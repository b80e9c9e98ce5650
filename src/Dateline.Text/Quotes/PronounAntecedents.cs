using Dateline.Core;
using Dateline.Text.Resolution;

namespace Dateline.Text.Quotes;

/// <summary>
/// Resolves a speaker "he"/"she" to the person the story is about at that point, not merely the nearest name:
/// <list type="bullet">
/// <item>the most recent of (a) the last person who spoke (a speaker of an earlier quote, of a compatible gender) and
/// (b) the last person of that gender named as a subject ("Huckabee was not a millionaire", "Mr. Johnson, the
/// senator, said");</item>
/// <item>a name that only qualifies another word ("the Trump lawyer", "Obama's action"), follows a verb or a
/// preposition ("putting William Barr in charge", "rivals like John McCain and Mitt Romney"), or stands inside a
/// reported content (what a speaker said about someone) is not a subject;</item>
/// <item>when neither exists, the nearest compatible name in the same or the previous paragraph, else nobody: an
/// unresolved pronoun is a miss, a wrong person is an error.</item>
/// </list>
/// Bylines, captions and photo credits are excluded by the caller.
/// </summary>
internal sealed class PronounAntecedents(string text, EntityDirectory directory, Func<int, bool> excluded, Func<int, bool> inReportedContent, IReadOnlyList<TextSpan> paragraphs)
{
    private readonly List<(int Position, int Entity)> _speakers = [];

    /// <summary>Records a resolved speaker so later pronouns can continue its voice.</summary>
    public void Spoke(int position, int? entity)
    {
        if (entity is { } e && directory[e]?.Label == Core.Annotations.EntityLabel.PER)
        {
            _speakers.Add((position, e));
        }
    }

    /// <summary>The entity a speaker "he"/"she" at <paramref name="position"/> refers to; <c>null</c> when the story does not say.</summary>
    public int? Resolve(ReadOnlySpan<char> pronoun, int position)
    {
        var wanted = pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female;

        (int Position, int Entity)? speaker = null;
        foreach (var s in _speakers)
        {
            if (s.Position < position && (speaker is null || s.Position > speaker.Value.Position) && Compatible(s.Entity, wanted))
            {
                speaker = s;
            }
        }

        (int Position, int Entity)? subject = null;
        (int Position, int Entity)? nearest = null;
        (int Position, int Entity)? unknownSubject = null;
        foreach (var (span, entity) in directory.PersonMentionsBefore(position))
        {
            if (speaker is { } sp && span.Start < sp.Position)
            {
                break;
            }

            if (excluded(span.Start) || !Compatible(entity, wanted))
            {
                continue;
            }

            if (directory.Gender(entity) != wanted)
            {
                // A name of unknown gender ("Tajinder Singh, 47, a farmer, ...") as a subject is a weaker candidate.
                if (unknownSubject is null && !inReportedContent(span.Start) && IsSubject(span))
                {
                    unknownSubject = (span.Start, entity);
                }

                continue;
            }

            nearest ??= (span.Start, entity);
            if (!inReportedContent(span.Start) && IsSubject(span))
            {
                subject = (span.Start, entity);
                break;
            }
        }

        if (subject is { } su && (speaker is null || su.Position > speaker.Value.Position))
        {
            return su.Entity;
        }

        if (speaker is { } found)
        {
            return found.Entity;
        }

        // No subject of that gender and nobody spoke before: a subject of unknown gender or the nearest name of that
        // gender close by, else none.
        if (unknownSubject is { } u && NearBy(u.Position, position, paragraphs))
        {
            return u.Entity;
        }

        return nearest is { } n && NearBy(n.Position, position, paragraphs) ? n.Entity : null;
    }

    /// <summary>
    /// The organisation a "they"/"it" or "the agency" speaker refers to: the nearest one named outside quotations and
    /// inside what is reported only as a subject ("Fox has parted ways with X, the company said"; but "... applied to
    /// European Economic Area citizens, the department said" is not the EEA speaking).
    /// </summary>
    public int? ResolveGroup(ReadOnlySpan<char> pronoun, int position) =>
        directory.ResolvePronoun(pronoun, position, offset => excluded(offset) || (inReportedContent(offset) && !BoundaryBefore(offset)));

    private bool Compatible(int entity, Gender wanted)
    {
        var gender = directory.Gender(entity);
        return gender == wanted || gender == Gender.Unknown;
    }

    /// <summary>Whether <paramref name="from"/> lies in the paragraph of <paramref name="to"/> or the one before it.</summary>
    private static bool NearBy(int from, int to, IReadOnlyList<TextSpan> paragraphs)
    {
        var a = -1;
        var b = -1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Start <= from)
            {
                a = i;
            }

            if (paragraphs[i].Start <= to)
            {
                b = i;
            }
        }

        return b - a <= 1;
    }

    /// <summary>
    /// Whether a person mention stands as a subject: a clause boundary or conjunction before it (past its title words),
    /// and a verb, an adverb, a relative pronoun or an appositive after it, not a possessive or a noun it qualifies.
    /// </summary>
    private bool IsSubject(TextSpan mention)
    {
        // After: "'s" makes a possessive; a lower-case word that is no verb makes the name a modifier ("Trump lawyer").
        var i = mention.End;
        if (i < text.Length && text[i] is '\'' or '\u2019')
        {
            return false;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && char.IsLower(text[i]))
        {
            var end = i;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
            {
                end++;
            }

            if (!LooksLikeVerbOrAdverb(text.AsSpan(i, end - i)))
            {
                return false;
            }
        }

        return BoundaryBefore(mention.Start);
    }

    /// <summary>What stands before a name, past its title words: a clause boundary or a conjunction, not a verb or preposition.</summary>
    private bool BoundaryBefore(int start)
    {
        var i = start;
        for (var guard = 0; guard < 12; guard++)
        {
            var end = i;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            if (end == 0)
            {
                return true;
            }

            var c = text[end - 1];
            if (c == '.' && (end < 2 || !char.IsLetter(text[end - 2])))
            {
                return true;
            }

            if (!char.IsLetter(c) && c != '.')
            {
                return c is ',' or ';' or ':' or '\n' or '\r' or '(' or '"' or '\u201C' or '\u201D' or '\u2014' or '\u2013' or '-' or '!' or '?';
            }

            var wordStart = end;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-'))
            {
                wordStart--;
            }

            var word = text.AsSpan(wordStart, end - wordStart);
            if (word.Length > 1 && word[^1] == '.' && !char.IsUpper(word[0]))
            {
                // A sentence end: "... in 2008. Huckabee said".
                return true;
            }

            if (char.IsUpper(word[0]) || word is "former" or "then" or "the")
            {
                // A title word ("Attorney General", "Sen.", "former"), or the end of a coordinated name ("McCain and Romney").
                i = wordStart;
                continue;
            }

            if (word is "and" or "or")
            {
                // A coordinated name takes the role of the name before it.
                i = wordStart;
                continue;
            }

            return word is "but" or "that" or "when" or "while" or "as" or "after" or "before" or "because" or "if" or "although"
                or "though" or "since" or "so" or "then" or "also" or "now" or "where" or "until" or "once" or "yet" or "meanwhile";
        }

        return false;
    }

    private static bool LooksLikeVerbOrAdverb(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)
        || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        || SpeechWords.Auxiliaries.Contains(word) || SpeechWords.Be.Contains(word) || SpeechWords.IrregularPast.Contains(word)
        || CueLexicon.TryGet(word, out _) || word is "who" or "will" or "would" or "can" or "could";
}
