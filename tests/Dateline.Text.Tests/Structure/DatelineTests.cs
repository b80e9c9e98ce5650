using Dateline.Text.Places;
using Dateline.Text.Structure;

namespace Dateline.Text.Tests.Structure;

public sealed class DatelineTests
{
    private readonly StructureStage _stage = new();

    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) —", "Washington", "District of Columbia", "US", "Associated Press")]
    [InlineData("LONDON, Feb 26 - Sterling rose on Thursday.", "LONDON, Feb 26 -", "London", "England", "GB", null)]
    [InlineData("NEW YORK, March 3 (Reuters) - Stocks fell on Friday.", "NEW YORK, March 3 (Reuters) -", "New York", "New York", "US", "Reuters")]
    [InlineData("PORTLAND, Ore., Feb 26 - Red Lion Inns said it filed.", "PORTLAND, Ore., Feb 26 -", "Portland", "Oregon", "US", null)]
    [InlineData("STAMFORD, Conn., Feb 26 - The company said.", "STAMFORD, Conn., Feb 26 -", "Stamford", "Connecticut", "US", null)]
    [InlineData("LIESTAL, Switzerland, April 29 - The bank said.", "LIESTAL, Switzerland, April 29 -", "Liestal", null, "CH", null)]
    [InlineData("Scarborough, Ontario, Feb 26 - The firm said.", "Scarborough, Ontario, Feb 26 -", "Scarborough", "Ontario", "CA", null)]
    [InlineData("TOKYO, March 3 - Japan said.", "TOKYO, March 3 -", "Tokyo", null, "JP", null)]
    [InlineData("JOHANNESBURG March 13 - Gold fell.", "JOHANNESBURG March 13 -", "Johannesburg", null, "ZA", null)]
    [InlineData("SAN BERNARDINO, Calif. (AP) — Police said.", "SAN BERNARDINO, Calif. (AP) —", "San Bernardino", "California", "US", "Associated Press")]
    public void Inline_datelines_resolve_place_region_and_country(string line, string span, string place, string? region, string? country, string? agency)
    {
        var text = "Some headline here\n" + line;
        var structure = _stage.Analyze(text);
        var dateline = structure.Dateline!;
        Assert.Equal(span, dateline.Span.GetText(text));
        Assert.Equal(place, dateline.Place);
        Assert.Equal(region, dateline.Region);
        Assert.Equal(country, dateline.Country);
        Assert.Equal(agency, structure.Agency);
        Assert.False(structure.Paragraphs[0].GetText(text).StartsWith(span, StringComparison.Ordinal));
        Assert.Equal(line[(span.Length + 1)..], structure.Paragraphs[0].GetText(text));
        StructureAssert.SpansAreValid(text, structure);
    }

    [Theory]
    [InlineData("ALBUQUERQUE, N.M.", "Albuquerque", "New Mexico", "US")]
    [InlineData("STOCKTON, Calif.", "Stockton", "California", "US")]
    [InlineData("BOSTON, MA", "Boston", "Massachusetts", "US")]
    [InlineData("ORLANDO, Fla.", "Orlando", "Florida", "US")]
    [InlineData("PARIS (AFP)", "Paris", null, "FR")]
    [InlineData("BEIRUT", "Beirut", null, "LB")]
    public void Datelines_on_their_own_line_are_found(string line, string place, string? region, string? country)
    {
        var text = "A headline\n\n" + line + "\n\nThe first paragraph of the story.";
        var structure = _stage.Analyze(text);
        var dateline = structure.Dateline!;
        Assert.Equal(line, dateline.Span.GetText(text));
        Assert.Equal((place, region, country), (dateline.Place, dateline.Region, dateline.Country));
        Assert.Equal("The first paragraph of the story.", Assert.Single(structure.Paragraphs).GetText(text));
    }

    [Theory]
    [InlineData("HEAVY SNOWS HIT GREECE, ITALY")]
    [InlineData("TREASURY BALANCES AT FED FELL ON MARCH 5")]
    [InlineData("U.S. CORN DEMAND GROWING IN JAPAN, SOUTH KOREA")]
    public void Capitalised_headlines_naming_places_are_not_datelines(string headline)
    {
        var text = headline + "\n    WASHINGTON, March 6 - Treasury balances rose.";
        var structure = _stage.Analyze(text);
        Assert.Equal(headline, structure.Headline!.Value.GetText(text));
        Assert.Equal("Washington", structure.Dateline!.Place);
    }

    [Fact]
    public void Gazetteer_knows_countries_states_and_abbreviations()
    {
        var gazetteer = Gazetteer.Default;
        Assert.True(gazetteer.CountryCount >= 240);
        Assert.True(gazetteer.TryRegion("N.M.", out var newMexico));
        Assert.Equal(("New Mexico", "US"), (newMexico.Name, newMexico.Country));
        Assert.True(gazetteer.TryRegion("Mass", out var massachusetts));
        Assert.Equal("Massachusetts", massachusetts.Name);
        Assert.True(gazetteer.TryCountry("U.K.", out var britain));
        Assert.Equal("GB", britain.Country);
        Assert.True(gazetteer.TryCity("ST LOUIS", null, null, out var stLouis));
        Assert.Equal(("St. Louis", "Missouri"), (stLouis.Name, stLouis.Region));
        Assert.True(gazetteer.TryCity("Portland", "Maine", null, out var portlandMaine));
        Assert.Equal("US", portlandMaine.Country);
    }
}
