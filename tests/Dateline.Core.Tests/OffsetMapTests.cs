using Dateline.Core;

namespace Dateline.Core.Tests;

public sealed class OffsetMapTests
{
    [Fact]
    public void Offsets_map_back_through_removed_markup()
    {
        // Source "<p>Hi</p><p>there</p>" -> text "Hi\n\nthere".
        const string source = "<p>Hi</p><p>there</p>";
        const string text = "Hi\n\nthere";
        var builder = new OffsetMapBuilder();
        builder.Add(0, 3);
        builder.Add(4, 12);
        var map = builder.Build();

        Assert.Equal("Hi", map.ToSource(new TextSpan(0, 2)).GetText(source));
        Assert.Equal("there", map.ToSource(new TextSpan(4, 9)).GetText(source));
        Assert.Equal("there", new TextSpan(4, 9).GetText(text));
    }

    [Fact]
    public void Identity_map_changes_nothing() => Assert.Equal(17, OffsetMap.Identity.ToSource(17));
}
