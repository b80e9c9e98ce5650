using Dateline.Core;

namespace Dateline.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void Spans_are_half_open()
    {
        var span = new TextSpan(2, 5);
        Assert.Equal(3, span.Length);
        Assert.True(span.Contains(2));
        Assert.False(span.Contains(5));
        Assert.Equal("cde", span.GetText("abcdefg"));
    }

    [Fact]
    public void Overlap_counts_shared_characters()
    {
        Assert.Equal(2, new TextSpan(0, 4).OverlapLength(new TextSpan(2, 10)));
        Assert.False(new TextSpan(0, 2).Overlaps(new TextSpan(2, 3)));
    }

    [Fact]
    public void Invalid_spans_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 2));
}
