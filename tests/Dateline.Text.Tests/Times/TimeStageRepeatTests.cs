using System.Collections.Immutable;
using Dateline.Core;
using Dateline.Core.Annotations;
using Dateline.Text.Times;

namespace Dateline.Text.Tests.Times;

public sealed class TimeStageRepeatTests
{
    [Fact]
    public void A_repeated_block_does_not_yield_its_times_twice()
    {
        const string text = "Photo taken Aug. 1, 2016.\nPhoto taken Aug. 1, 2016.\n\nStory.";
        var document = new Document("d", text, new DocumentSource("mem", "text", 0, 1), DocumentMetadata.Empty with { Date = new DateOnly(2017, 8, 3) })
            .With(Layers.Structure, new ArticleStructure { Duplicates = ImmutableArray.Create(new DuplicateBlock(new TextSpan(26, 51), new TextSpan(0, 25))) });

        var times = new TimeStage().Process(document, CancellationToken.None).Get(Layers.Times);

        var time = Assert.Single(times);
        Assert.Equal("2016-08-01", time.Value);
        Assert.True(time.Span.End <= 25);
    }
}
