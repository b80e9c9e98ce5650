using Dateline.Core.Annotations;
using Dateline.Text.Times;

namespace Dateline.Text.Tests.Times;

/// <summary>Rules of the third round: narrative reference time, verb-attached tense, words that are not times.</summary>
public sealed class TimeNarrativeTests
{
    private static readonly DateOnly Thursday = new(2017, 8, 3);

    private static TimeExpression One(string text, string expected, DateOnly? anchor = null)
    {
        var times = TimeStage.Find(text, anchor ?? Thursday);
        var match = times.Where(t => t.Span.GetText(text) == expected).ToList();
        Assert.True(match.Count == 1, $"expected one \"{expected}\" in \"{text}\" but found [{string.Join(" | ", times.Select(t => t.Span.GetText(text) + "=" + t.Value))}]");
        return match[0];
    }

    private static void Expect(string text, string expected, string value, DateOnly? anchor = null) =>
        Assert.Equal(value, One(text, expected, anchor).Value);

    [Fact]
    public void The_previous_weekday_counts_back_from_the_last_day_the_story_named() =>
        Expect("Stocks closed higher on Friday, Jan. 6, 2017, up 2% from the previous Friday.", "the previous Friday", "2016-12-30");

    [Fact]
    public void The_following_weekday_counts_on_from_the_last_day_the_story_named() =>
        Expect("The talks opened on Dec. 28, 2016, and the deal was signed the following Monday.", "the following Monday", "2017-01-02");

    [Fact]
    public void The_following_month_is_the_month_after_the_last_month_the_story_named() =>
        Expect("In December 2016 the board hired a new chief. The following month, the company put itself up for sale.", "The following month", "2017-01");

    [Fact]
    public void The_next_day_is_the_day_after_the_last_day_the_story_named() =>
        Expect("He was arrested on Dec. 31, 2016, and released the next day.", "the next day", "2017-01-01");

    [Fact]
    public void The_next_day_without_an_earlier_date_counts_from_the_article_date() =>
        Expect("Officials expect the storm to arrive the next day.", "the next day", "2017-08-04");

    [Fact]
    public void That_day_is_the_last_day_the_story_named() =>
        Expect("The doctor was shot on Oct. 23, 2016. Earlier that day, the family had called the police.", "Earlier that day", "2016-10-23");

    [Fact]
    public void That_same_day_is_the_last_day_the_story_named() =>
        Expect("The site went down on Monday and his name was crossed out that same day.", "that same day", "2017-07-31");

    [Fact]
    public void That_day_without_an_earlier_day_is_not_a_time() =>
        Assert.Empty(TimeStage.Find("You have strong redemptions that day.", Thursday));

    [Fact]
    public void A_month_right_after_a_past_verb_is_the_one_before_the_article_date() =>
        Expect("Since the firm bought the chain in November for $25 million, it has sold three units.", "November", "2016-11");

    [Fact]
    public void A_month_opening_a_sentence_whose_verb_is_past_is_the_one_before_the_article_date() =>
        Expect("In January, the company hired a new chief executive.", "January", "2017-01", new DateOnly(2017, 10, 27));

    [Fact]
    public void A_day_after_ended_is_the_one_before_the_article_date_across_the_year_end() =>
        Expect("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "Jan. 31", "2017-01-31", new DateOnly(2017, 10, 27));

    [Fact]
    public void A_past_verb_before_a_deadline_preposition_does_not_move_the_date_back() =>
        Expect("The partners extended to Nov. 20 their offer for all shares.", "Nov. 20", "2017-11-20");

    [Fact]
    public void A_participle_adjective_before_a_month_is_not_a_past_verb() =>
        Expect("The dividend would be paid on a still unspecified date in January.", "January", "2018-01", new DateOnly(2017, 10, 27));

    [Fact]
    public void A_date_a_few_words_after_since_is_not_after_the_article_date() =>
        Expect("Police have been searching for him since shortly after the Oct. 23 slaying.", "Oct. 23", "2016-10-23", new DateOnly(2017, 5, 6));

    [Fact]
    public void A_second_day_number_joined_by_and_is_a_date_in_the_same_month() =>
        Expect("The summit will be held on April 24 and 25 in Washington.", "25", "2017-04-25");

    [Fact]
    public void A_day_number_followed_by_a_measure_is_not_a_second_date() =>
        Assert.DoesNotContain(TimeStage.Find("Prices rose April 24 and 25 percent of buyers left.", Thursday), t => t.Value == "2017-04-25");

    [Fact]
    public void Easter_week_is_the_iso_week_of_the_nearest_easter_sunday() =>
        Expect("Protesters prayed as Easter week began.", "Easter week", "2000-W16", new DateOnly(2000, 4, 17));

    [Fact]
    public void Easter_with_a_year_is_that_year_s_easter_sunday() =>
        Expect("The church reopened at Easter 2016 after repairs.", "Easter 2016", "2016-03-27");

    [Fact]
    public void A_clock_time_alone_is_on_the_last_day_the_story_named() =>
        Expect("The doctor was shot on Friday, Dec. 30, 2016. He died at 10 p.m. in his kitchen.", "10 p.m.", "2016-12-30T22:00", new DateOnly(2017, 1, 4));

    [Fact]
    public void A_clock_time_in_a_story_without_a_day_is_on_the_article_date() =>
        Expect("The store was robbed at 7:15 p.m. by two men.", "7:15 p.m.", "2017-08-03T19:15");

    [Fact]
    public void The_ordinal_day_of_an_event_in_a_present_sentence_is_the_article_date() =>
        Expect("It's the second day of an offensive by the security forces.", "the second day", "2017-08-03");

    [Fact]
    public void The_day_in_later_in_the_day_is_the_last_day_the_story_named() =>
        Expect("The president left Washington on Monday and arrived in Philadelphia later in the day.", "the day", "2017-07-31");

    [Fact]
    public void One_day_after_a_modal_is_some_day_ahead() =>
        Expect("Experts say Islam will one day be the second largest religion in the country.", "one day", "FUTURE_REF");

    [Fact]
    public void One_day_as_a_length_stays_a_duration() =>
        Expect("The strike lasted one day in the port.", "one day", "P1D");

    [Fact]
    public void The_past_century_is_the_last_hundred_years() =>
        Expect("It was one of the significant events of the past century.", "the past century", "P100Y", new DateOnly(1989, 10, 27));

    [Fact]
    public void Last_century_is_the_century_before_the_article_date() =>
        Expect("The bridge was built last century.", "last century", "19", new DateOnly(2017, 8, 3));
}
