using Dateline.Core.Annotations;
using Dateline.Store.Linking;

namespace Dateline.Store.Tests.Linking;

public sealed class CorpusLinkerTests
{
    private static readonly CorpusLinker Linker = new();

    private static LinkInput Per(string name, string? month = "2016-05", int mentions = 1, params string[] aliases) => new(EntityLabel.PER, name, aliases, mentions, month);

    private static LinkDecision One(LinkInput input, ILinkSource? source = null) => Linker.Link([input], source ?? new MemoryLinkSource())[0];

    [Fact]
    public void Name_variants_link_to_one_entry()
    {
        var source = new MemoryLinkSource().Person("donald trump", "2017-01", 50);
        var decision = One(Per("Donald J. Trump"), source);
        Assert.Equal(("donald trump", LinkReason.Key), (decision.Key, decision.Reason));
        Assert.Equal("trump", decision.Surname);
    }

    [Fact]
    public void Places_and_organisations_link_by_variant_and_reordering()
    {
        var decisions = Linker.Link(
            [
                new LinkInput(EntityLabel.LOC, "U.S.", [], 3, "2017-01"),
                new LinkInput(EntityLabel.LOC, "United States", [], 1, "2017-01"),
                new LinkInput(EntityLabel.LOC, "US", [], 1, "2017-01"),
                new LinkInput(EntityLabel.ORG, "Justice Department", [], 1, "2017-01"),
                new LinkInput(EntityLabel.ORG, "Department of Justice", [], 1, "2017-01"),
                new LinkInput(EntityLabel.ORG, "REUTERS", [], 1, "2017-01"),
                new LinkInput(EntityLabel.ORG, "Reuters", [], 1, "2017-01"),
            ],
            new MemoryLinkSource());
        Assert.Equal(["united states", "united states", "united states", "justice department", "justice department", "reuters", "reuters"], decisions.Select(d => d.Key));
        Assert.Equal(LinkReason.New, decisions[0].Reason);
        Assert.Equal(LinkReason.Key, decisions[1].Reason);
    }

    [Fact]
    public void An_acronym_links_to_its_expansion_once_an_article_pairs_them()
    {
        var source = new MemoryLinkSource();
        source.Keys[(EntityLabel.ORG, "federal bureau of investigation")] = "federal bureau of investigation";
        var paired = Linker.Link([new LinkInput(EntityLabel.ORG, "Federal Bureau of Investigation", ["FBI"], 2, null)], source)[0];
        Assert.Equal("federal bureau of investigation", paired.Key);
        Assert.Contains("fbi", paired.LinkKeys);

        // A later article with the acronym alone, once the pair's keys are stored.
        foreach (var key in paired.LinkKeys)
        {
            source.Keys[(EntityLabel.ORG, key)] = paired.Key;
        }

        var alone = One(new LinkInput(EntityLabel.ORG, "FBI", [], 1, null), source);
        Assert.Equal(("federal bureau of investigation", LinkReason.Key), (alone.Key, alone.Reason));

        // Without the pairing an acronym stays its own entry.
        Assert.Equal("cia", One(new LinkInput(EntityLabel.ORG, "CIA", [], 1, null), new MemoryLinkSource()).Key);
    }

    [Fact]
    public void A_nickname_full_name_links_to_the_one_compatible_full_name_of_the_corpus()
    {
        var source = new MemoryLinkSource().Person("charles schumer", "2017-01", 20);
        Assert.Equal(("charles schumer", LinkReason.Alias), (One(Per("Chuck Schumer"), source).Key, One(Per("Chuck Schumer"), source).Reason));

        // Another first name of the same surname is another person; of several compatible entries the largest wins.
        Assert.Equal(("amy schumer", LinkReason.New), (One(Per("Amy Schumer"), source).Key, One(Per("Amy Schumer"), source).Reason));
        var two = new MemoryLinkSource().Person("william barr", "2019-01", 20).Person("billy barr", "2019-01", 5);
        Assert.Equal("william barr", One(Per("Bill Barr"), two).Key);

        // Within one batch (as in a relink) the smaller form joins the larger, never the other way round as well.
        var batch = Linker.Link([Per("Charles Schumer", mentions: 3), Per("Chuck Schumer", mentions: 9)], new MemoryLinkSource());
        Assert.Equal(["chuck schumer", "chuck schumer"], batch.Select(d => d.Key));
    }

    [Fact]
    public void A_surname_alone_links_to_the_dominant_full_name_of_the_period()
    {
        var source = new MemoryLinkSource().Person("barack obama", "2016-03", 40).Person("michelle obama", "2016-04", 5);
        var decision = One(Per("Obama", "2016-05"), source);
        Assert.Equal(("barack obama", LinkReason.Surname), (decision.Key, decision.Reason));
        Assert.Empty(decision.LinkKeys);
    }

    [Fact]
    public void A_surname_shared_without_a_clear_leader_stays_its_own_ambiguous_entry()
    {
        var source = new MemoryLinkSource().Person("hillary clinton", "2016-05", 60).Person("bill clinton", "2016-05", 30);
        var decision = One(Per("Clinton", "2016-06"), source);
        Assert.Equal(("clinton", LinkReason.Ambiguous), (decision.Key, decision.Reason));
        Assert.True(decision.Ambiguous);
    }

    [Fact]
    public void Dominance_is_judged_within_the_period_and_needs_enough_mentions()
    {
        var source = new MemoryLinkSource().Person("george h w bush", "1990-05", 100).Person("george w bush", "2005-05", 100);
        Assert.Equal("george h w bush", One(Per("Bush", "1990-08"), source).Key);
        Assert.Equal("george w bush", One(Per("Bush", "2005-01"), source).Key);
        Assert.Equal(LinkReason.Ambiguous, One(Per("Bush", null), source).Reason);

        // The only full name of the period needs only a few mentions; two thin ones without a clear leader are not enough.
        var sole = new MemoryLinkSource().Person("nancy pelosi", "2019-01", 3);
        Assert.Equal(("nancy pelosi", LinkReason.Surname), (One(Per("Pelosi", "2019-01"), sole).Key, One(Per("Pelosi", "2019-01"), sole).Reason));
        var once = new MemoryLinkSource().Person("nancy pelosi", "2019-01", 1);
        Assert.Equal(("pelosi", LinkReason.New), (One(Per("Pelosi", "2019-01"), once).Key, One(Per("Pelosi", "2019-01"), once).Reason));
        var thin = new MemoryLinkSource().Person("nancy pelosi", "2019-01", 3).Person("paul pelosi", "2019-01", 1);
        Assert.Equal(LinkReason.Ambiguous, One(Per("Pelosi", "2019-01"), thin).Reason);
    }

    [Fact]
    public void A_titled_surname_links_to_the_full_name_that_bears_the_title_in_the_batch()
    {
        static LinkInput Titled(string name, int mentions, params string[] titles) => new(EntityLabel.PER, name, [], mentions, "2016-05", titles);
        var decisions = Linker.Link(
            [
                Titled("Hillary Okafor", 40, "Secretary of State"), Titled("Hillary Okafor", 30), Titled("Bill Okafor", 20, "former President"),
                Titled("Bill Okafor", 5, "President"), Titled("Okafor", 3, "President"), Titled("Okafor", 3), Titled("Okafor", 2, "Sen."),
            ],
            new MemoryLinkSource());
        Assert.Equal(("bill okafor", LinkReason.Surname), (decisions[4].Key, decisions[4].Reason));

        // Without a title, or with one neither bears, the surname shared by two stays ambiguous.
        Assert.Equal(LinkReason.Ambiguous, decisions[5].Reason);
        Assert.Equal(LinkReason.Ambiguous, decisions[6].Reason);
    }

    [Fact]
    public void A_name_that_mostly_stands_alone_is_its_own_entry_not_an_ambiguous_one()
    {
        var decisions = Linker.Link([Per("Zeus", mentions: 30), Per("Thank Zeus"), Per("Oh Zeus")], new MemoryLinkSource());
        Assert.Equal(("zeus", LinkReason.New), (decisions[0].Key, decisions[0].Reason));
    }

    [Fact]
    public void Full_names_in_the_same_batch_count_as_evidence_for_surnames()
    {
        var decisions = Linker.Link([Per("Trump", "2017-02"), Per("Donald Trump", "2017-02", 12), Per("Ivanka Trump", "2017-02", 1)], new MemoryLinkSource());
        Assert.Equal(["donald trump", "donald trump", "ivanka trump"], decisions.Select(d => d.Key));
        Assert.Equal(LinkReason.Surname, decisions[0].Reason);
    }

    [Fact]
    public void Different_full_names_are_never_merged()
    {
        // Even when a key wrongly leads to another person, the full names stay apart.
        var source = new MemoryLinkSource().Person("bill clinton", "2016-01", 10);
        source.Keys[(EntityLabel.PER, "hillary clinton")] = "bill clinton";
        var decision = One(Per("Hillary Clinton"), source);
        Assert.Equal(("hillary clinton", LinkReason.New), (decision.Key, decision.Reason));

        // An article alias with another first name is no pairing.
        var merged = One(Per("Bill Clinton", "2016-01", 3, "Hillary Clinton", "Clinton"));
        Assert.Equal(["bill clinton"], merged.LinkKeys);

        // A nickname the article pairs with the full name is one.
        var nickname = One(Per("Bernard Sanders", "2016-01", 3, "Bernie Sanders"));
        Assert.Equal(["bernard sanders", "bernie sanders"], nickname.LinkKeys);
        var bill = One(Per("William Clinton", "2016-01", 3, "Bill Clinton"));
        Assert.Equal(["william clinton", "bill clinton"], bill.LinkKeys);
    }

    [Fact]
    public void A_suffix_variant_joins_the_full_name_unless_an_article_keeps_them_apart()
    {
        static LinkInput In(string name, int mentions, long article) => new(EntityLabel.PER, name, [], mentions, "2018-03", null, article);
        var joined = Linker.Link([In("Walter Okafor", 30, 1), In("Walter Okafor III", 2, 2)], new MemoryLinkSource());
        Assert.Equal(["walter okafor", "walter okafor"], joined.Select(d => d.Key));

        var apart = Linker.Link([In("Walter Okafor", 30, 1), In("Walter Okafor", 5, 2), In("Walter Okafor Jr.", 3, 2)], new MemoryLinkSource());
        Assert.Equal(["walter okafor", "walter okafor", "walter okafor jr"], apart.Select(d => d.Key));
    }

    [Fact]
    public void A_single_name_goes_to_the_one_full_name_of_its_article_that_bears_it()
    {
        static LinkInput In(string name, long article) => new(EntityLabel.PER, name, [], 1, "2018-03", null, article);
        var decisions = Linker.Link(
            [In("Edna Okafor", 1), In("Edna", 1), In("Walter Okafor", 2), In("Susan Okafor", 2), In("Okafor", 2), In("Okafor", 3)],
            new MemoryLinkSource());
        Assert.Equal(("edna okafor", LinkReason.Surname), (decisions[1].Key, decisions[1].Reason));

        // Two full names of the article bear the surname, neither dominates: ambiguous, as in an article with none.
        Assert.Equal(LinkReason.Ambiguous, decisions[4].Reason);
        Assert.Equal(LinkReason.Ambiguous, decisions[5].Reason);
    }

    [Fact]
    public void Short_forms_of_an_organisation_go_to_its_full_entry()
    {
        var decisions = Linker.Link(
            [
                new LinkInput(EntityLabel.ORG, "Okafor Trade Organization", [], 3, null), new LinkInput(EntityLabel.ORG, "OTO", [], 2, null),
                new LinkInput(EntityLabel.ORG, "Department of the Treasury", [], 3, null), new LinkInput(EntityLabel.ORG, "Treasury", [], 1, null),
                new LinkInput(EntityLabel.ORG, "Otto", [], 1, null),
            ],
            new MemoryLinkSource());
        Assert.Equal(["okafor trade organization", "okafor trade organization", "treasury department", "treasury department", "otto"], decisions.Select(d => d.Key));
        Assert.Contains("oto", decisions[1].LinkKeys);

        // A common acronym does not join a rare expansion.
        var rare = Linker.Link(
            [new LinkInput(EntityLabel.ORG, "Okafor Trade Organization", [], 1, null), new LinkInput(EntityLabel.ORG, "OTO", [], 60, null)],
            new MemoryLinkSource());
        Assert.Equal("oto", rare[1].Key);

        // Two expansions spell the acronym: no link.
        var two = Linker.Link(
            [
                new LinkInput(EntityLabel.ORG, "Okafor Trade Organization", [], 3, null), new LinkInput(EntityLabel.ORG, "Office of Tax Oversight", [], 3, null),
                new LinkInput(EntityLabel.ORG, "OTO", [], 2, null),
            ],
            new MemoryLinkSource());
        Assert.Equal("oto", two[2].Key);
    }
}
