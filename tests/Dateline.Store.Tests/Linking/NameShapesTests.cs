using Dateline.Core.Annotations;
using Dateline.Store.Linking;

namespace Dateline.Store.Tests.Linking;

public sealed class NameShapesTests
{
    [Theory]
    [InlineData(EntityLabel.PER, "Y.")]
    [InlineData(EntityLabel.ORG, "C.")]
    [InlineData(EntityLabel.PER, "D-Georgia")]
    [InlineData(EntityLabel.ORG, "R-Ariz.")]
    [InlineData(EntityLabel.LOC, "D-N.Y.")]
    [InlineData(EntityLabel.ORG, "VII")]
    [InlineData(EntityLabel.PER, "Walter OkaforPentagon")]
    public void Recogniser_junk_names_nothing(EntityLabel label, string name) => Assert.Null(NameShapes.Clean(label, name));

    [Theory]
    [InlineData("Edna Okafor Edna OkaforWarren", "Edna Okafor")]
    [InlineData("Okafor Walter James OkaforGOP", "Walter James Okafor")]
    [InlineData("Walter Okafor Walter", "Walter Okafor")]
    [InlineData("Bob Okafor Robert", "Bob Okafor")]
    [InlineData("OkaforNATO", "Okafor")]
    [InlineData("Mitch McConnell", "Mitch McConnell")]
    [InlineData("Ron DeSantis", "Ron DeSantis")]
    [InlineData("Douglas MacArthur", "Douglas MacArthur")]
    [InlineData("Boutros Boutros-Ghali", "Boutros Boutros-Ghali")]
    [InlineData("Ann <b onclick=\"runXss()\"> Lee", "Ann <b onclick=\"runXss()\"> Lee")]
    public void A_span_glued_across_furniture_is_cut_to_its_one_name(string name, string cleaned) =>
        Assert.Equal(cleaned, NameShapes.Clean(EntityLabel.PER, name));

    [Fact]
    public void A_hyphenated_name_that_is_no_party_tag_stays() => Assert.Equal("D-Day", NameShapes.Clean(EntityLabel.MISC, "D-Day"));

    [Fact]
    public void Organisations_keep_capitals_inside_words() => Assert.Equal("WikiLeaks", NameShapes.Clean(EntityLabel.ORG, "WikiLeaks"));
}
