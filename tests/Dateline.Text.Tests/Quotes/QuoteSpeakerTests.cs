using Dateline.Core;
using Dateline.Core.Annotations;

namespace Dateline.Text.Tests.Quotes;

/// <summary>Speaker and content boundaries around subordinate clauses, coordinated clauses and participle cues.</summary>
public sealed class QuoteSpeakerTests
{
    private static Quote QuoteHolding(Document document, string content) =>
        Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Content).Contains(content, StringComparison.Ordinal));

    [Fact]
    public void An_organisation_named_with_a_place_after_of_speaks_as_the_organisation()
    {
        var document = QuoteTestDocuments.Analyze(
            "The Harbour Workers Union of Nova Scotia said the new shift rules would cut wages.",
            ("Harbour Workers Union", EntityLabel.ORG), ("Nova Scotia", EntityLabel.LOC));
        var quote = QuoteHolding(document, "cut wages");
        Assert.StartsWith("Harbour Workers Union", quote.Speaker?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_in_an_opening_when_clause_leaves_the_main_clause_to_its_own_speaker()
    {
        var document = QuoteTestDocuments.Analyze(
            "When Ellen Brandt first described the bridge in May, Tom Okafor said, \"It will never carry a bus.\"",
            ("Ellen Brandt", EntityLabel.PER), ("Tom Okafor", EntityLabel.PER));
        var quote = QuoteHolding(document, "never carry a bus");
        Assert.Equal("Tom Okafor", quote.Speaker?.Name);
        Assert.DoesNotContain("Tom Okafor", document.GetText(quote.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_while_clause_with_its_own_cue_ends_the_previous_content()
    {
        var document = QuoteTestDocuments.Analyze(
            "Ellen Brandt suggested that the bridge was too expensive, while Tom Okafor said that \"the stakes are too high\" to wait.",
            ("Ellen Brandt", EntityLabel.PER), ("Tom Okafor", EntityLabel.PER));
        var quote = QuoteHolding(document, "stakes are too high");
        Assert.Equal("Tom Okafor", quote.Speaker?.Name);
        var first = QuoteHolding(document, "too expensive");
        Assert.Equal("Ellen Brandt", first.Speaker?.Name);
    }

    [Fact]
    public void An_asked_question_ends_at_a_comma_inside_its_closing_quotation_mark()
    {
        var document = QuoteTestDocuments.Analyze(
            "Asked why she skipped the vote on \"Morning Hour,\" Ellen Brandt said she had not \"heard a single good argument.\"",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "heard a single good argument");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participle_cue_after_a_raising_verb_takes_the_subject_of_the_sentence()
    {
        var document = QuoteTestDocuments.Analyze(
            "Ellen Brandt seemed to be ready to joke about the delay, telling the crowd, \"Some people get a little carried away.\"",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "carried away");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participle_cue_takes_the_subject_after_an_introductory_time_phrase()
    {
        var document = QuoteTestDocuments.Analyze(
            "But a few days later, Ellen Brandt reversed herself again, telling reporters that the bridge would open in June.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "open in June");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participle_cue_takes_a_determiner_subject_after_an_introductory_phrase()
    {
        var document = QuoteTestDocuments.Analyze("In three separate interviews, the mayor sounded off on the council, saying it had \"lost its nerve.\"");
        var quote = QuoteHolding(document, "lost its nerve");
        Assert.Equal("the mayor", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void A_caption_label_is_skipped_and_the_subject_of_the_caption_speaks()
    {
        var document = QuoteTestDocuments.Analyze(
            "FILE - In this May 2, 2016 file photo, Mayor Ellen Brandt is closing the bridge, threatening to keep it shut for a year.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "keep it shut");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_straight_closing_mark_after_a_space_still_closes_the_quotation_before_its_cue()
    {
        var document = QuoteTestDocuments.Analyze(
            "Ellen Brandt spoke last. \"It cannot be 'we got through the vote, now we move on,' \" she said.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "now we move on");
        Assert.Equal("said", document.GetText(quote.Cue!.Value));
        Assert.Equal("she", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void An_inverted_speaker_may_open_with_a_lower_case_title()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"We will not forget it,\" said retired judge Ellen Brandt, asked about the vote.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "not forget it");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participle_phrase_after_the_cue_does_not_take_the_quotation_away_from_its_speaker()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"We need someone who fights hard,\" he said introducing Ellen Brandt as a \"tested leader\" to the crowd.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "fights hard");
        Assert.Equal("he", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void A_quotation_introduced_by_a_colon_is_spoken_by_the_subject_before_the_colon()
    {
        var document = QuoteTestDocuments.Analyze(
            "When the bridge fell in 1998, Mayor Ellen Brandt released the following statement:\n\n\"Our thoughts are with the families of the drivers tonight.\"",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "Our thoughts");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_dash_and_a_name_on_the_line_after_a_quotation_sign_it()
    {
        var document = QuoteTestDocuments.Analyze(
            "The ferry is late again.\n\n\"Nobody has fixed the engines in the last ten years.\"\n\n- Ellen Brandt.\n\nThe claim is wrong.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "fixed the engines");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_clause_after_the_cue_is_its_content_even_when_it_is_short()
    {
        var document = QuoteTestDocuments.Analyze(
            "Even after three videos surfaced, the council has denied it happened, with Ellen Brandt calling the claim \"pure fiction\" on the radio.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Cue!.Value) == "denied");
        Assert.StartsWith("it happened", document.GetText(quote.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_verb_form_after_a_determiner_and_a_name_is_a_noun_and_no_cue()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"It is too early to tell,\" said Ellen Brandt, who hosts the TV show \"Night Court.\" \"I mean, it depends on what happens with the economy next year.\"",
            ("Ellen Brandt", EntityLabel.PER));
        Assert.DoesNotContain(document.Get(Layers.Quotes), q => q.Cue is { } cue && document.GetText(cue) == "show");
        var quote = QuoteHolding(document, "depends on what happens");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void Reported_speech_in_a_relative_clause_about_the_speaker_does_not_take_the_next_quotation()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"Women decide this race,\" says Ellen Brandt, a pollster who advised the mayor's campaign in 2008. \"Nobody wins without winning them, and both parties know it.\"",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "Nobody wins");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participle_clause_after_the_quotation_is_not_part_of_the_content()
    {
        var document = QuoteTestDocuments.Analyze(
            "Ellen Brandt cautioned \"let's not get ahead of ourselves,\" before predicting that the bridge would open in June.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Cue!.Value) == "cautioned");
        Assert.Equal("\"let's not get ahead of ourselves,\"", document.GetText(quote.Content));
    }

    [Fact]
    public void A_participle_cue_ends_its_content_before_a_coordinated_participle()
    {
        var document = QuoteTestDocuments.Analyze(
            "Ellen Brandt went after the council on Wednesday, calling the plan \"reckless\" and asserting that the money would run out.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Cue!.Value) == "calling");
        Assert.Equal("the plan \"reckless\"", document.GetText(quote.Content));
    }

    [Fact]
    public void A_sentence_adverb_before_the_subject_is_not_the_speaker_of_a_coordinated_cue()
    {
        var document = QuoteTestDocuments.Analyze(
            "However, Ellen Brandt met the council in May and declared in an interview that she found the plan \"very sound.\"",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "very sound");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participle_cue_after_a_verb_and_its_object_takes_the_subject_of_the_clause()
    {
        var document = QuoteTestDocuments.Analyze(
            "At the time, she released a statement saying, \"We are confident that the partnership will last for years.\"");
        var quote = QuoteHolding(document, "partnership will last");
        Assert.Equal("she", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void Reported_speech_in_a_relative_clause_ends_where_the_main_clause_goes_on()
    {
        var document = QuoteTestDocuments.Analyze(
            "Ellen Brandt, who called Tom Okafor shortly after the count, told her supporters, \"I still love this city, and I always will.\"",
            ("Ellen Brandt", EntityLabel.PER), ("Tom Okafor", EntityLabel.PER));
        var quote = QuoteHolding(document, "I still love this city");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
        Assert.Equal("\"I still love this city, and I always will.\"", document.GetText(quote.Content));
    }

    [Fact]
    public void An_aside_after_the_attribution_does_not_break_a_quote_that_goes_on_in_the_next_sentence()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "\"That is the big question,\" Ellen Brandt said, noting that she would back any nominee. \"We have a deep bench here.\"",
            ("Ellen Brandt", EntityLabel.PER));
        var first = QuoteHolding(document, "big question");
        var second = QuoteHolding(document, "deep bench");
        Assert.Equal("\"That is the big question,\"", document.GetText(first.Content));
        Assert.Equal("\"We have a deep bench here.\"", document.GetText(second.Content));
        Assert.All([first, second], q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.All([first, second], q => Assert.Equal("Ellen Brandt", q.Speaker?.Name));
    }

    [Fact]
    public void A_short_adverbial_before_a_participle_cue_is_not_its_speaker()
    {
        var document = QuoteTestDocuments.Analyze(
            "The effort stalled, and she has battled with the council over the budget, at one point calling the treasurer a \"liar\" in public.");
        var quote = Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Cue!.Value) == "calling");
        Assert.Equal("she", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void An_inverted_speaker_phrase_goes_on_across_and_before_another_title()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"He is reprising that role,\" said former Ohio Gov. and party chairman Ed Rendell. \"It is about turnout.\"",
            ("Ed Rendell", EntityLabel.PER));
        var quote = QuoteHolding(document, "reprising that role");
        Assert.Equal("said", document.GetText(quote.Cue!.Value));
        Assert.NotNull(quote.Speaker);
    }

    [Fact]
    public void An_appositive_with_a_possessive_apostrophe_still_gives_the_speaker_before_it()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"This campaign is changing the city,\" Jeff Weaver, Sanders' campaign manager, said in a statement.",
            ("Jeff Weaver", EntityLabel.PER));
        var quote = QuoteHolding(document, "changing the city");
        Assert.Equal("Jeff Weaver", quote.Speaker?.Name);
    }

    [Fact]
    public void A_title_abbreviation_and_a_state_in_parentheses_stay_in_the_speaker_phrase()
    {
        var document = QuoteTestDocuments.Analyze(
            "Supporters rejected it. \"If they did not take part, they have nothing to fear,\" Sen. Chuck Schumer (D-N.Y.) said Tuesday.",
            ("Chuck Schumer", EntityLabel.PER));
        var quote = QuoteHolding(document, "nothing to fear");
        Assert.Equal("Chuck Schumer", quote.Speaker?.Name);
        Assert.Equal("said", document.GetText(quote.Cue!.Value));
    }

    [Fact]
    public void A_short_particle_phrase_after_the_cue_leaves_the_quotation_before_it_as_content()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"My father made the donation himself,\" Eric Brandt wrote of the 2010 gift.",
            ("Eric Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "made the donation");
        Assert.Equal("\"My father made the donation himself,\"", document.GetText(quote.Content));
        Assert.Equal("Eric Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_short_prepositional_opener_before_the_speaker_is_not_content()
    {
        var document = QuoteTestDocuments.Analyze("In both cases, Eric Brandt spoke as if the money had come from his father.", ("Eric Brandt", EntityLabel.PER));
        Assert.DoesNotContain(document.Get(Layers.Quotes), q => document.GetText(q.Content) == "In both cases");
    }

    [Fact]
    public void An_inverted_speaker_followed_by_a_relative_clause_is_found()
    {
        var document = QuoteTestDocuments.Analyze("\"I can only tell you what the records show,\" said one source who spoke on the condition of anonymity.");
        var quote = QuoteHolding(document, "records show");
        Assert.Equal("one source", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void A_speaker_described_by_a_relative_clause_after_the_quotation_is_found()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"I do not think superdelegates ought to sway the vote,\" Ellen Brandt, who has not endorsed a candidate, told reporters in Boston.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "sway the vote");
        Assert.Equal("told", document.GetText(quote.Cue!.Value));
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void An_unlisted_verb_after_a_determiner_subject_cues_the_quotation_before_it()
    {
        var document = QuoteTestDocuments.Analyze("\"The mayor should come to the flooded towns and act like one,\" the editorial demands.");
        var quote = QuoteHolding(document, "flooded towns");
        Assert.Equal("the editorial", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void An_unlisted_verb_before_its_speaker_cues_the_quotation_before_it()
    {
        var document = QuoteTestDocuments.Analyze("\"What sport is he talking about, and who?\" reacted Tom Okafor.", ("Tom Okafor", EntityLabel.PER));
        var quote = QuoteHolding(document, "What sport");
        Assert.Equal("Tom Okafor", quote.Speaker?.Name);
    }

    [Fact]
    public void A_name_with_a_party_in_parentheses_before_a_colon_speaks_the_quotation_after_it()
    {
        var document = QuoteTestDocuments.Analyze(
            "The hearing went on for hours.\n\nRep. Tom Okafor (R-S.C.): \"I have not heard anyone other than you ever cite that figure.\"",
            ("Tom Okafor", EntityLabel.PER));
        var quote = QuoteHolding(document, "cite that figure");
        Assert.Equal("Tom Okafor", quote.Speaker?.Name);
    }

    [Fact]
    public void A_short_line_without_a_verb_before_a_colon_names_the_source_of_the_quotation()
    {
        var document = QuoteTestDocuments.Analyze(
            "The panel published its findings.\n\nFrom the report: \"Samples with longer field periods produced more accurate results.\"");
        var quote = QuoteHolding(document, "longer field periods");
        Assert.Equal("From the report", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void A_cue_after_an_adverb_and_a_subordinating_word_reports_only_its_clause()
    {
        var document = QuoteTestDocuments.Analyze(
            "Shortly after Ellen Brandt announced the plan, Tom Okafor sent out a statement saying the city owes \"an explanation.\"",
            ("Ellen Brandt", EntityLabel.PER), ("Tom Okafor", EntityLabel.PER));
        var quote = QuoteHolding(document, "an explanation");
        Assert.Equal("Tom Okafor", quote.Speaker?.Name);
    }

    [Fact]
    public void A_bare_verb_form_after_an_article_or_a_preposition_is_a_noun()
    {
        var document = QuoteTestDocuments.Analyze(
            "In a subsequent tweet, Ellen Brandt said she was postponing the vote \"until further notice.\"", ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "until further notice");
        Assert.Equal("said", document.GetText(quote.Cue!.Value));
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_sentence_opening_asked_clause_leaves_the_answer_to_its_speaker()
    {
        var document = QuoteTestDocuments.Analyze(
            "Asked a direct question about this in the debate, Ellen Brandt said, \"I do take responsibility.\"", ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "take responsibility");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
        Assert.DoesNotContain("Asked", document.GetText(quote.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_capitalised_function_word_inside_a_name_stays_in_the_speaker_phrase()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"But that was the first time in a long time, senator,\" CBS This Morning co-anchor Dana Morgan said.", ("Dana Morgan", EntityLabel.PER));
        var quote = QuoteHolding(document, "first time in a long time");
        Assert.Equal("Dana Morgan", quote.Speaker?.Name);
    }

    [Fact]
    public void A_quotation_in_the_next_paragraph_does_not_extend_reported_speech_with_a_partial_quote()
    {
        var document = QuoteTestDocuments.Analyze(
            "Ellen Brandt called the briefing a \"press conference.\"\n\n\"But that was the first time in a very long time that anyone asked,\" Tom Okafor said.",
            ("Ellen Brandt", EntityLabel.PER), ("Tom Okafor", EntityLabel.PER));
        var quote = QuoteHolding(document, "first time in a very long time");
        Assert.Equal("Tom Okafor", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participle_cue_after_a_main_clause_takes_its_subject_and_not_the_speaker_of_an_opening_although_clause()
    {
        var document = QuoteTestDocuments.Analyze(
            "And although Tom Okafor thanked the volunteers for their help, Ellen Brandt sounded a note of doubt, saying, \"I am not sure we deserve it.\"",
            ("Ellen Brandt", EntityLabel.PER), ("Tom Okafor", EntityLabel.PER));
        var quote = QuoteHolding(document, "not sure we deserve it");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_lower_case_adverb_after_a_comma_is_not_the_speaker_of_a_participle_cue()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"We are not joining in that,\" Tom Okafor said, instead seeking to focus on \"the big differences\" between the two plans.",
            ("Tom Okafor", EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Cue!.Value) == "seeking");
        Assert.Equal("Tom Okafor", quote.Speaker?.Name);
    }

    [Fact]
    public void A_time_phrase_at_the_start_is_not_the_subject_of_a_participle_cue()
    {
        var document = QuoteTestDocuments.Analyze(
            "Hours later, she issued a statement calling on the council \"to redouble our efforts\" before the vote.");
        var quote = QuoteHolding(document, "redouble our efforts");
        Assert.Equal("she", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void An_attribution_after_a_quotation_ending_another_cue_reports_the_whole_clause()
    {
        var document = QuoteTestDocuments.Analyze(
            "They want to \"build a city that works for working families and not just landlords,\" Ellen Brandt said.",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "working families");
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
        Assert.StartsWith("They want to", document.GetText(quote.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_after_another_attribution_reports_it_and_both_stand()
    {
        var document = QuoteTestDocuments.Analyze(
            "On Monday, Ellen Brandt said she was \"happy to see\" that the bridge opened, according to the Daily Courier.",
            ("Ellen Brandt", EntityLabel.PER));
        var quotes = document.Get(Layers.Quotes);
        var inner = Assert.Single(quotes, q => document.GetText(q.Cue!.Value) == "said");
        Assert.Equal("Ellen Brandt", inner.Speaker?.Name);
        Assert.DoesNotContain("according", document.GetText(inner.Content), StringComparison.Ordinal);
        var outer = Assert.Single(quotes, q => document.GetText(q.Cue!.Value) == "according to");
        Assert.Equal("the Daily Courier", document.GetText(outer.Speaker!.Span));
        Assert.Contains("Ellen Brandt said", document.GetText(outer.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_quoted_programme_name_after_a_hearer_verb_is_neither_content_nor_a_continuation()
    {
        var document = QuoteTestDocuments.Analyze(
            "\"We have to really raise the levy,\" the mayor told \"Good Evening Town\" after she was asked about the budget.");
        var quote = QuoteHolding(document, "raise the levy");
        Assert.Equal("\"We have to really raise the levy,\"", document.GetText(quote.Content));
        Assert.Equal("the mayor", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void An_unlisted_verb_before_a_speaker_with_a_prepositional_tail_cues_the_quotation()
    {
        var document = QuoteTestDocuments.Analyze("\"There are invertebrates with more spine than this senator,\" reads a Wednesday editorial in the Courier.");
        var quote = QuoteHolding(document, "invertebrates");
        Assert.Equal("a Wednesday editorial", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void An_age_and_a_home_town_between_commas_stand_between_the_speaker_and_the_cue()
    {
        var document = QuoteTestDocuments.Analyze(
            "Cory Jameson, 22, of Flint, Mich., said he had not given up hope for a \"surprise\" at the convention.",
            ("Cory Jameson", EntityLabel.PER));
        var quote = QuoteHolding(document, "given up hope");
        Assert.Equal("Cory Jameson", quote.Speaker?.Name);
    }

    [Fact]
    public void A_participle_cue_after_an_irregular_past_verb_takes_its_subject()
    {
        var document = QuoteTestDocuments.Analyze(
            "The council met on Monday.\n\nAnd then Tom Okafor went fully on the attack, saying, \"Is the council going to finally act on this?\"",
            ("Tom Okafor", EntityLabel.PER));
        var quote = QuoteHolding(document, "finally act on this");
        Assert.Equal("Tom Okafor", quote.Speaker?.Name);
    }

    [Fact]
    public void What_stands_before_as_follows_is_the_source_of_the_quotation_after_the_colon()
    {
        var document = QuoteTestDocuments.Analyze(
            "The mayor spoke for an hour.\n\nPartial transcript as follows:\n\n\"Tonight we arrived in Cleveland and went to a restaurant near the river.\"");
        var quote = QuoteHolding(document, "arrived in Cleveland");
        Assert.Equal("Partial transcript", document.GetText(quote.Speaker!.Span));
    }

    [Fact]
    public void A_possessive_name_and_its_noun_after_a_long_introductory_phrase_speak_for_a_participle_cue()
    {
        var document = QuoteTestDocuments.Analyze(
            "The council met on Monday.\n\nIn response to the proposal to close the bridge to all traffic for a year, Ellen Brandt's deputy rallied supporters, saying: \"We have to be ready to stop him.\"",
            ("Ellen Brandt", EntityLabel.PER));
        var quote = QuoteHolding(document, "ready to stop him");
        Assert.StartsWith("Ellen Brandt", document.GetText(quote.Speaker!.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void An_although_clause_with_its_own_cue_ends_the_content_before_it()
    {
        var document = QuoteTestDocuments.Analyze(
            "Tom Okafor said late Wednesday that he would attend the meeting, although he tweeted that he \"rejects the latest comments.\"",
            ("Tom Okafor", EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Cue!.Value) == "said");
        Assert.DoesNotContain("tweeted", document.GetText(quote.Content), StringComparison.Ordinal);
        Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Cue!.Value) == "tweeted");
    }

    [Fact]
    public void According_to_after_an_inverted_attribution_reports_the_quotation_and_its_attribution()
    {
        var document = QuoteTestDocuments.Analyze(
            "The delegates met on Monday.\n\n\"I ask you not to protest on the floor,\" Ellen Brandt said, according to the Daily Courier.",
            ("Ellen Brandt", EntityLabel.PER));
        var quotes = document.Get(Layers.Quotes);
        Assert.Equal("Ellen Brandt", Assert.Single(quotes, q => document.GetText(q.Cue!.Value) == "said").Speaker?.Name);
        var outer = Assert.Single(quotes, q => document.GetText(q.Cue!.Value) == "according to");
        Assert.Equal("\"I ask you not to protest on the floor,\" Ellen Brandt said", document.GetText(outer.Content));
    }

    [Fact]
    public void A_closing_attribution_of_the_whole_sentence_is_not_part_of_the_content()
    {
        var document = QuoteTestDocuments.Analyze(
            "The debate is on Thursday.\n\nThe union-backed movement plans to protest the debate in support of the policy, the Daily Courier reports.");
        var quote = Assert.Single(document.Get(Layers.Quotes), q => document.GetText(q.Cue!.Value) == "plans");
        Assert.Equal("to protest the debate in support of the policy", document.GetText(quote.Content));
    }

    [Fact]
    public void A_title_with_of_before_the_name_keeps_the_person_as_the_participle_speaker()
    {
        var document = QuoteTestDocuments.Analyze(
            "Secretary of State Ellen Brandt struck a note of optimism on Monday, claiming that the talks were close to a deal.",
            ("Ellen Brandt", EntityLabel.PER));
        Assert.Equal("Ellen Brandt", QuoteHolding(document, "close to a deal").Speaker?.Name);
    }

    [Fact]
    public void According_to_a_report_by_an_organisation_names_the_organisation_and_leaves_it_out_of_the_content()
    {
        var document = QuoteTestDocuments.AnalyzeStatements(
            "According to a report by the Harbour Safety Council, between 1990 and 2000, 84 ships sank there.",
            ("Harbour Safety Council", EntityLabel.ORG));
        var quote = QuoteHolding(document, "84 ships sank");
        Assert.Equal("Harbour Safety Council", quote.Speaker?.Name);
        Assert.StartsWith("between 1990", document.GetText(quote.Content), StringComparison.Ordinal);
    }
}
