using Dateline.Core.Annotations;
using Dateline.Text.Ner;

namespace Dateline.Text.Tests.Ner;

public sealed class NameConsistencyRuleTests
{
    [Fact]
    public void A_name_ending_in_act_or_agreement_is_a_law_and_its_acronym_follows_it()
    {
        var (text, entities) = Apply(
            "He wants to leave the North American Free Trade Agreement. NAFTA is a disaster, he said.",
            ("North American Free Trade Agreement", EntityLabel.ORG), ("NAFTA", EntityLabel.ORG));
        Assert.Equal(
            [("North American Free Trade Agreement", EntityLabel.MISC), ("NAFTA", EntityLabel.MISC)],
            entities.Select(e => (Text(text, e), e.Label)));
    }

    [Fact]
    public void An_acronym_takes_the_label_of_the_name_it_abbreviates_skipping_small_words()
    {
        var (_, entities) = Apply(
            "Obama created the Deferred Action for Childhood Arrivals program. DACA protects 700,000 people.",
            ("Obama", EntityLabel.PER), ("Deferred Action for Childhood Arrivals", EntityLabel.MISC), ("DACA", EntityLabel.ORG));
        Assert.Equal(EntityLabel.MISC, entities[2].Label);
    }

    [Fact]
    public void An_acronym_without_its_long_form_in_the_article_is_left_alone()
    {
        var (_, entities) = Apply("The FBI said the Department of Justice agreed.", ("FBI", EntityLabel.ORG), ("Department of Justice", EntityLabel.ORG));
        Assert.Equal([EntityLabel.ORG, EntityLabel.ORG], entities.Select(e => e.Label));
    }

    [Fact]
    public void A_handle_in_brackets_after_a_name_is_that_name_account()
    {
        var (text, entities) = Apply("It passed. — Chad Pergram (@ChadPergram) March 26, 2020", ("Chad Pergram", EntityLabel.PER));
        Assert.Equal([("Chad Pergram", EntityLabel.PER), ("@ChadPergram", EntityLabel.PER)], entities.Select(e => (Text(text, e), e.Label)));
    }

    [Fact]
    public void A_handle_elsewhere_is_not_tagged()
    {
        var (_, entities) = Apply("Chad Pergram wrote to @ChadPergram followers.", ("Chad Pergram", EntityLabel.PER));
        Assert.Single(entities);
    }

    [Fact]
    public void A_name_joined_across_a_spaced_slash_is_two_names()
    {
        var (text, entities) = Apply("In a recent NBC News / Wall Street Journal poll, he led.", ("NBC News / Wall Street Journal", EntityLabel.ORG));
        Assert.Equal([("NBC News", EntityLabel.ORG), ("Wall Street Journal", EntityLabel.ORG)], entities.Select(e => (Text(text, e), e.Label)));
    }

    private static string Text(string text, (int Start, int End, EntityLabel Label) entity) => text[entity.Start..entity.End];

    private static (string Text, List<(int Start, int End, EntityLabel Label)> Entities) Apply(string text, params (string Name, EntityLabel Label)[] names) =>
        TaggedText.Apply(NameConsistencyRule.Apply, text, names);
}
