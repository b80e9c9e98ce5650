using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Testing;
using Dateline.Text.Times;

namespace Dateline.Text.Tests.Times;

public sealed class TimeStageTests
{
    private static readonly DateOnly Thursday = new(2017, 8, 3);

    private static ImmutableArray<TimeExpression> Find(string text, DateOnly? anchor) => TimeStage.Find(text, anchor);

    private static TimeExpression One(string text, string expected, DateOnly? anchor = null)
    {
        var times = Find(text, anchor ?? Thursday);
        var match = times.Where(t => t.Span.GetText(text) == expected).ToList();
        Assert.True(match.Count == 1, $"expected one \"{expected}\" in \"{text}\" but found [{string.Join(" | ", times.Select(t => t.Span.GetText(text) + "=" + t.Value))}]");
        return match[0];
    }

    private static void Expect(string text, string expected, TimeType type, string value, DateOnly? anchor = null)
    {
        var time = One(text, expected, anchor);
        Assert.Equal(value, time.Value);
        Assert.Equal(type, time.Type);
    }

    [Theory]
    [InlineData("In this Aug. 1, 2016 file photo, traffic moves.", "Aug. 1, 2016", "2016-08-01")]
    [InlineData("The letter was sent August 03, 2017 to the city.", "August 03, 2017", "2017-08-03")]
    [InlineData("The vote was held Feb 26 in the capital.", "Feb 26", "2017-02-26")]
    [InlineData("The report is dated 2017-08-03 and signed.", "2017-08-03", "2017-08-03")]
    [InlineData("The form was filed 3/4/17 by the clerk.", "3/4/17", "2017-03-04")]
    [InlineData("He left in March 1987 for Paris.", "March 1987", "1987-03")]
    [InlineData("He was born in 1987 in Ohio.", "1987", "1987")]
    [InlineData("She arrived on 3 August 2017 at dawn.", "3 August 2017", "2017-08-03")]
    public void Absolute_dates_resolve_to_their_calendar_value(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value);

    [Theory]
    [InlineData("The statement came at 1:33 PM today.", "1:33 PM today", TimeType.Time, "2017-08-03T13:33")]
    [InlineData("The statement came at 1:33 PM.", "1:33 PM", TimeType.Time, "2017-08-03T13:33")]
    [InlineData("They met at noon in the square.", "noon", TimeType.Time, "2017-08-03T12:00")]
    [InlineData("The curfew starts at midnight in the city.", "midnight", TimeType.Time, "2017-08-03T24:00")]
    [InlineData("The hearing opens at 10 a.m. EDT in court.", "10 a.m. EDT", TimeType.Time, "2017-08-03T10:00")]
    [InlineData("Officials said this morning that the road was closed.", "this morning", TimeType.Time, "2017-08-03TMO")]
    [InlineData("The blast happened Monday morning near the port.", "Monday morning", TimeType.Time, "2017-07-31TMO")]
    [InlineData("August 03, 2017 1:33 PM", "August 03, 2017 1:33 PM", TimeType.Time, "2017-08-03T13:33")]
    public void Times_of_day_take_the_day_they_name_or_the_article_date(string text, string expression, TimeType type, string value) =>
        Expect(text, expression, type, value);

    [Theory]
    [InlineData("Dinosaurs lived 6000 years ago, the museum says.", "6000 years ago", "PAST_REF")]
    [InlineData("The site was settled 400 centuries ago by farmers.", "400 centuries ago", "PAST_REF")]
    [InlineData("The waste stays dangerous for 9000 years from now on.", "9000 years from now", "FUTURE_REF")]
    public void A_step_beyond_the_calendar_is_a_past_or_future_reference(string text, string expression, string value)
    {
        var time = One(text, expression);
        Assert.Equal(value, time.Value);
    }

    [Theory]
    [InlineData("He said yesterday that it was over.", "yesterday", "2017-08-02")]
    [InlineData("He said today that it was over.", "today", "2017-08-03")]
    [InlineData("The court will rule tomorrow on the case.", "tomorrow", "2017-08-04")]
    [InlineData("The group met last week in Denver.", "last week", "2017-W30")]
    [InlineData("The law takes effect next month in the state.", "next month", "2017-09")]
    [InlineData("Sales fell earlier this year in Europe.", "earlier this year", "2017")]
    [InlineData("The fire started two days ago near town.", "two days ago", "2017-08-01")]
    [InlineData("Crowds grew this summer at the beach.", "this summer", "2017-SU")]
    [InlineData("Crime peaked in the 1990s in the city.", "the 1990s", "199")]
    [InlineData("The plant opened in 2016 after delays.", "2016", "2016")]
    [InlineData("Profits rose last year at the firm.", "last year", "2016")]
    [InlineData("Rents are rising now in the city.", "now", "PRESENT_REF")]
    [InlineData("Prices rose in recent years across the region.", "recent years", "PAST_REF")]
    [InlineData("Profit rose in the first quarter at the firm.", "the first quarter", "2017-Q1")]
    [InlineData("Profit rose in the fourth-quarter report.", "the fourth-quarter", "2016-Q4")]
    [InlineData("Sales rose 4% from a year earlier, the company said of the second quarter.", "the second quarter", "2017-Q2")]
    public void Relative_days_and_periods_resolve_against_the_article_date(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value);

    [Fact]
    public void A_year_earlier_in_a_quarterly_report_is_the_same_quarter_a_year_before()
    {
        const string text = "Profit rose in the second quarter. Sales rose 4% from a year earlier.";
        Assert.Equal("2016-Q2", One(text, "a year earlier").Value);
    }

    [Theory]
    [InlineData("The talks lasted a month in Geneva.", "a month", "P1M")]
    [InlineData("He served three years in prison.", "three years", "P3Y")]
    [InlineData("The strike lasted two weeks at the plant.", "two weeks", "P2W")]
    [InlineData("The storm raged for 48 hours along the coast.", "48 hours", "PT48H")]
    [InlineData("Prices fell in the past three months in the city.", "the past three months", "P3M")]
    [InlineData("The company signed a five-year contract.", "five-year", "P5Y")]
    [InlineData("The siege lasted nearly two years in total.", "nearly two years", "P2Y")]
    [InlineData("Over the next couple of years the plant will grow.", "the next couple of years", "P2Y")]
    [InlineData("Troops are expected within weeks in the region.", "weeks", "PXW")]
    [InlineData("Over the years many more patients were treated.", "the years", "PXY")]
    [InlineData("In the years that followed, the rebels waged war.", "the years", "PXY")]
    public void Durations_are_iso_periods(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Duration, value);

    [Theory]
    [InlineData("The council meets every Tuesday at city hall.", "every Tuesday", "XXXX-WXX-2")]
    [InlineData("The prize is awarded annually in Oslo.", "annually", "P1Y")]
    [InlineData("The race is held each year in May.", "each year", "P1Y")]
    [InlineData("The paper is printed daily in town.", "daily", "P1D")]
    [InlineData("Orangemen march each July in the town.", "each July", "XXXX-07")]
    [InlineData("The camp opens every summer by the lake.", "every summer", "XXXX-SU")]
    [InlineData("The shop is closed on Mondays in winter.", "Mondays", "XXXX-WXX-1")]
    [InlineData("Two flights leave on Tuesday nights from Bombay.", "Tuesday nights", "XXXX-WXX-2TNI")]
    public void Sets_are_recurring_periods(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Set, value);

    [Fact]
    public void A_plural_part_of_day_alone_is_not_a_time_expression() =>
        Assert.Empty(Find("He spent long nights and early mornings at work.", Thursday));

    [Fact]
    public void A_weekday_before_a_plural_part_of_day_is_a_set_not_a_date() =>
        Expect("The show airs Friday evenings on the radio.", "Friday evenings", TimeType.Set, "XXXX-WXX-5TEV");

    [Fact]
    public void The_first_of_two_weekdays_before_a_plural_part_of_day_is_a_set_with_that_part() =>
        Expect("Flights leave on Monday and Tuesday nights.", "Monday", TimeType.Set, "XXXX-WXX-1TNI");

    [Theory]
    [InlineData("Officials postponed until Tuesday morning any action on the permit.", "Tuesday morning", "2017-08-08TMO")]
    [InlineData("The relatives were given until 9 a.m. Tuesday to sign the paper.", "9 a.m. Tuesday", "2017-08-08T09:00")]
    [InlineData("The office stays closed until Thursday, officials said.", "Thursday", "2017-08-03")]
    public void A_weekday_after_until_is_a_deadline_on_or_after_the_article_date(string text, string expression, string value) =>
        Assert.Equal(value, One(text, expression).Value);

    [Theory]
    [InlineData("Until Tuesday, the police had described him as a witness.")]
    [InlineData("Police said up until Tuesday they had described him as a witness.")]
    [InlineData("But it was not until Tuesday that the mayor spoke.")]
    public void Until_at_the_start_of_a_sentence_or_after_up_or_not_looks_back(string text) =>
        Assert.Equal("2017-08-01", One(text, "Tuesday").Value);

    [Fact]
    public void A_bare_month_after_by_is_a_deadline_ahead_even_when_the_one_before_is_nearer() =>
        Assert.Equal("2018-08", One("Qantas will double its flights to India by August in the search for markets.", "August", new DateOnly(2018, 2, 13)).Value);

    [Fact]
    public void A_month_and_day_after_since_lie_before_the_article_date() =>
        Assert.Equal("2017-10-23", One("Police have searched for him since Oct. 23 in three states.", "Oct. 23", new DateOnly(2018, 5, 6)).Value);

    [Fact]
    public void A_date_after_since_is_never_after_the_article_date_even_when_the_next_one_is_near() =>
        Assert.Equal("2016-09-30", One("Rates have risen since Sept. 30 across the region.", "Sept. 30").Value);

    [Fact]
    public void A_date_after_until_is_never_before_the_article_date() =>
        Assert.Equal("2018-07-01", One("The offer runs until July 1 for all members.", "July 1").Value);

    [Fact]
    public void Were_planning_to_is_a_future_seen_from_the_past_not_a_past_cue() =>
        Assert.Equal("2017-08-05", One("Protesters announced a march on Saturday and were planning to drive around the airport.", "Saturday").Value);

    [Fact]
    public void Hyphenated_year_end_is_the_last_day_of_the_year_and_since_year_end_the_last_day_of_the_year_before()
    {
        Assert.Equal("2017-12-31", One("The deal should close by year-end, the bank said.", "year-end").Value);
        Assert.Equal("2016-12-31", One("The index has risen 12% since year-end in Tokyo.", "year-end").Value);
        Assert.Equal("2017", One("The rules should be in place by year's end, the bank said.", "year's end").Value);
    }

    [Theory]
    [InlineData("The quarter-to-quarter comparison was hurt by price cuts.")]
    [InlineData("Sales rose 5% year-over-year in the region.")]
    [InlineData("She handles the day-to-day management of the firm.")]
    public void Unit_pair_compounds_are_not_times(string text) =>
        Assert.Empty(Find(text, Thursday));

    [Fact]
    public void Last_month_in_january_is_december_of_the_year_before() =>
        Assert.Equal("2016-12", One("Sales fell last month in the region.", "last month", new DateOnly(2017, 1, 15)).Value);

    [Fact]
    public void Next_month_in_december_is_january_of_the_year_after() =>
        Assert.Equal("2018-01", One("The law takes effect next month in the state.", "next month", new DateOnly(2017, 12, 5)).Value);

    [Fact]
    public void Next_year_and_last_year_cross_the_year_boundary() =>
        Assert.Equal("2017", One("The vote was held last year in the city.", "last year", new DateOnly(2018, 1, 1)).Value);

    [Fact]
    public void Leap_day_without_a_year_resolves_to_the_leap_year_nearest_the_article() =>
        Assert.Equal("2016-02-29", One("The deal closed Feb. 29 after talks.", "Feb. 29", new DateOnly(2016, 3, 10)).Value);

    [Fact]
    public void Days_ago_cross_the_leap_day() =>
        Assert.Equal("2016-02-28", One("The fire started two days ago near town.", "two days ago", new DateOnly(2016, 3, 1)).Value);

    [Fact]
    public void Iso_weeks_belong_to_the_iso_year_so_2016_01_01_is_in_2015_w53()
    {
        Assert.Equal("2015-W53", One("Prices rose this week in the city.", "this week", new DateOnly(2016, 1, 1)).Value);
        Assert.Equal("2015-W53", One("Prices rose last week in the city.", "last week", new DateOnly(2016, 1, 8)).Value);
        Assert.Equal("2018-W01", One("The law takes effect next week in the state.", "next week", new DateOnly(2017, 12, 27)).Value);
    }

    [Fact]
    public void Bare_weekday_in_past_tense_resolves_to_latest_day_on_or_before_article_date()
    {
        Assert.Equal("2017-08-03", One("Simonson said Thursday that those demands were a bullying tactic.", "Thursday").Value);
        Assert.Equal("2017-08-01", One("The mayor met Tuesday with police chiefs.", "Tuesday").Value);
        Assert.Equal("2017-07-28", One("The council voted Friday to approve the plan.", "Friday").Value);
    }

    [Fact]
    public void Bare_weekday_in_future_tense_resolves_to_the_next_such_day_after_the_article_date()
    {
        Assert.Equal("2017-08-10", One("The mayor will meet Thursday with police chiefs.", "Thursday").Value);
        Assert.Equal("2017-08-04", One("The vote is scheduled to take place Friday in the council.", "Friday").Value);
        Assert.Equal("2017-08-07", One("Officials plan to announce the results Monday.", "Monday").Value);
    }

    [Fact]
    public void Last_and_next_weekday_skip_the_article_day()
    {
        Assert.Equal("2017-07-27", One("He spoke last Thursday in Denver.", "last Thursday").Value);
        Assert.Equal("2017-08-10", One("He speaks next Thursday in Denver.", "next Thursday").Value);
    }

    [Fact]
    public void Relative_expressions_stay_unresolved_without_a_document_date()
    {
        const string text = "He said yesterday that profits rose last year and will rise next month, after Aug. 1, 2016 and Thursday.";
        var times = Find(text, null);
        string Value(string expression) => times.Single(t => t.Span.GetText(text) == expression).Value;
        Assert.Equal("XXXX-XX-XX", Value("yesterday"));
        Assert.Equal("XXXX", Value("last year"));
        Assert.Equal("XXXX-XX", Value("next month"));
        Assert.Equal("XXXX-XX-XX", Value("Thursday"));
        Assert.Equal("2016-08-01", Value("Aug. 1, 2016"));
    }

    [Fact]
    public void Stage_uses_the_container_date_and_never_the_clock()
    {
        const string text = "The mayor said Thursday that the plan failed.";
        var stage = new TimeStage();
        var dated = new Document("d", text, new DocumentSource("x", "text", 0, 1), new DocumentMetadata { Date = Thursday });
        Assert.Equal("2017-08-03", stage.Process(dated, CancellationToken.None).Get(Layers.Times).Single().Value);

        var undated = new Document("u", text, new DocumentSource("x", "text", 0, 1));
        Assert.Equal("XXXX-XX-XX", stage.Process(undated, CancellationToken.None).Get(Layers.Times).Single().Value);
    }

    [Fact]
    public void Stage_falls_back_to_the_published_time_of_the_structure_layer()
    {
        const string text = "The mayor said Thursday that the plan failed.";
        var document = new Document("d", text, new DocumentSource("x", "text", 0, 1))
            .With(Layers.Structure, new ArticleStructure { Published = new DateTime(2017, 8, 3, 13, 33, 0, DateTimeKind.Unspecified) });
        Assert.Equal("2017-08-03", new TimeStage().Process(document, CancellationToken.None).Get(Layers.Times).Single().Value);
        Assert.Empty(new TimeStage().Info.Requires);
    }

    [Fact]
    public void Sample_article_resolves_its_dates_against_the_header_date()
    {
        var text = File.ReadAllText(TestPaths.SampleArticle);
        var header = text.IndexOf("date 2017-08-03", StringComparison.Ordinal);
        var document = new Document("s", text, new DocumentSource(TestPaths.SampleArticle, "record", 0, 1),
            new DocumentMetadata { Date = Thursday, Header = new TextSpan(header, header + "date 2017-08-03".Length) });
        var times = TextPipeline.CreateDefault().Build().Process(document).Get(Layers.Times);
        AnnotationAssert.SpansAreValid(text, times.Select(t => t.Span));
        var pairs = times.Select(t => (Text: t.Span.GetText(text), t.Value)).ToList();
        Assert.Contains(("Aug. 1, 2016", "2016-08-01"), pairs);
        Assert.Contains(("August 03, 2017 1:33 PM", "2017-08-03T13:33"), pairs);
        Assert.Contains(("Thursday", "2017-08-03"), pairs);
        Assert.DoesNotContain(times, t => t.Span.Overlaps(document.Metadata.Header!.Value));
    }

    [Fact]
    public void Spans_are_valid_sorted_and_never_overlap_on_odd_input()
    {
        const string text = "Aug.\n\n1, 2016 -- 12:99 pm; 31/31/31 ... 'the '90s' year-ago 9999999999 days a.m. Feb. 30 2016-02-30 last";
        var times = Find(text, Thursday);
        AnnotationAssert.SpansAreValid(text, times.Select(t => t.Span));
        for (var i = 1; i < times.Length; i++)
        {
            Assert.True(times[i - 1].Span.End <= times[i].Span.Start);
        }

        Assert.DoesNotContain(times, t => t.Value.Contains("02-30", StringComparison.Ordinal));
        Assert.Empty(Find(string.Empty, Thursday));
    }

    [Fact]
    public void Ages_and_fractions_are_not_times()
    {
        Assert.Empty(Find("The 44-year-old teacher bought three-quarters of the stock.", Thursday));
    }

    [Theory]
    [InlineData("Net rose in the third quarter. The latest period included a gain.", "The latest period", "2017-Q3")]
    [InlineData("Net rose in the 1997 third quarter. Sales in that quarter fell.", "that quarter", "1997-Q3")]
    [InlineData("Net rose in the third quarter. In the 1996 period, it lost money.", "the 1996 period", "1996-Q3")]
    [InlineData("Results for the 1996 quarter were restated.", "the 1996 quarter", "1996-Q2")]
    public void Quarterly_report_periods_take_the_quarter_the_story_named(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value);

    [Theory]
    [InlineData("She spent about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", "PT5H30M")]
    [InlineData("The project took 2 1/2 years to finish.", "2 1/2 years", "P2Y6M")]
    [InlineData("The clip lasts a minute and a half on air.", "a minute and a half", "PT1M30S")]
    [InlineData("The strike lasted three days and a half in all.", "three days and a half", "P3DT12H")]
    public void Durations_with_a_half_keep_the_half_in_the_value(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Duration, value);

    [Fact]
    public void One_half_is_a_fraction_not_a_duration()
    {
        Assert.Empty(Find("One half of the money went to schools.", Thursday));
    }

    [Theory]
    [InlineData("Earnings will be lower for the last half of 1989, it said.", "the last half of 1989", "1989-H2")]
    [InlineData("Sales rose in the second half of 2016.", "the second half of 2016", "2016-H2")]
    [InlineData("Sales rose in the first half, the company said.", "the first half", "2017-H1")]
    public void Halves_of_a_year_are_h1_and_h2(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value);

    [Theory]
    [InlineData("Shares were halted at mid-afternoon yesterday.", "mid-afternoon yesterday", "2017-08-02TAF")]
    [InlineData("Serb sources said by mid afternoon that the road was open.", "mid afternoon", "2017-08-03TAF")]
    [InlineData("The storm hit late Tuesday night.", "late Tuesday night", "2017-08-01TNI")]
    [InlineData("The fire started at 4 in the morning.", "4 in the morning", "2017-08-03T04:00")]
    [InlineData("The rally began at 8 in the evening.", "8 in the evening", "2017-08-03T20:00")]
    public void Parts_of_a_day_with_a_position_or_a_clock_hour_are_times(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Time, value);

    [Fact]
    public void Early_morning_or_late_night_alone_is_not_a_time()
    {
        Assert.Empty(Find("He hosts a late-night show and an early morning run.", Thursday));
    }

    [Theory]
    [InlineData("The talks resume the week of March 6, officials said.", "the week of March 6", "2017-W10")]
    [InlineData("The vote is set for the week of Jan. 2, 2017.", "the week of Jan. 2, 2017", "2017-W01")]
    [InlineData("The vote came the week of Jan. 1, 2017.", "the week of Jan. 1, 2017", "2016-W52")]
    public void The_week_of_a_day_is_its_iso_week_across_year_boundaries(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value);

    [Theory]
    [InlineData("Net rose in the third quarter. For the quarter a year ago, it earned $1.", "the quarter a year ago", "2016-Q3")]
    [InlineData("Net rose in the third quarter. In the year-ago third quarter it lost money.", "the year-ago third quarter", "2016-Q3")]
    [InlineData("Profit rose in the second quarter from $1 in the corresponding period last year.", "the corresponding period last year", "2016-Q2")]
    [InlineData("Net rose in the second quarter. Last year's quarter was weaker.", "Last year's quarter", "2016-Q2")]
    public void Year_ago_periods_are_the_reported_quarter_a_year_before(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value);

    [Fact]
    public void A_forecast_quarter_is_not_the_quarter_a_year_ago_compares_with() =>
        Expect("Sales fell in the second quarter. Analysts expect a drop into the fourth quarter. In the year-ago period, it earned $1.",
            "the year-ago period", TimeType.Date, "2016-Q2");

    [Fact]
    public void A_year_earlier_than_last_years_fourth_quarter_crosses_the_year_boundary() =>
        Expect("Profit fell in the fourth quarter. A year earlier it rose.", "A year earlier", TimeType.Date, "2016-Q4", new DateOnly(2018, 1, 10));

    [Fact]
    public void As_early_as_a_weekday_looks_ahead() =>
        Expect("The father could come to the U.S. as early as Tuesday, officials said.", "Tuesday", TimeType.Date, "2017-08-08");

    [Theory]
    [InlineData("Hate group numbers dropped through the nineties.", "the nineties", "199")]
    [InlineData("The firm grew fast in the late eighties.", "the late eighties", "198")]
    public void Decade_words_after_the_are_decades(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value);

    [Fact]
    public void Decade_words_without_the_are_ages()
    {
        Assert.Empty(Find("She is in her nineties and he is in his late eighties.", Thursday));
    }

    [Theory]
    [InlineData("Eight trading days after the crash, shares rose.", "Eight trading days", "P8D")]
    [InlineData("The loan may be extended for an additional year.", "an additional year", "P1Y")]
    [InlineData("The plant will close for three business days.", "three business days", "P3D")]
    public void Counts_with_an_adjective_before_the_unit_are_durations(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Duration, value);

    [Theory]
    [InlineData("Ralston reported a decline in fourth-quarter earnings. Sales were $1.76 billion, up from last year's $1.55 billion.", "last year", "2016-Q4")]
    [InlineData("Net fell in the second quarter to $2 million, compared with $3 million last year.", "last year", "2016-Q2")]
    [InlineData("Net fell in the second quarter. The company moved its offices last year.", "last year", "2016")]
    public void Last_year_in_an_earnings_comparison_is_the_reported_quarter_a_year_before(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value, new DateOnly(2017, 11, 2));

    [Fact]
    public void The_quarter_keeps_the_reported_quarter_the_topic_of_later_sentences() =>
        Expect(
            "Savin reported a third-quarter loss. It lost $5 million for the quarter. Costs rose. Margins fell. Revenue fell from $93 million a year earlier.",
            "a year earlier",
            TimeType.Date,
            "2016-Q3");

    [Fact]
    public void The_year_earlier_nine_months_is_a_nine_month_duration() =>
        Expect("Net for the year-earlier nine months included a gain.", "the year-earlier nine months", TimeType.Duration, "P9M");

    [Theory]
    [InlineData("Three days later, the index was down.", "Three days", "P3D")]
    [InlineData("A few days later, the company announced lower earnings.", "A few days", "PXD")]
    [InlineData("Just over an hour later, he was declared dead.", "over an hour", "PT1H")]
    public void Counts_before_later_or_earlier_are_durations_from_an_event(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Duration, value);

    [Theory]
    [InlineData("He left two days ago.", "two days ago", "2017-08-01")]
    [InlineData("Revenue fell from $3 million a year earlier.", "a year earlier", "2016")]
    public void Ago_and_a_year_earlier_stay_dates(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value);

    [Theory]
    [InlineData("They left their third day-long meeting with officials.", "day-long", "P1D")]
    [InlineData("He symbolised the decades-long battle with the exiles.", "decades-long", "PXY")]
    [InlineData("Funds may sell junk bonds in the weeks ahead.", "the weeks ahead", "PXW")]
    public void Lengths_written_as_adjectives_or_with_ahead_are_durations(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Duration, value);

    [Theory]
    [InlineData("Losses may last through the first two quarters of 1990, analysts said.", "the first two quarters of 1990", TimeType.Date, "1990-H1")]
    [InlineData("In the first nine months, profit rose 10%.", "the first nine months", TimeType.Duration, "P9M")]
    public void The_first_two_quarters_of_a_year_are_its_first_half(string text, string expression, TimeType type, string value) =>
        Expect(text, expression, type, value);

    [Fact]
    public void A_clock_time_takes_the_day_after_a_restating_parenthesis()
    {
        const string text = "The blast occurred at about 10:35 a.m. (0735 GMT) Tuesday, toppling a building.";
        Expect(text, "10:35 a.m.", TimeType.Time, "2017-08-01T10:35");
        Expect(text, "Tuesday", TimeType.Date, "2017-08-01");
    }

    [Fact]
    public void A_clock_time_takes_the_day_inside_a_restating_parenthesis() =>
        Expect("The father will leave at 4 in the morning (4 a.m. EDT Friday).", "4 in the morning", TimeType.Time, "2017-08-04T04:00");

    [Theory]
    [InlineData("The day before last Tuesday's hearing, he went home.", "The day before last Tuesday", "2017-07-31")]
    [InlineData("They met the day before yesterday.", "the day before yesterday", "2017-08-01")]
    [InlineData("He flew out the day after Aug. 31, 2017.", "the day after Aug. 31, 2017", "2017-09-01")]
    [InlineData("He flew out the day after Dec. 31, 2016.", "the day after Dec. 31, 2016", "2017-01-01")]
    public void The_day_before_or_after_a_day_moves_it_by_one(string text, string expression, string value) =>
        Expect(text, expression, TimeType.Date, value);
}
