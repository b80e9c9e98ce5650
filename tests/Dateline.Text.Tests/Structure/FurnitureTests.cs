using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Structure;

namespace Dateline.Text.Tests.Structure;

public sealed class FurnitureTests
{
    [Theory]
    // Newsletter forms.
    [InlineData("Sign up for Daily Newsletters Manage Newsletters")]
    [InlineData("Sign up for Daily Opinion Newsletter")]
    [InlineData("Get The Brief. Sign up to receive the top stories you need to know right now. Choose your country United States of America Afghanistan Albania Algeria")]
    [InlineData("Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy")]
    [InlineData("Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box.")]
    [InlineData("Get Our Top Investigations Subscribe to the Big Story newsletter.")]
    // Share and follow prompts.
    [InlineData("SHARE THIS ARTICLE Share Tweet Post Email")]
    [InlineData("- Follow the Ticker on Twitter: @PoliticalTicker")]
    [InlineData("Follow @politico")]
    [InlineData("Follow Kevin on Twitter")]
    [InlineData("Join us on Facebook.com/CNNOpinion.")]
    [InlineData("WhatsApp")]
    // Image credits and caption toggles.
    [InlineData("Image copyright Getty Images")]
    [InlineData("Enlarge this image toggle caption J. Scott Applewhite/AP J. Scott Applewhite/AP")]
    [InlineData("hide caption 32 of 43")]
    [InlineData("Photos: The week in politics – Protesters gather outside the Capitol on Tuesday. Hide Caption 2 of 12")]
    [InlineData("Slideshow (2 Images)")]
    [InlineData("More Photo Galleries")]
    [InlineData("Top 10 handguns in the U.S. The most prolific makes of handguns manufactured in the U.S. Shares")]
    // Continued below, read more, advertisement.
    [InlineData("Story Continued Below")]
    [InlineData("Continue Reading Below")]
    [InlineData("Read more")]
    [InlineData("READ MORE:")]
    [InlineData("Read more: Why the Senate keeps failing at this")]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Advertisement Continue reading the main story")]
    [InlineData("CLICK HERE TO GET THE FOX NEWS APP")]
    [InlineData("( PHOTOS: Senators up for election in 2014)")]
    // Cookie and privacy lines.
    [InlineData("We use cookies to improve your experience. By using this site you agree to our Privacy Policy.")]
    [InlineData("By using this website, you accept our use of cookies.")]
    // CNN blocks.
    [InlineData("Story highlights Obama cancels military exercises with Egypt")]
    [InlineData("JUST WATCHED Militarizing the police force Replay More Videos ... MUST WATCH Militarizing the police force 03:02")]
    // Contact lines.
    [InlineData("Contact us at editors@time.com.")]
    [InlineData("Send letters to: letters@suntimes.com.")]
    [InlineData("Let us know what you’re thinking at csmpolitics@csmonitor.com.")]
    // Copyright lines.
    [InlineData("Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.")]
    [InlineData("© Copyright 2017 by Creators Syndicate Inc.")]
    [InlineData("Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")]
    public void Furniture_lines_are_detected(string line)
    {
        Assert.True(FurnitureRule.IsFurniture(line), line);
    }

    [Theory]
    [InlineData("Millions of people sign up for Medicaid every year, and the numbers keep rising.")]
    [InlineData("Sign-ups for the newsletter rose sharply after the election, the company said.")]
    [InlineData("\"We have updated our privacy policy to make it clearer,\" a Facebook spokeswoman said.")]
    [InlineData("Facebook changed its privacy policy last week after regulators in Europe complained.")]
    [InlineData("Copyright law protects the work of authors for decades after their death.")]
    [InlineData("Read the report and you will see that the agency knew about the problem.")]
    [InlineData("Advertisers fled the network after the host's remarks.")]
    [InlineData("The advertisement ran during the Super Bowl and drew millions of viewers.")]
    [InlineData("Follow the money, the senator told reporters on Tuesday.")]
    [InlineData("Clinton used the address hdr22@clintonemail.com for official business while secretary of state.")]
    [InlineData("He said the gallery would hide the caption of every photo in the show.")]
    [InlineData("More than 200 people were killed in the attack, officials said.")]
    [InlineData("Image is everything in politics, and the governor knows it.")]
    [InlineData("Share prices fell 3 percent on the news.")]
    [InlineData("The company said it would buy back 2 million Shares.")]
    public void Prose_is_not_furniture(string line)
    {
        Assert.False(FurnitureRule.IsFurniture(line), line);
    }

    [Fact]
    public void Furniture_lines_in_the_body_are_a_layer_and_not_paragraphs()
    {
        const string text = "Senate passes budget bill\n\n"
            + "WASHINGTON (AP) — The Senate passed the budget bill on Tuesday after a long night of votes.\n\n"
            + "Story Continued Below\n\n"
            + "The measure now goes to the House, where its fate is uncertain.\n\n"
            + "Enlarge this image toggle caption J. Scott Applewhite/AP J. Scott Applewhite/AP\n\n"
            + "Leaders said they expected a vote next week.\n\n"
            + "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.\n";
        var structure = new StructureStage().Analyze(text);
        var furniture = structure.Furniture.Select(s => s.GetText(text)).ToList();
        Assert.Equal(
            ["Story Continued Below", "Enlarge this image toggle caption J. Scott Applewhite/AP J. Scott Applewhite/AP", "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission."],
            furniture);
        Assert.Equal(3, structure.Paragraphs.Length);
        Assert.DoesNotContain(structure.Paragraphs, p => structure.Furniture.Any(f => f.Overlaps(p)));
        Assert.Equal("Senate passes budget bill", structure.Headline?.GetText(text));
    }

    [Fact]
    public void A_furniture_line_inside_a_wrapped_block_splits_it()
    {
        const string text = "Leaders met on Tuesday\nto talk about the budget.\nADVERTISEMENT\nThey agreed on nothing\nat all, aides said.\n";
        var structure = new StructureStage().Analyze(text);
        Assert.Equal(["ADVERTISEMENT"], structure.Furniture.Select(s => s.GetText(text)));
        Assert.DoesNotContain(structure.Paragraphs, p => p.GetText(text).Contains("ADVERTISEMENT", StringComparison.Ordinal));
    }

    [Fact]
    public void Story_highlights_take_their_summary_lines_with_them()
    {
        const string text = "Obama warns Egypt\n\n"
            + "Story highlights Obama cancels military exercises with Egypt\n\n"
            + "U.S. law restricts aid in instances of military coup\n\n"
            + "Obama did not call the overthrow a coup\n\n"
            + "President Barack Obama announced Thursday that the United States has canceled joint military exercises.\n\n"
            + "JUST WATCHED Egypt's churches looted Replay More Videos ... MUST WATCH Egypt's churches looted 01:59\n\n"
            + "\"We don't take sides,\" Obama said.\n";
        var structure = new StructureStage().Analyze(text);
        Assert.Equal(4, structure.Furniture.Length);
        Assert.Equal(
            ["President Barack Obama announced Thursday that the United States has canceled joint military exercises.", "\"We don't take sides,\" Obama said."],
            structure.Paragraphs.Select(p => p.GetText(text)));
    }

    [Fact]
    public void The_filter_finds_overlaps_and_masks_index_text_keeping_length_and_word_positions()
    {
        var furniture = System.Collections.Immutable.ImmutableArray.Create(new TextSpan(10, 20), new TextSpan(30, 40));
        Assert.True(FurnitureFilter.Overlaps(furniture, new TextSpan(15, 16)));
        Assert.True(FurnitureFilter.Overlaps(furniture, new TextSpan(5, 11)));
        Assert.True(FurnitureFilter.Overlaps(furniture, new TextSpan(39, 45)));
        Assert.False(FurnitureFilter.Overlaps(furniture, new TextSpan(20, 30)));
        Assert.False(FurnitureFilter.Overlaps(furniture, new TextSpan(0, 10)));
        Assert.False(FurnitureFilter.Overlaps(furniture, new TextSpan(40, 50)));

        const string text = "Body text.\n\nStory Continued Below\n\nMore body.";
        var document = new Document("d", text, new DocumentSource("mem", "text", 0, 1)).With(Layers.Structure, new StructureStage().Analyze(text));
        var masked = FurnitureFilter.IndexText(document);
        Assert.Equal(text.Length, masked.Length);
        Assert.Equal("Body text.\n\nxxxxx xxxxxxxxx xxxxx\n\nMore body.", masked);
    }
}
