using Dateline.Core.Annotations;
using Dateline.Text.Ner;

namespace Dateline.Text.Tests.Ner;

public sealed class ViterbiDecoderTests
{
    private const int T = BilouTags.Count;

    [Fact]
    public void Decoder_never_produces_an_invalid_transition_even_when_emissions_prefer_one()
    {
        // Emissions favour I-PER on the first token and B-ORG on the last: both invalid there.
        var emissions = new float[3 * T];
        emissions[BilouTags.Inside(EntityLabel.PER)] = 10;
        emissions[T + BilouTags.Last(EntityLabel.LOC)] = 5;
        emissions[(2 * T) + BilouTags.Begin(EntityLabel.ORG)] = 10;
        var transitions = new float[(T + 1) * T];
        var tags = new int[3];
        ViterbiDecoder.Decode(emissions, transitions, 3, tags);
        Assert.True(BilouTags.CanStart(tags[0]));
        Assert.True(BilouTags.CanFollow(tags[0], tags[1]));
        Assert.True(BilouTags.CanFollow(tags[1], tags[2]));
        Assert.True(BilouTags.CanEnd(tags[2]));
    }

    [Fact]
    public void Decoder_follows_the_emissions_when_they_form_a_valid_path()
    {
        var emissions = new float[4 * T];
        emissions[BilouTags.Outside] = 3;
        emissions[T + BilouTags.Begin(EntityLabel.PER)] = 3;
        emissions[(2 * T) + BilouTags.Last(EntityLabel.PER)] = 3;
        emissions[(3 * T) + BilouTags.Unit(EntityLabel.LOC)] = 3;
        var tags = new int[4];
        ViterbiDecoder.Decode(emissions, new float[(T + 1) * T], 4, tags);
        Assert.Equal([(1, 2, EntityLabel.PER), (3, 3, EntityLabel.LOC)], BilouTags.Decode(tags));
    }

    [Fact]
    public void Bilou_transition_table_allows_only_continuations_inside_an_entity()
    {
        Assert.True(BilouTags.CanFollow(BilouTags.Begin(EntityLabel.ORG), BilouTags.Inside(EntityLabel.ORG)));
        Assert.True(BilouTags.CanFollow(BilouTags.Begin(EntityLabel.ORG), BilouTags.Last(EntityLabel.ORG)));
        Assert.False(BilouTags.CanFollow(BilouTags.Begin(EntityLabel.ORG), BilouTags.Last(EntityLabel.PER)));
        Assert.False(BilouTags.CanFollow(BilouTags.Begin(EntityLabel.ORG), BilouTags.Outside));
        Assert.False(BilouTags.CanFollow(BilouTags.Outside, BilouTags.Inside(EntityLabel.LOC)));
        Assert.True(BilouTags.CanFollow(BilouTags.Unit(EntityLabel.LOC), BilouTags.Begin(EntityLabel.PER)));
        Assert.Equal("B-ORG", BilouTags.Name(BilouTags.Begin(EntityLabel.ORG)));
    }

    [Fact]
    public void Encode_then_decode_gives_back_the_entities()
    {
        (int, int, EntityLabel)[] entities = [(0, 0, EntityLabel.PER), (2, 4, EntityLabel.ORG)];
        var tags = new int[6];
        BilouTags.Encode(entities, tags);
        Assert.Equal(entities, BilouTags.Decode(tags));
    }
}
