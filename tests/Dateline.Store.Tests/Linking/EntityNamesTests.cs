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
    [InlineData(EntityLabel.LOC, "NEW YORK", "new york")]
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
}
