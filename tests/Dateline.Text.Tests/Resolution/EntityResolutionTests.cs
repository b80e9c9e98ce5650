using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Resolution;
using Dateline.Text.Tests.Quotes;

namespace Dateline.Text.Tests.Resolution;

public sealed class EntityResolutionTests
{
    private static Entity Single(Document document, string name) =>
        Assert.Single(document.Get(Layers.Entities), e => e.Name == name);

    [Fact]
    public void Full_name_and_later_surname_form_one_entity()
    {
        var document = QuoteTestDocuments.Analyze(
            "Mayor Ellen Brandt opened the bridge on Monday. Brandt thanked the workers.",
            ("Ellen Brandt", EntityLabel.PER), ("Brandt", EntityLabel.PER));
        var entity = Single(document, "Ellen Brandt");
        Assert.Equal(2, entity.Mentions.Length);
        Assert.Contains("Brandt", entity.Aliases);
    }

    [Fact]
    public void A_company_named_with_and_without_its_corporate_suffix_is_one_entity()
    {
        var document = QuoteTestDocuments.Analyze(
            "Acme Motors Corp said sales rose. Acme Motors plans a new plant.",
            ("Acme Motors Corp", EntityLabel.ORG), ("Acme Motors", EntityLabel.ORG));
        var entity = Single(document, "Acme Motors Corp");
        Assert.Equal(2, entity.Mentions.Length);
        Assert.Contains("Acme Motors", entity.Aliases);
    }

    [Fact]
    public void Surname_in_a_headline_before_the_full_name_joins_the_same_person()
    {
        var document = QuoteTestDocuments.Analyze(
            "Group decries Okafor plan\n\nGovernor Daniel Okafor proposed a new tax.",
            ("Okafor", EntityLabel.PER), ("Daniel Okafor", EntityLabel.PER));
        Assert.Single(document.Get(Layers.Entities));
        Assert.Equal("Daniel Okafor", document.Get(Layers.Entities)[0].Name);
    }

    [Fact]
    public void Role_words_left_of_a_name_become_a_title()
    {
        var document = QuoteTestDocuments.Analyze(
            "The plan came from U.S. Trade Secretary Laura Vance on Friday.",
            ("Laura Vance", EntityLabel.PER));
        Assert.Equal("U.S. Trade Secretary", Assert.Single(Single(document, "Laura Vance").Titles));
    }

    [Fact]
    public void An_organisation_before_role_words_is_part_of_the_title()
    {
        var document = QuoteTestDocuments.Analyze(
            "NAACP-TX Executive Director Mark Ruiz spoke first.",
            ("NAACP-TX", EntityLabel.ORG), ("Mark Ruiz", EntityLabel.PER));
        Assert.Equal("NAACP-TX Executive Director", Assert.Single(Single(document, "Mark Ruiz").Titles));
    }

    [Fact]
    public void Acronym_with_a_state_suffix_joins_the_organisation_whose_initials_it_spells()
    {
        var document = QuoteTestDocuments.Analyze(
            "The National Rifle Association of Texas sued. NRA-TX lawyers filed the brief.",
            ("National Rifle Association of Texas", EntityLabel.ORG), ("NRA-TX", EntityLabel.ORG));
        var entity = Single(document, "National Rifle Association of Texas");
        Assert.Contains("NRA-TX", entity.Aliases);
    }

    [Fact]
    public void Plain_acronym_joins_the_organisation_whose_initials_it_spells()
    {
        var document = QuoteTestDocuments.Analyze(
            "The World Health Organization met. The WHO said little.",
            ("World Health Organization", EntityLabel.ORG), ("WHO", EntityLabel.ORG));
        Assert.Single(document.Get(Layers.Entities));
    }

    [Fact]
    public void Appositive_after_a_name_becomes_a_title()
    {
        var document = QuoteTestDocuments.Analyze(
            "Hugh Hill, a doctor, said the clinic was full.",
            ("Hugh Hill", EntityLabel.PER));
        Assert.Equal("doctor", Assert.Single(Single(document, "Hugh Hill").Titles));
    }

    [Fact]
    public void Lower_case_role_resolves_to_the_one_entity_holding_that_title()
    {
        var document = QuoteTestDocuments.Analyze(
            "Attorney General Ruth Park sued the firm. Later the attorney general said the firm had lied to regulators.",
            ("Ruth Park", EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes));
        Assert.Equal("Ruth Park", quote.Speaker?.Name);
    }

    [Fact]
    public void Pronoun_speaker_resolves_to_the_nearest_antecedent_of_its_gender()
    {
        var document = QuoteTestDocuments.Analyze(
            "Maria Lopez met John Reed in Denver. \"We agreed on nothing,\" she said.",
            ("Maria Lopez", EntityLabel.PER), ("John Reed", EntityLabel.PER), ("Denver", EntityLabel.LOC));
        var quote = Assert.Single(document.Get(Layers.Quotes));
        Assert.Equal("Maria Lopez", quote.Speaker?.Name);
    }

    [Fact]
    public void Different_people_with_different_surnames_stay_apart()
    {
        var document = QuoteTestDocuments.Analyze(
            "Ann Cole and Ben Ortiz debated. Cole won.",
            ("Ann Cole", EntityLabel.PER), ("Ben Ortiz", EntityLabel.PER), ("Cole", EntityLabel.PER));
        Assert.Equal(2, document.Get(Layers.Entities).Length);
        Assert.Equal(2, Single(document, "Ann Cole").Mentions.Length);
    }

    [Fact]
    public void Organisation_split_from_its_place_by_the_tagger_keeps_the_full_name_and_its_acronym()
    {
        var document = QuoteTestDocuments.Analyze(
            "The National Rifle Association of Texas sued. NRA-TX lawyers filed the brief.",
            ("National Rifle Association", EntityLabel.ORG), ("Texas", EntityLabel.LOC), ("NRA-TX", EntityLabel.ORG));
        var entity = Single(document, "National Rifle Association of Texas");
        Assert.Contains("NRA-TX", entity.Aliases);
    }

    [Fact]
    public void A_name_broken_over_lines_with_an_article_and_a_possessive_is_the_same_name()
    {
        var document = QuoteTestDocuments.Analyze(
            "The Justice Department sued. Critics attacked the Justice\n  Department's plan.",
            ("Justice Department", EntityLabel.ORG), ("the Justice\n  Department's", EntityLabel.ORG));
        var entity = Single(document, "Justice Department");
        Assert.Equal(2, entity.Mentions.Length);
        Assert.Equal("Justice Department", Assert.Single(entity.Aliases));
    }

    [Fact]
    public void Role_words_tagged_inside_a_person_mention_become_the_title_without_the_honorific()
    {
        var document = QuoteTestDocuments.Analyze(
            "On Monday Mr. Secretary John Kerry left. Kerry flew home.",
            ("Mr. Secretary John Kerry", EntityLabel.PER), ("Kerry", EntityLabel.PER));
        var entity = Single(document, "John Kerry");
        Assert.Equal("Secretary", Assert.Single(entity.Titles));
        Assert.Equal(2, entity.Mentions.Length);
    }

    [Fact]
    public void Acronym_whose_part_before_the_hyphen_spells_the_organisation_joins_it()
    {
        var document = QuoteTestDocuments.Analyze(
            "The Sierra Wildlife Fund sued. SWF-W lawyers filed the brief.",
            ("Sierra Wildlife Fund", EntityLabel.ORG), ("SWF-W", EntityLabel.ORG));
        var entity = Single(document, "Sierra Wildlife Fund");
        Assert.Contains("SWF-W", entity.Aliases);
    }

    [Fact]
    public void A_lone_surname_tagged_as_an_organisation_joins_the_person_among_many_entities()
    {
        var document = QuoteTestDocuments.Analyze(
            "Nora Blake met Acme Corp, Beta Group, Delta Labs and Omega Trust. Blake left.",
            ("Nora Blake", EntityLabel.PER), ("Acme Corp", EntityLabel.ORG), ("Beta Group", EntityLabel.ORG),
            ("Delta Labs", EntityLabel.ORG), ("Omega Trust", EntityLabel.ORG), ("Blake", EntityLabel.ORG));
        Assert.Equal(5, document.Get(Layers.Entities).Length);
        Assert.Equal(2, Single(document, "Nora Blake").Mentions.Length);
    }

    [Fact]
    public void A_surname_two_full_names_share_joins_the_one_its_title_names()
    {
        var document = QuoteTestDocuments.Analyze(
            "President Walter Okonkwo met reporters. Susan Okonkwo, the first lady, stayed home. "
            + "Later President Okonkwo spoke again. Mrs. Okonkwo waved.",
            ("Walter Okonkwo", EntityLabel.PER), ("Susan Okonkwo", EntityLabel.PER), ("Okonkwo", EntityLabel.PER));
        Assert.Equal(2, Single(document, "Walter Okonkwo").Mentions.Length);
        Assert.Equal(2, Single(document, "Susan Okonkwo").Mentions.Length);
    }

    [Fact]
    public void A_bare_surname_two_full_names_share_stays_unresolved()
    {
        var document = QuoteTestDocuments.Analyze(
            "Walter Okonkwo and Susan Okonkwo arrived. Okonkwo said the trip went well. Okonkwo left early.",
            ("Walter Okonkwo", EntityLabel.PER), ("Susan Okonkwo", EntityLabel.PER), ("Okonkwo", EntityLabel.PER));
        Assert.Single(Single(document, "Walter Okonkwo").Mentions);
        Assert.Single(Single(document, "Susan Okonkwo").Mentions);
        Assert.Equal(2, Single(document, "Okonkwo").Mentions.Length);
    }

    [Fact]
    public void Full_names_whose_middle_initials_differ_stay_two_people()
    {
        var document = QuoteTestDocuments.Analyze(
            "George W. Okafor praised George H.W. Okafor, his father.",
            ("George W. Okafor", EntityLabel.PER), ("George H.W. Okafor", EntityLabel.PER));
        Assert.Equal(2, document.Get(Layers.Entities).Length);
    }

    [Fact]
    public void A_title_that_the_only_full_name_does_not_bear_keeps_a_surname_apart()
    {
        var document = QuoteTestDocuments.Analyze(
            "Susan Okonkwo, the first lady, hosted the dinner. President Okonkwo arrived late.",
            ("Susan Okonkwo", EntityLabel.PER), ("Okonkwo", EntityLabel.PER));
        Assert.Single(Single(document, "Susan Okonkwo").Mentions);
        Assert.Single(Single(document, "Okonkwo").Mentions);
    }

    [Fact]
    public void A_span_glued_across_page_furniture_takes_no_other_mention()
    {
        var document = QuoteTestDocuments.Analyze(
            "MORE Walter Okonkwo Walter OkonkwoPoll Okonkwo said the vote was close.",
            ("Walter Okonkwo Walter OkonkwoPoll", EntityLabel.PER), ("Okonkwo", EntityLabel.PER));
        Assert.Single(Single(document, "Walter Okonkwo Walter OkonkwoPoll").Mentions);
    }
}
