using Dateline.Core.Annotations;
using Dateline.Store.Linking;

namespace Dateline.Store.Tests.Linking;

public sealed class EntityNamesTests
{
    [Theory]
    [InlineData(EntityLabel.PER, "Donald J. Trump", "donald trump")]
    [InlineData(EntityLabel.PER, "Donald Trump", "donald trump")]
    [InlineData(EntityLabel.PER, "President Donald Trump", "donald trump")]
    [InlineData(EntityLabel.PER, "DONALD TRUMP", "donald trump")]
    [InlineData(EntityLabel.PER, "Donald Trump Jr.", "donald trump jr")]
    [InlineData(EntityLabel.PER, "George W. Bush", "george w bush")]
    [InlineData(EntityLabel.PER, "Alexandria Ocasio-Cortez", "alexandria ocasio-cortez")]
    [InlineData(EntityLabel.PER, "Trump's", "trump")]
    [InlineData(EntityLabel.LOC, "U.S.", "united states")]
    [InlineData(EntityLabel.LOC, "US", "united states")]
    [InlineData(EntityLabel.LOC, "the United States", "united states")]
    [InlineData(EntityLabel.LOC, "United States of America", "united states")]
    [InlineData(EntityLabel.LOC, "America", "united states")]
    [InlineData(EntityLabel.ORG, "America", "america")]
    [InlineData(EntityLabel.ORG, "U.S.", "us")]
    [InlineData(EntityLabel.LOC, "NEW YORK", "new york city")]
    [InlineData(EntityLabel.LOC, "New York", "new york")]
    [InlineData(EntityLabel.LOC, "N.Y.", "new york")]
    [InlineData(EntityLabel.LOC, "New York State", "new york")]
    [InlineData(EntityLabel.LOC, "NYC", "new york city")]
    [InlineData(EntityLabel.LOC, "WASHINGTON", "washington dc")]
    [InlineData(EntityLabel.LOC, "Washington", "washington dc")]
    [InlineData(EntityLabel.LOC, "District of Columbia", "washington dc")]
    [InlineData(EntityLabel.LOC, "Washington, D.C.", "washington dc")]
    [InlineData(EntityLabel.LOC, "Washington State", "washington state")]
    [InlineData(EntityLabel.PER, "H. R. McMaster", "hr mcmaster")]
    [InlineData(EntityLabel.PER, "H.R. McMaster", "hr mcmaster")]
    [InlineData(EntityLabel.PER, "George H. W. Bush", "george hw bush")]
    [InlineData(EntityLabel.PER, "George H.W. Bush", "george hw bush")]
    [InlineData(EntityLabel.ORG, "U.S. Supreme Court", "supreme court")]
    [InlineData(EntityLabel.ORG, "House of Representatives", "house")]
    [InlineData(EntityLabel.ORG, "World Trade Organisation", "world trade organization")]
    [InlineData(EntityLabel.ORG, "Ministry of Defence", "ministry of defense")]
    [InlineData(EntityLabel.ORG, "REUTERS", "reuters")]
    [InlineData(EntityLabel.ORG, "Justice Department", "justice department")]
    [InlineData(EntityLabel.ORG, "Department of Justice", "justice department")]
    [InlineData(EntityLabel.ORG, "the U.S. Department of Justice", "justice department")]
    [InlineData(EntityLabel.ORG, "Department of the Treasury", "treasury department")]
    [InlineData(EntityLabel.ORG, "Department of Homeland Security", "homeland security department")]
    [InlineData(EntityLabel.ORG, "The New York Times", "new york times")]
    public void Keys_fold_case_dots_the_initials_variants_and_reorderings(EntityLabel label, string name, string key) =>
        Assert.Equal(key, EntityNames.Key(label, name));

    [Theory]
    [InlineData("fbi", "federal bureau of investigation", true)]
    [InlineData("aclu", "american civil liberties union", true)]
    [InlineData("doj", "justice department", false)]
    [InlineData("nato", "north atlantic treaty organization", true)]
    [InlineData("cia", "central bank of iran", false)]
    public void Acronyms_are_the_initials_of_their_expansion(string acronym, string expansion, bool expected) =>
        Assert.Equal(expected, EntityNames.IsAcronymOf(acronym, expansion));

    [Theory]
    [InlineData("bill clinton", "hillary clinton", false)]
    [InlineData("bill clinton", "william clinton", true)]
    [InlineData("jeff sessions", "jefferson sessions", true)]
    [InlineData("donald trump", "donald trump jr", false)]
    [InlineData("george w bush", "george h w bush", false)]
    [InlineData("bernie sanders", "sarah sanders", false)]
    public void Full_names_are_one_person_only_with_the_same_surname_and_a_compatible_first_name(string a, string b, bool expected) =>
        Assert.Equal(expected, EntityNames.SamePerson(a, b));

    [Theory]
    [InlineData("joseph biden jr", "joe biden", true)]
    [InlineData("joe manchin iii", "joe manchin", true)]
    [InlineData("donald trump jr", "hillary trump", false)]
    [InlineData("donald trump jr", "donald trump jr", false)]
    [InlineData("donald trump", "melania trump", false)]
    public void Names_that_differ_by_a_suffix_alone_may_be_one_person(string a, string b, bool same) =>
        Assert.Equal(same, EntityNames.SameButSuffix(a, b));

    [Theory]
    [InlineData("rudy giuliani", "rudolph giuliani")]
    [InlineData("jerry nadler", "jerrold nadler")]
    [InlineData("larry kudlow", "lawrence kudlow")]
    [InlineData("stephen bannon", "steven bannon")]
    [InlineData("bernard sanders", "bernie sanders")]
    public void Common_hypocorisms_are_one_first_name(string a, string b) => Assert.True(EntityNames.SamePerson(a, b));
}
