using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Resolution;

namespace Dateline.Text.Quotes;

/// <summary>
/// Turns the speaker phrase the finder found into the speaker a reader recognises:
/// <list type="bullet">
/// <item>a name set off between the phrase and the cue is the speaker ("one Democrat — Sen. Joe Manchin — said",
/// "a former head of Shin Bet, Ami Ayalon, told");</item>
/// <item>a relative pronoun resolves to the name or group right before it;</item>
/// <item>a name inside the phrase is the speaker only when it heads the phrase: a person described by a role
/// ("a former head of Shin Bet", "an FBI informant", "a Trump campaign aide") is a person, never the organisation or
/// the person named in the description, and keeps the description as its name;</item>
/// <item>he/she resolve through <see cref="PronounAntecedents"/> (the last speaker or subject); they/it to the nearest
/// organisation outside quotations; lower-case roles ("the attorney general") to the one entity holding that title;
/// group sources ("officials") stay as written.</item>
/// </list>
/// </summary>
internal static class SpeakerPhrases
{
    public static QuoteSpeaker Resolve(string text, TextSpan span, TextSpan? cue, EntityDirectory directory, Func<int, bool> insideQuotation, PronounAntecedents? pronouns = null)
    {
        if (cue is { } c && InsertedName(text, span, c, directory) is { } inserted)
        {
            return Speaker(inserted.Span, directory, inserted.Entity);
        }

        var phrase = text.AsSpan(span.Start, span.Length);
        if (phrase.Equals("who", StringComparison.OrdinalIgnoreCase) || phrase.Equals("which", StringComparison.OrdinalIgnoreCase))
        {
            if (directory.EndingBefore(span.Start, 3) is { } antecedent)
            {
                return Speaker(span, directory, antecedent.Entity);
            }

            return GroupBefore(text, span) is { } group ? new QuoteSpeaker(span, null, group) : Speaker(span, directory, null);
        }

        if (directory.Within(span) is { } mention && !PlaceAfterPreposition(text, span, mention.Span, directory[mention.Entity]))
        {
            if (Describes(text, span, mention.Span))
            {
                return new QuoteSpeaker(span, null, Description(phrase));
            }

            return Speaker(mention.Span, directory, mention.Entity);
        }

        if (pronouns is not null && (phrase.Equals("he", StringComparison.OrdinalIgnoreCase) || phrase.Equals("she", StringComparison.OrdinalIgnoreCase)))
        {
            return Speaker(span, directory, pronouns.Resolve(phrase, span.Start));
        }

        if (phrase.Equals("he", StringComparison.OrdinalIgnoreCase) || phrase.Equals("she", StringComparison.OrdinalIgnoreCase)
            || phrase.Equals("they", StringComparison.OrdinalIgnoreCase) || phrase.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return Speaker(span, directory, pronouns is not null ? pronouns.ResolveGroup(phrase, span.Start) : directory.ResolvePronoun(phrase, span.Start, insideQuotation));
        }

        var the = phrase.LastIndexOf("the ", StringComparison.OrdinalIgnoreCase);
        if (char.IsLower(phrase[0]) || the >= 0)
        {
            if (directory.ResolveRole(the >= 0 ? phrase[the..] : phrase) is { } role)
            {
                return Speaker(span, directory, role);
            }

            // "the agency", "the company": the organisation the story last named, as "it" would.
            return Speaker(span, directory, !IsOrganisationNoun(phrase) ? null
                : pronouns is not null ? pronouns.ResolveGroup("it", span.Start) : directory.ResolvePronoun("it", span.Start, insideQuotation));
        }

        return Speaker(span, directory, directory.ResolveName(phrase));
    }

    /// <summary>
    /// A person named in a comma- or dash-delimited insert between the speaker phrase and the cue, after at most a
    /// few title words: "one Democrat — Sen. Joe Manchin of West Virginia — said".
    /// </summary>
    private static (TextSpan Span, int Entity)? InsertedName(string text, TextSpan span, TextSpan cue, EntityDirectory directory)
    {
        if (cue.Start <= span.End || cue.Start - span.End > 120)
        {
            return null;
        }

        var between = text.AsSpan(span.End, cue.Start - span.End);
        var open = between.TrimStart();
        if (open.IsEmpty || !IsInsertDelimiter(open[0]))
        {
            return null;
        }

        var insertStart = span.End + (between.Length - open.Length) + 1;
        if (directory.FirstPersonWithin(new TextSpan(insertStart, cue.Start)) is not { } person)
        {
            return null;
        }

        // Only title words may stand before the name ("Sen.", "former Gov.", "Rep."), no clause ("who met").
        var lead = text.AsSpan(insertStart, person.Span.Start - insertStart).Trim();
        var words = 0;
        foreach (var range in lead.Split(' '))
        {
            var word = lead[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 3 || !(char.IsUpper(word[0]) || word is "former" or "then" or "the" || word.EndsWith('.')))
            {
                return null;
            }
        }

        // The insert closes before the cue.
        var tail = text.AsSpan(person.Span.End, cue.Start - person.Span.End).TrimEnd();
        return !tail.IsEmpty && IsInsertDelimiter(tail[^1]) ? person : null;
    }

    /// <summary>
    /// A place named after a preposition inside a description ("a community leader in Lewiston", "a city of 36,000 from
    /// Westbrook") qualifies the speaker; it is not the one who spoke.
    /// </summary>
    private static bool PlaceAfterPreposition(string text, TextSpan phrase, TextSpan mention, Entity? entity)
    {
        if (entity?.Label != EntityLabel.LOC || mention.Start <= phrase.Start)
        {
            return false;
        }

        var before = text.AsSpan(phrase.Start, mention.Start - phrase.Start).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = space >= 0 ? before[(space + 1)..] : before;
        return word is "in" or "from" or "of" or "at" or "near" or "outside" or "across" or "for";
    }

    /// <summary>"the agency", "The company", "the department": a definite description of one organisation.</summary>
    private static bool IsOrganisationNoun(ReadOnlySpan<char> phrase)
    {
        phrase = phrase.Trim();
        if (!phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var noun = phrase[4..].Trim();
        return noun is "agency" or "company" or "firm" or "department" or "ministry" or "organization" or "organisation"
            or "group" or "committee" or "bank" or "network" or "newspaper" or "paper" or "union" or "automaker" or "carrier"
            or "retailer" or "airline" or "university" or "school" or "hospital" or "office" or "bureau" or "commission"
            or "council" or "board" or "court" or "club" or "team";
    }

    private static bool IsInsertDelimiter(char c) => c is ',' or '—' or '–' or '-' or '(' or ')';

    /// <summary>
    /// Whether the mention only qualifies the phrase's head: a lower-case noun follows it ("an FBI informant", "a
    /// Trump campaign aide"), or a preposition puts it under a role ("a former head of Shin Bet"), and it is not a
    /// possessive of a person ("Trump's lawyer" is a lawyer, too).
    /// </summary>
    private static bool Describes(string text, TextSpan phrase, TextSpan mention)
    {
        var after = text.AsSpan(mention.End, Math.Max(0, phrase.End - mention.End)).Trim();
        if (!after.IsEmpty && char.IsLower(after[0]) && IsRoleNounTail(after))
        {
            return true;
        }

        if (!after.IsEmpty && after[0] is '\'' or '’')
        {
            return true;
        }

        var before = text.AsSpan(phrase.Start, Math.Max(0, mention.Start - phrase.Start)).TrimEnd();
        if (before.IsEmpty)
        {
            return false;
        }

        foreach (var preposition in (ReadOnlySpan<string>)[" of", " for", " at", " with", " from", " of the", " for the", " at the", " with the", " from the"])
        {
            if (before.EndsWith(preposition, StringComparison.OrdinalIgnoreCase) && before.Length > preposition.Length)
            {
                return char.IsLower(before.TrimStart()[0]) || StartsWithDeterminer(before);
            }
        }

        return false;
    }

    /// <summary>One to three lower-case nouns ("informant", "campaign aide"), no verb ("sent out a statement").</summary>
    private static bool IsRoleNounTail(ReadOnlySpan<char> tail)
    {
        var words = 0;
        foreach (var range in tail.Split(' '))
        {
            var word = tail[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 3 || !char.IsLower(word[0]) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
                || SpeechWords.Auxiliaries.Contains(word) || SpeechWords.SpeakerBreaks.Contains(word))
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool StartsWithDeterminer(ReadOnlySpan<char> phrase) =>
        phrase.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
        || phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("one ", StringComparison.OrdinalIgnoreCase);

    /// <summary>A description without its leading article: "a former head of Shin Bet" -> "former head of Shin Bet".</summary>
    private static string Description(ReadOnlySpan<char> phrase)
    {
        foreach (var article in (ReadOnlySpan<string>)["a ", "an ", "the ", "A ", "An ", "The "])
        {
            if (phrase.StartsWith(article, StringComparison.Ordinal))
            {
                return phrase[article.Length..].Trim().ToString();
            }
        }

        return phrase.Trim().ToString();
    }

    /// <summary>The group noun right before a relative "who" ("those lawmakers, who said ..." -> "lawmakers").</summary>
    private static string? GroupBefore(string text, TextSpan who)
    {
        var end = who.Start;
        while (end > 0 && text[end - 1] is ' ' or ',')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (end - start < 3 || !char.IsLower(text[start]) || text[end - 1] != 's')
        {
            return null;
        }

        return text[start..end];
    }

    private static QuoteSpeaker Speaker(TextSpan span, EntityDirectory directory, int? entity) =>
        new(span, entity, directory[entity]?.Name);
}
