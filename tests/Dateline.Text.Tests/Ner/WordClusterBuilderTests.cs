using Dateline.Text.Ner;

namespace Dateline.Text.Tests.Ner;

public sealed class WordClusterBuilderTests
{
    [Fact]
    public void Words_used_in_the_same_contexts_share_a_cluster_and_the_file_loads_into_a_lexicon()
    {
        var builder = new WordClusterBuilder { MinCount = 1, ContextWords = 20, Dimensions = 16, ClusterCounts = [2, 3, 4], Seed = 7 };
        for (var i = 0; i < 50; i++)
        {
            builder.Add("She flew to Paris on Monday . He drove to London on Friday . They went to Berlin on Sunday .");
            builder.Add("The red car is fast . The blue car is slow . The green car is new .");
        }

        var path = Path.Combine(Path.GetTempPath(), $"clusters-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            builder.Write(path);
            var lines = ReadLines(path).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1..]);
            Assert.Equal(lines["Paris"][2], lines["London"][2]);
            Assert.Equal(lines["Paris"][2], lines["Berlin"][2]);
            Assert.Equal(lines["red"][2], lines["blue"][2]);
            var lexicon = NerLexicon.Build(path, null);
            Assert.Equal(lines.Count, lexicon.ClusterCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<string> ReadLines(string path)
    {
        using var stream = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
