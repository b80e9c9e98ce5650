using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Tests.Quotes;

/// <summary>What counts as a statement by default (docs/quote-guidelines.md), one composed sentence per construction.</summary>
public sealed class StatementTests
{
    private static (Document Document, List<(string Text, string? Speaker)> Quotes) Run(string text, params (string Text, EntityLabel Label)[] mentions)
    {
        var document = QuoteTestDocuments.AnalyzeStatements(text, mentions);
        return (document, document.Get(Layers.Quotes).Select(q => (document.GetText(q.Content), q.Speaker?.Name)).ToList());
    }

    [Theory]
    [InlineData("Ann Cole believes the tax is wrong.")]
    [InlineData("Ann Cole plans to run again next year.")]
    [InlineData("Ann Cole wants to build a new bridge.")]
    [InlineData("Ann Cole denied the allegation.")]
    [InlineData("Ann Cole reported a loss of $2 million in the quarter.")]
    [InlineData("Ann Cole announced criminal charges against seven officers.")]
    [InlineData("Ann Cole asked people to stay home from work.")]
    [InlineData("Ann Cole's tweets drew criticism from both parties.")]
    [InlineData("Ann Cole defended the agenda on Monday.")]
    [InlineData("Such acts of deception help explain Ann Cole's lead in the poll.")]
    [InlineData("Senior party leaders, including chairman Ann Cole, are trying to build a narrative that the email episode, added to questions about the charity, shows a pattern.")]
    [InlineData("Ann Cole has not said whether she will run.")]
    [InlineData("Ann Cole declined to say whether the plant would close.")]
    [InlineData("Ann Cole wrote an op-ed about the plant.")]
    [InlineData("Ann Cole denied any wrongdoing and personally demanded an apology.")]
    [InlineData("Ann Cole praises Planned Parenthood, one of the groups that the party opposes.")]
    [InlineData("Ann Cole rejected Trump as the nominee.")]
    public void Beliefs_plans_stances_figures_and_noun_cues_are_not_statements(string text)
    {
        var (_, quotes) = Run(text, ("Ann Cole", EntityLabel.PER));
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("All told, the storm destroyed 40 homes and damaged 200 more.")]
    [InlineData("The plan drew politically charged criticism from both sides of the aisle.")]
    [InlineData("But internal e-mails unveiled on Monday showed that the plan had been dropped.")]
    public void Words_that_only_look_like_cues_are_not_statements(string text)
    {
        var (_, quotes) = Run(text);
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_programme_title_after_told_is_not_a_quotation()
    {
        var (_, quotes) = Run("Ann Cole told NBC's \"Today\" on Monday that the plant would stay open.", ("Ann Cole", EntityLabel.PER), ("NBC", EntityLabel.ORG));
        Assert.DoesNotContain(quotes, q => q.Text.Contains("Today", StringComparison.Ordinal));
    }

    [Fact]
    public void The_writers_own_voice_is_not_a_statement()
    {
        var (_, quotes) = Run("I would argue that the hearing was a failure.");
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("Ann Cole said the plan would fail.", "the plan would fail")]
    [InlineData("Ann Cole denied that she had resigned.", "she had resigned")]
    [InlineData("Ann Cole tweeted that the vote was rigged.", "the vote was rigged")]
    [InlineData("Ann Cole called the plan \"dead on arrival.\"", "the plan \"dead on arrival.\"")]
    public void Verbs_of_saying_and_quoted_characterisations_are_statements(string text, string content)
    {
        var (_, quotes) = Run(text, ("Ann Cole", EntityLabel.PER));
        var quote = Assert.Single(quotes);
        Assert.Equal(content, quote.Text);
        Assert.Equal("Ann Cole", quote.Speaker);
    }

    [Fact]
    public void An_interrupted_quotation_gives_clean_parts_with_one_speaker()
    {
        var (_, quotes) = Run("\"What are the odds?\" Adam Schiff said. \"If you have found him guilty, you must remove him.\"", ("Adam Schiff", EntityLabel.PER));
        Assert.Equal(["\"What are the odds?\"", "\"If you have found him guilty, you must remove him.\""], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Adam Schiff", q.Speaker));
    }

    [Fact]
    public void A_name_set_off_by_dashes_is_the_speaker()
    {
        var (_, quotes) = Run("At least one Democrat — Sen. Joe Manchin of West Virginia — said he remained undecided.",
            ("Joe Manchin", EntityLabel.PER), ("West Virginia", EntityLabel.LOC), ("Democrat", EntityLabel.MISC));
        Assert.Equal("Joe Manchin", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_name_in_an_appositive_after_a_role_is_the_speaker()
    {
        var (_, quotes) = Run("A former head of Shin Bet, Ami Ayalon, told reporters that the deal was dangerous.",
            ("Ami Ayalon", EntityLabel.PER), ("Shin Bet", EntityLabel.ORG));
        Assert.Equal("Ami Ayalon", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_person_described_by_a_role_is_not_the_organisation()
    {
        var (_, quotes) = Run("An FBI informant said the meeting took place in March.", ("FBI", EntityLabel.ORG));
        var quote = Assert.Single(quotes);
        Assert.NotEqual("FBI", quote.Speaker);
        Assert.Equal("FBI informant", quote.Speaker);
    }

    [Fact]
    public void A_relative_pronoun_after_a_group_speaks_for_the_group()
    {
        var (_, quotes) = Run("Those lawmakers, who said that the actions may be inappropriate, did not vote.");
        Assert.Equal("lawmakers", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void An_embedded_post_is_a_statement_of_its_signed_author()
    {
        var text = "The crowd grew.\n\nThis is a CHANGED atmosphere. #Ferguson pic.twitter.com/Jm51iZXdvz — Yamiche Alcindor (@Yamiche) August 15, 2014\n\nLater it rained.";
        var (_, quotes) = Run(text, ("Yamiche Alcindor", EntityLabel.PER));
        var quote = Assert.Single(quotes);
        Assert.Equal("This is a CHANGED atmosphere. #Ferguson", quote.Text);
        Assert.Equal("Yamiche Alcindor", quote.Speaker);
    }

    [Fact]
    public void A_name_with_an_appositive_before_the_cue_is_the_speaker_not_inverted_content()
    {
        var (_, quotes) = Run("But Minority Leader Harry Reid, Nevada Democrat, said the talks need to move faster.",
            ("Harry Reid", EntityLabel.PER), ("Nevada", EntityLabel.LOC), ("Democrat", EntityLabel.MISC));
        var quote = Assert.Single(quotes);
        Assert.Equal("Harry Reid", quote.Speaker);
        Assert.Equal("the talks need to move faster", quote.Text);
    }

    [Fact]
    public void A_present_form_that_is_usually_a_noun_cues_after_a_pronoun()
    {
        var (_, quotes) = Run("Ford O'Connell is a strategist.\n\nThe party's message is falling out of favor, he notes.", ("Ford O'Connell", EntityLabel.PER));
        var quote = Assert.Single(quotes);
        Assert.Equal("The party's message is falling out of favor", quote.Text);
        Assert.Equal("Ford O'Connell", quote.Speaker);
    }

    [Fact]
    public void An_interviewers_question_without_a_speaker_is_not_a_statement()
    {
        var (_, quotes) = Run("Asked whether she would run again, Ann Cole said she had not decided.", ("Ann Cole", EntityLabel.PER));
        var quote = Assert.Single(quotes);
        Assert.Equal("Ann Cole", quote.Speaker);
        Assert.Equal("she had not decided", quote.Text);
    }

    [Fact]
    public void A_participle_after_by_reports_for_the_subject_of_the_clause()
    {
        var (_, quotes) = Run("Notably, Paul Ryan ended his comments by saying he would support the nominee.", ("Paul Ryan", EntityLabel.PER));
        var quote = Assert.Single(quotes);
        Assert.Equal("Paul Ryan", quote.Speaker);
        Assert.Equal("he would support the nominee", quote.Text);
    }

    [Fact]
    public void A_quantifier_standing_alone_is_a_group_speaker()
    {
        var (_, quotes) = Run("Many say they have seen no evidence that the missiles work.");
        var quote = Assert.Single(quotes);
        Assert.Equal("they have seen no evidence that the missiles work", quote.Text);
    }

    [Theory]
    [InlineData("GM also said on Wednesday it will invest $700 million.", "it will invest $700 million")]
    [InlineData("GM said last week the plant would close.", "the plant would close")]
    [InlineData("GM said in a statement the plant would close.", "the plant would close")]
    public void A_day_or_channel_phrase_after_the_cue_is_not_content(string text, string content)
    {
        var (_, quotes) = Run(text, ("GM", EntityLabel.ORG));
        var quote = Assert.Single(quotes);
        Assert.Equal(content, quote.Text);
        Assert.Equal("GM", quote.Speaker);
    }

    [Fact]
    public void The_agency_names_the_organisation_the_story_last_named()
    {
        var (_, quotes) = Run("The Food and Drug Administration approved the drug on Monday. The agency said the trial was large enough.",
            ("Food and Drug Administration", EntityLabel.ORG));
        var quote = Assert.Single(quotes);
        Assert.Equal("Food and Drug Administration", quote.Speaker);
    }

    [Fact]
    public void A_name_in_a_photo_credit_is_never_a_pronouns_antecedent()
    {
        var text = "Photo by John Smith\n\nThe council met on Monday. \"We will not give up,\" he said.";
        var document = QuoteTestDocuments.Create(text, ("John Smith", EntityLabel.PER));
        var credit = new TextSpan(0, text.IndexOf('\n', StringComparison.Ordinal));
        document = document.With(Layers.Structure, new ArticleStructure { Captions = [credit] });
        document = new Dateline.Text.Resolution.EntityResolutionStage().Process(document, CancellationToken.None);
        document = new Dateline.Text.Quotes.QuoteStage(cues: null).Process(document, CancellationToken.None);
        var quote = Assert.Single(document.Get(Layers.Quotes));
        Assert.NotEqual("John Smith", quote.Speaker?.Name);
    }
}
