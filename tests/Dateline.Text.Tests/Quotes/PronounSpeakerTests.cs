using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Tests.Quotes;

/// <summary>
/// A speaker "he"/"she" goes to the person the story is about (the last one who spoke, or the last one named as a
/// subject), never to a name that is an object, a modifier or part of what someone else said; with no such person
/// near, it stays unresolved.
/// </summary>
public sealed class PronounSpeakerTests
{
    private static Quote QuoteHolding(Document document, string content) =>
        Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Content).Contains(content, StringComparison.Ordinal));

    [Fact]
    public void A_pronoun_after_a_quote_continues_the_last_speaker_not_a_name_in_an_object()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "Tom Okafor took a hard line with the mayors on Monday, saying he was putting Peter Lund in charge of the response.\n\n"
            + "\"If you aren't firm, you're wasting your time,\" he said.",
            ("Tom Okafor", EntityLabel.PER), ("Peter Lund", EntityLabel.PER));
        Assert.Equal("Tom Okafor", QuoteHolding(document, "wasting your time").Speaker?.Name);
    }

    [Fact]
    public void Names_after_a_preposition_are_not_the_subject_a_pronoun_takes()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "Mark Dunn was not rich when he ran for governor, and liked to joke about rivals like John Hale and Peter Reed.\n\n"
            + "\"I may not be an expert, but I did sleep in a cheap motel last night,\" he said.",
            ("Mark Dunn", EntityLabel.PER), ("John Hale", EntityLabel.PER), ("Peter Reed", EntityLabel.PER));
        Assert.Equal("Mark Dunn", QuoteHolding(document, "cheap motel").Speaker?.Name);
    }

    [Fact]
    public void A_name_that_qualifies_a_noun_or_sits_in_reported_speech_is_not_the_antecedent()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "\"It is never comfortable,\" Mark Reed said.\n\n"
            + "The former Tom Okafor lawyer said that Tom Okafor had never called him.\n\n"
            + "\"I don't walk with my children any more,\" he said.",
            ("Mark Reed", EntityLabel.PER), ("Tom Okafor", EntityLabel.PER));
        Assert.Equal("Mark Reed", QuoteHolding(document, "walk with my children").Speaker?.Name);
    }

    [Fact]
    public void A_subject_of_unknown_gender_is_taken_when_no_one_else_fits()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "Tajinder Singh, 47, a farmer in Punjab, applied for a gun licence. He told the authorities that he needed a revolver for self-defence.",
            ("Tajinder Singh", EntityLabel.PER), ("Punjab", EntityLabel.LOC));
        Assert.Equal("Tajinder Singh", QuoteHolding(document, "needed a revolver").Speaker?.Name);
    }

    [Fact]
    public void A_pronoun_with_no_person_near_stays_unresolved()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "The garden was planted by John Hale in 1990.\n\n"
            + "It opened to the public a decade later.\n\n"
            + "Visitors now come from across the region every spring.\n\n"
            + "\"It is a marvel of patience and water,\" he said.",
            ("John Hale", EntityLabel.PER));
        var quote = QuoteHolding(document, "marvel of patience");
        Assert.Equal("he", document.GetText(quote.Speaker!.Span));
        Assert.Null(quote.Speaker.Name);
    }

    [Fact]
    public void An_organisation_named_as_an_object_inside_the_content_is_not_the_department_that_speaks()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "The Harbour Office on Wednesday announced new border checks. A tougher threshold will be applied to Coastal Trade Area citizens, the department said.",
            ("Harbour Office", EntityLabel.ORG), ("Coastal Trade Area", EntityLabel.ORG));
        Assert.Equal("Harbour Office", QuoteHolding(document, "tougher threshold").Speaker?.Name);
    }

    [Fact]
    public void An_organisation_that_is_the_subject_of_the_content_is_the_company_that_speaks()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "LONDON (Wire) - Northwind Media Inc has parted ways with its star host, the company said on Wednesday.",
            ("Wire", EntityLabel.ORG), ("Northwind Media Inc", EntityLabel.ORG));
        Assert.Equal("Northwind Media Inc", QuoteHolding(document, "parted ways").Speaker?.Name);
    }

    [Fact]
    public void A_place_after_a_preposition_in_the_speaker_phrase_is_not_the_speaker()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "A refugee and community leader in Lewiston said the virus would be a disaster for immigrants.",
            ("Lewiston", EntityLabel.LOC));
        Assert.NotEqual("Lewiston", QuoteHolding(document, "would be a disaster").Speaker?.Name);
    }

    [Fact]
    public void A_long_participle_opener_without_a_comma_is_not_a_speaker()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "Tom Okafor gave no sign either way. Asked at the Capitol whether he would block the stripped-down bill he stepped into an elevator and said \"Merry Christmas.\"",
            ("Tom Okafor", EntityLabel.PER));
        Assert.All(document.Get(Layers.Quotes), q => Assert.NotEqual("Asked", q.Speaker is { } s ? document.GetText(s.Span) : null));
    }
}
