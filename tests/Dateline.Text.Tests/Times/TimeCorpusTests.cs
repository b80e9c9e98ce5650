using System.IO.Compression;
using System.Text.RegularExpressions;
using Dateline.Core;
using Dateline.Testing;
using Dateline.Text.Times;

namespace Dateline.Text.Tests.Times;

public sealed partial class TimeCorpusTests
{
    [SkippableFact]
    public void Every_reuters_story_gives_valid_non_overlapping_spans_and_well_formed_values()
    {
        var folder = TestPaths.Shared("reuters-21578");
        Skip.If(folder is null, "needs ../shared/data/reuters-21578");
        var anchors = new DateOnly?[] { new(1987, 2, 26), new(2016, 1, 1), new(2016, 2, 29), null };
        var stories = 0;
        var found = 0;
        foreach (var file in Directory.GetFiles(folder, "reut2-00*.sgm.gz").Order(StringComparer.Ordinal).Take(3))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            foreach (Match body in BodyPattern().Matches(reader.ReadToEnd()))
            {
                var text = body.Groups[1].Value;
                var times = TimeStage.Find(text, anchors[stories % anchors.Length]);
                AnnotationAssert.SpansAreValid(text, times.Select(t => t.Span));
                for (var i = 1; i < times.Length; i++)
                {
                    Assert.True(times[i - 1].Span.End <= times[i].Span.Start, $"overlap in story {stories}");
                }

                foreach (var time in times)
                {
                    Assert.False(time.Span.IsEmpty);
                    Assert.Matches(ValuePattern(), time.Value);
                }

                stories++;
                found += times.Length;
            }
        }

        Assert.True(stories > 1000);
        Assert.True(found > stories, $"{found} times in {stories} stories");
    }

    [GeneratedRegex("<BODY>(.*?)</BODY>", RegexOptions.Singleline)]
    private static partial Regex BodyPattern();

    // Dates, weeks, quarters, halves, seasons, decades, centuries, times, durations, sets and references.
    [GeneratedRegex(@"^(PRESENT_REF|PAST_REF|FUTURE_REF|P(T?[0-9X]+(Y|M|W|D|H|S|Q|WE|DE|CE))+|[0-9X]{2,4}(-([0-9X]{2}|W[0-9X]{2}|Q[0-9X]|H[0-9X]|SP|SU|FA|WI)(-([0-9X]{2}|WE|[1-7]))?)?(T([0-9]{2}:[0-9]{2}|MO|AF|EV|NI))?)$")]
    private static partial Regex ValuePattern();
}
