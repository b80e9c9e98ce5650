using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Quotes;
using Dateline.Text.Resolution;

namespace Dateline.Text.Tests.Quotes;

public sealed class QuoteFinderTests
{
    private static string Text(Document document, TextSpan span) => document.GetText(span);

    private static (Document Document, Quote Quote) One(string text, params (string, EntityLabel)[] mentions)
    {
        var document = QuoteTestDocuments.Analyze(text, mentions);
        return (document, Assert.Single(document.Get(Layers.Quotes)));
    }

    [Fact]
    public void Direct_quote_with_the_speaker_after_it_is_found_with_cue_and_speaker()
    {
        var (document, quote) = One("\"The bridge will open in May,\" Ellen Brandt said.", ("Ellen Brandt", EntityLabel.PER));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("\"The bridge will open in May,\"", Text(document, quote.Content));
        Assert.Equal("said", Text(document, quote.Cue!.Value));
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_label_set_off_by_a_dash_is_not_the_speaker_of_a_participle_cue()
    {
        var (_, quote) = One("FILE - Traffic moves past the theater, threatening to block the road.");
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_participle_cue_after_a_comma_takes_the_subject_of_the_sentence()
    {
        var (_, quote) = One("Ellen Brandt met the council on Monday, adding that the bridge would open in May.", ("Ellen Brandt", EntityLabel.PER));
        Assert.Equal("Ellen Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void Inverted_cue_takes_the_speaker_after_the_verb()
    {
        var (document, quote) = One("“We will keep fighting for these families,” said Okafor.", ("Okafor", EntityLabel.PER));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Okafor", Text(document, quote.Speaker!.Span));
    }

    [Fact]
    public void Speaker_before_a_colon_introduces_a_direct_quote()
    {
        var (document, quote) = One("Mark Ruiz told reporters: «The vote was rigged from the start.»", ("Mark Ruiz", EntityLabel.PER));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("«The vote was rigged from the start.»", Text(document, quote.Content));
        Assert.Equal("Mark Ruiz", quote.Speaker?.Name);
    }

    [Fact]
    public void Single_quotation_marks_pair_around_a_quote_but_apostrophes_do_not()
    {
        var (document, quote) = One("‘We don’t have the money for Maria’s plan,’ the mayor said.");
        Assert.Equal("‘We don’t have the money for Maria’s plan,’", Text(document, quote.Content));
    }

    [Fact]
    public void Multi_paragraph_quote_runs_until_the_paragraph_that_closes_it()
    {
        var text = "Ruiz said: \"The first part of the plan is bad.\n\n\"The second part is worse.\"\n\nThe meeting ended.";
        var (document, quote) = One(text, ("Ruiz", EntityLabel.PER));
        Assert.StartsWith("\"The first part", Text(document, quote.Content));
        Assert.EndsWith("worse.\"", Text(document, quote.Content));
    }

    [Fact]
    public void Partial_quotes_in_reported_speech_make_a_mixed_quote_of_the_clause()
    {
        var (document, quote) = One(
            "Union leader Ann Cole said Tuesday that the offer was \"an insult\" to workers.",
            ("Ann Cole", EntityLabel.PER));
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("the offer was \"an insult\" to workers", Text(document, quote.Content));
    }

    [Fact]
    public void Reported_speech_after_says_is_an_indirect_quote()
    {
        var (document, quote) = One("Cole says the offer ignores the night shift entirely.", ("Cole", EntityLabel.PER));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the offer ignores the night shift entirely", Text(document, quote.Content));
        Assert.Equal("Cole", Text(document, quote.Speaker!.Span));
    }

    [Fact]
    public void According_to_names_the_source_of_the_content()
    {
        var (document, quote) = One("The plant will close in June, according to the Labor Ministry.", ("Labor Ministry", EntityLabel.ORG));
        Assert.Equal("The plant will close in June", Text(document, quote.Content));
        Assert.Equal("Labor Ministry", quote.Speaker?.Name);
    }

    [Fact]
    public void Speaker_told_an_audience_and_the_content_follows_the_hearer()
    {
        var (document, quote) = One("Brandt told reporters the bridge was safe.", ("Brandt", EntityLabel.PER));
        Assert.Equal("the bridge was safe", Text(document, quote.Content));
    }

    [Fact]
    public void An_unpaired_quotation_mark_is_bounded_at_its_paragraph_end()
    {
        var text = "Brandt said \"the bridge is safe and will stay open all year.\n\nThe council met later. Nobody said anything about it at the meeting.";
        var document = QuoteTestDocuments.Analyze(text, ("Brandt", EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes), q => q.Speaker?.Name == "Brandt");
        Assert.True(quote.Content.End <= text.IndexOf("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_interrupted_by_its_attribution_gives_two_quotes_of_the_speaker()
    {
        var document = QuoteTestDocuments.AnalyzeStatements("\"We lost,\" Cole said. \"We will be back next year.\"", ("Cole", EntityLabel.PER));
        var quotes = document.Get(Layers.Quotes);
        Assert.Equal(["\"We lost,\"", "\"We will be back next year.\""], quotes.Select(q => Text(document, q.Content)));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.All(quotes, q => Assert.Equal("Cole", q.Speaker?.Name));
    }

    [Fact]
    public void Quote_paragraph_without_a_cue_continues_the_previous_speakers_statement()
    {
        var text = "\"We lost this one,\" Cole said.\n\n\"But the fight for fair wages is not over yet.\"\n\nThe union meets again in May.";
        var document = QuoteTestDocuments.AnalyzeStatements(text, ("Cole", EntityLabel.PER));
        var quote = Assert.Single(document.Get(Layers.Quotes), q => Text(document, q.Content).Contains("fair wages", StringComparison.Ordinal));
        Assert.Equal("Cole", quote.Speaker?.Name);
        Assert.Equal("\"But the fight for fair wages is not over yet.\"", Text(document, quote.Content));
    }

    [Fact]
    public void Quote_split_from_its_attribution_by_a_sentence_break_keeps_its_own_speaker()
    {
        var text = "\"We won,\" Ann Cole said.\n\n\"It was close,\" Mark Ruiz, the coach of the other team, said.";
        var document = QuoteTestDocuments.Analyze(text, ("Ann Cole", EntityLabel.PER), ("Mark Ruiz", EntityLabel.PER));
        var quotes = document.Get(Layers.Quotes);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("Mark Ruiz", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void Appositive_between_speaker_and_cue_keeps_the_named_speaker()
    {
        var (document, quote) = One("Hugh Hill, a doctor at the clinic, said the beds were full.", ("Hugh Hill", EntityLabel.PER));
        Assert.Equal("Hugh Hill", quote.Speaker?.Name);
        Assert.Equal("the beds were full", Text(document, quote.Content));
    }

    [Fact]
    public void Scare_quotes_without_a_cue_are_not_quotes()
    {
        var document = QuoteTestDocuments.Analyze("The so-called \"reform\" passed on a close vote.");
        Assert.Empty(document.Get(Layers.Quotes));
    }

    [Fact]
    public void Time_expression_next_to_the_cue_dates_the_quote()
    {
        var text = "Cole said Thursday that the strike would end.";
        var document = QuoteTestDocuments.Create(text, ("Cole", EntityLabel.PER));
        var thursday = text.IndexOf("Thursday", StringComparison.Ordinal);
        document = document.With(Layers.Times, ImmutableArray.Create(new TimeExpression(new TextSpan(thursday, thursday + 8), TimeType.Date, "2017-08-03")));
        document = new EntityResolutionStage().Process(document, CancellationToken.None);
        document = new QuoteStage().Process(document, CancellationToken.None);
        Assert.Equal("2017-08-03", Assert.Single(document.Get(Layers.Quotes)).Time);
    }

    [Fact]
    public void Relative_pronoun_speaker_resolves_to_the_name_before_it()
    {
        var (document, quote) = One("The bill was backed by Ann Cole, who said it would save jobs.", ("Ann Cole", EntityLabel.PER));
        Assert.Equal("who", Text(document, quote.Speaker!.Span));
        Assert.Equal("Ann Cole", quote.Speaker.Name);
    }
    [Fact]
    public void Refusal_with_an_infinitive_is_attributed_to_the_subject()
    {
        var (document, quote) = One("A spokesman for the mayor declined to comment on the budget.");
        Assert.Equal("to comment on the budget", Text(document, quote.Content));
        Assert.Equal("A spokesman for the mayor", Text(document, quote.Speaker!.Span));
    }

    [Fact]
    public void Raising_verb_makes_subject_and_infinitive_the_content_without_a_speaker()
    {
        var (document, quote) = One("After the vote, the council seemed to accept the new tram route.");
        Assert.Equal("the council seemed to accept the new tram route", Text(document, quote.Content));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Passive_expectation_before_an_infinitive_is_content_without_a_speaker()
    {
        var (document, quote) = One("Governor Ortiz is expected to sign the water bill on Friday.", ("Ortiz", EntityLabel.PER));
        Assert.Equal("Governor Ortiz is expected to sign the water bill on Friday", Text(document, quote.Content));
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Endorsement_takes_its_object_up_to_the_comma_as_content()
    {
        var (document, quote) = One("Priya Natarajan endorsed the harbour plan, saying nothing more.", ("Priya Natarajan", EntityLabel.PER));
        Assert.Equal("the harbour plan", Text(document, quote.Content));
        Assert.Equal("Priya Natarajan", quote.Speaker?.Name);
    }

    [Fact]
    public void Content_follows_the_particle_of_a_phrasal_cue()
    {
        var (document, quote) = One("Tomas Reyes called for an audit of the port authority.", ("Tomas Reyes", EntityLabel.PER));
        Assert.Equal("an audit of the port authority", Text(document, quote.Content));
        Assert.Equal("Tomas Reyes", quote.Speaker?.Name);
    }

    [Fact]
    public void Verb_that_needs_a_particle_is_no_cue_without_it()
    {
        var document = QuoteTestDocuments.Analyze("The senators talked late into the night.", []);
        Assert.Empty(document.Get(Layers.Quotes));
    }
    [Fact]
    public void Quotation_told_to_a_hearer_before_a_place_is_content_before_the_speaker()
    {
        var (document, quote) = One("“The count goes on,” Lindqvist told a crowd in Duluth, Minnesota on Tuesday night.", ("Lindqvist", EntityLabel.PER));
        Assert.Equal("“The count goes on,”", Text(document, quote.Content));
        Assert.Equal("Lindqvist", quote.Speaker?.Name);
    }

    [Fact]
    public void Appositive_after_an_inverted_speaker_does_not_join_the_quotation()
    {
        var document = QuoteTestDocuments.Analyze("“The ferry runs every hour,” said Nadia Haddad, a spokeswoman for the port, explaining the timetable.", [("Nadia Haddad", EntityLabel.PER)]);
        var quote = document.Get(Layers.Quotes)[0];
        Assert.Equal("“The ferry runs every hour,”", Text(document, quote.Content));
    }

    [Fact]
    public void Unlisted_verb_after_a_named_subject_cues_the_quotation_that_follows()
    {
        var (document, quote) = One("Okafor lambasted the board for its “reckless and secretive” vote.", ("Okafor", EntityLabel.PER));
        Assert.Equal("lambasted", Text(document, quote.Cue!.Value));
        Assert.Equal("the board for its “reckless and secretive” vote", Text(document, quote.Content));
        Assert.Equal("Okafor", quote.Speaker?.Name);
    }
    [Fact]
    public void Coordinated_reporting_verb_starts_a_second_statement()
    {
        var document = QuoteTestDocuments.Analyze("Grace Mbeki opposes the toll increase and recalled that the last one failed.", [("Grace Mbeki", EntityLabel.PER)]);
        var quotes = document.Get(Layers.Quotes);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("the toll increase", Text(document, quotes[0].Content));
        Assert.Equal("the last one failed", Text(document, quotes[1].Content));
    }
    [Fact]
    public void Short_attribution_sentence_after_a_question_quote_takes_that_quote()
    {
        var (document, quote) = One("“Who will pay for the new bridge?” Halvorsen asked on Monday.", ("Halvorsen", EntityLabel.PER));
        Assert.Equal("“Who will pay for the new bridge?”", Text(document, quote.Content));
        Assert.Equal("Halvorsen", quote.Speaker?.Name);
    }
    [Fact]
    public void Asked_whether_opener_is_a_question_without_a_speaker_and_leaves_the_answer_to_its_own_cue()
    {
        var document = QuoteTestDocuments.Analyze("Asked whether she would run again, Ilse Brandt said she had not decided.", [("Ilse Brandt", EntityLabel.PER)]);
        var quotes = document.Get(Layers.Quotes);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("whether she would run again", Text(document, quotes[0].Content));
        Assert.Null(quotes[0].Speaker);
        Assert.Equal("she had not decided", Text(document, quotes[1].Content));
        Assert.Equal("Ilse Brandt", quotes[1].Speaker?.Name);
    }

    [Fact]
    public void Object_of_a_stance_verb_leaves_the_rest_of_the_sentence_to_the_next_cue()
    {
        var document = QuoteTestDocuments.Analyze("One pastor backing the mayor, Ruth Odell, said the vote was fair.", [("Ruth Odell", EntityLabel.PER)]);
        var quotes = document.Get(Layers.Quotes);
        Assert.Contains(quotes, q => Text(document, q.Content) == "the vote was fair" && q.Speaker?.Name == "Ruth Odell");
    }

    [Fact]
    public void Pronoun_clause_after_the_cue_is_content_not_an_adverbial()
    {
        var (document, quote) = One("As for the levy, he said he is not worried.");
        Assert.Equal("he is not worried", Text(document, quote.Content));
    }
    [Fact]
    public void Short_reply_in_the_next_paragraph_does_not_continue_the_question()
    {
        var document = QuoteTestDocuments.Analyze("“Who will pay for the new pier?” Lindgren asked the crowd.\n\n“The city!”\n\nThe rally ended soon after.", [("Lindgren", EntityLabel.PER)]);
        var quote = Assert.Single(document.Get(Layers.Quotes));
        Assert.Equal("“Who will pay for the new pier?”", Text(document, quote.Content));
        Assert.Equal("Lindgren", quote.Speaker?.Name);
    }
    [Fact]
    public void Speaker_before_a_dash_delimited_insert_is_found()
    {
        var (document, quote) = One("Most harbour pilots \u2014 and two of the three tug captains \u2014 said the new rules were unsafe.");
        Assert.Equal("the new rules were unsafe", Text(document, quote.Content));
        Assert.Equal("Most harbour pilots", Text(document, quote.Speaker!.Span));
    }
    [Fact]
    public void Speaker_with_a_party_and_state_in_parentheses_keeps_the_quotation()
    {
        var (document, quote) = One("\"The levy is a mistake,\" Sen. Maria Lund (D-Minn.) said Saturday night at the dinner.", ("Maria Lund", EntityLabel.PER));
        Assert.Equal("\"The levy is a mistake,\"", Text(document, quote.Content));
        Assert.Equal("Maria Lund", quote.Speaker?.Name);
    }
    [Fact]
    public void Unlisted_verb_after_a_quotation_and_its_speaker_cues_that_quotation()
    {
        var (document, quote) = One("“Sit down and wait your turn,” Okonkwo barked at the reporter.", ("Okonkwo", EntityLabel.PER));
        Assert.Equal("“Sit down and wait your turn,”", Text(document, quote.Content));
        Assert.Equal("barked", Text(document, quote.Cue!.Value));
        Assert.Equal("Okonkwo", quote.Speaker?.Name);
    }
    [Fact]
    public void Acronym_that_spells_a_function_word_stays_in_the_speaker_phrase()
    {
        var (document, quote) = One("“We will vote for the bill!” US Senator Dana Pruitt said as the session opened.", ("Dana Pruitt", EntityLabel.PER));
        Assert.Equal("“We will vote for the bill!”", Text(document, quote.Content));
        Assert.Equal("Dana Pruitt", quote.Speaker?.Name);
    }
}
