using Dateline.Core.Annotations;
using Dateline.Text.Ner;

namespace Dateline.Text.Tests.Ner;

public sealed class OrganisationRuleTests
{
    [Fact]
    public void A_news_agency_tagged_as_a_person_is_an_organisation()
    {
        var (text, entities) = Apply("The figures were polled by Reuter correspondents.", ("Reuter", EntityLabel.PER));
        Assert.Equal([("Reuter", EntityLabel.ORG)], entities.Select(e => (Text(text, e), e.Label)));
    }

    [Fact]
    public void A_person_followed_by_a_corporate_suffix_becomes_the_company()
    {
        var (text, entities) = Apply("An analyst with Harris Upham and Co said prices rose.", ("Harris Upham", EntityLabel.PER));
        Assert.Equal([("Harris Upham and Co", EntityLabel.ORG)], entities.Select(e => (Text(text, e), e.Label)));

        (text, entities) = Apply("Shares of Carter, Inc. rose.", ("Carter", EntityLabel.PER));
        Assert.Equal([("Carter, Inc.", EntityLabel.ORG)], entities.Select(e => (Text(text, e), e.Label)));
    }

    [Fact]
    public void A_one_word_person_that_starts_a_company_of_the_same_article_is_the_company()
    {
        var (text, entities) = Apply(
            "Chrysler Corp said sales rose. Chrysler plans to expand.",
            ("Chrysler Corp", EntityLabel.ORG), ("Chrysler", EntityLabel.PER));
        Assert.Equal(EntityLabel.ORG, entities[1].Label);
    }

    [Fact]
    public void A_suffix_tagged_on_its_own_is_joined_to_the_name_before_it()
    {
        var (text, entities) = Apply("ACME INC SEES HIGHER PROFIT", ("ACME", EntityLabel.PER), ("INC", EntityLabel.ORG));
        Assert.Equal([("ACME INC", EntityLabel.ORG)], entities.Select(e => (Text(text, e), e.Label)));
    }

    [Fact]
    public void A_suffix_tagged_on_its_own_takes_in_the_capitalised_words_before_it()
    {
        var (text, entities) = Apply("COLUMBIA GAS SYSTEM INC REDEEMS DEBENTURES", ("COLUMBIA GAS", EntityLabel.ORG), ("INC", EntityLabel.ORG));
        Assert.Equal([("COLUMBIA GAS SYSTEM INC", EntityLabel.ORG)], entities.Select(e => (Text(text, e), e.Label)));
    }

    [Fact]
    public void A_name_in_a_capitals_headline_matches_the_company_in_the_body()
    {
        var (_, entities) = Apply(
            "CHRYSLER PLANS EUROPE RETURN\nChrysler Corp said it would return.",
            ("CHRYSLER", EntityLabel.PER), ("Chrysler Corp", EntityLabel.ORG));
        Assert.Equal(EntityLabel.ORG, entities[0].Label);
    }

    [Fact]
    public void A_surname_of_a_named_person_stays_a_person_beside_a_company_of_that_name()
    {
        var (_, entities) = Apply(
            "Henry Ford met Ford Motor Co executives. Ford said he was pleased.",
            ("Henry Ford", EntityLabel.PER), ("Ford Motor Co", EntityLabel.ORG), ("Ford", EntityLabel.PER));
        Assert.Equal(EntityLabel.PER, entities[2].Label);
    }

    [Fact]
    public void A_person_followed_by_an_ordinary_word_is_left_alone()
    {
        var (text, entities) = Apply("Jim Wright and colleagues said no.", ("Jim Wright", EntityLabel.PER));
        Assert.Equal([("Jim Wright", EntityLabel.PER)], entities.Select(e => (Text(text, e), e.Label)));
    }

    private static string Text(string text, (int Start, int End, EntityLabel Label) entity) => text[entity.Start..entity.End];

    private static (string Text, List<(int Start, int End, EntityLabel Label)> Entities) Apply(string text, params (string Name, EntityLabel Label)[] names) =>
        TaggedText.Apply(OrganisationRule.Apply, text, names);
}
