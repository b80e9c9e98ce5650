using System.Globalization;
using Dateline.Cli.Tests;

namespace Dateline.Reliability.Tests;

/// <summary>
/// The kill -9 scenario shared by the SQLite and PostgreSQL tests: a synthetic corpus is ingested once cleanly
/// (the reference), then into a second store by runs killed with SIGKILL at random moments (after a random number
/// of committed articles plus a random delay, so mid-batch and mid-analysis), then rerun to the end. The second
/// store must hold what the reference holds: every article exactly once, with every annotation layer.
/// </summary>
internal sealed class KillDuringIngest(string folder, int articles, int kills, int seed)
{
    public void Run(string reference, string target)
    {
        var input = Path.Combine(folder, "corpus.jsonl");
        SyntheticNews.Write(input, articles, seed: seed);
        var clean = DatelineProcess.Run(folder, "ingest", input, "--db", reference);
        Assert.True(clean.ExitCode == 0, clean.Error);
        var expected = CorpusCensus.Settled(folder, reference);
        Assert.Equal(articles, expected.Count);

        var random = new Random(seed);
        var killedAt = new List<long>();
        for (var k = 0; k < kills; k++)
        {
            var before = CorpusCensus.ArticlesOrZero(target);
            var threshold = before + 1 + random.Next(articles / (kills + 2));
            var delay = random.Next(0, 150);
            var process = Processes.StartQuiet(folder, "ingest", input, "--db", target, "--batch-size", "16");
            try
            {
                var alive = Processes.WaitFor(process, () => CorpusCensus.ArticlesOrZero(target) >= threshold, TimeSpan.FromMinutes(2));
                Assert.True(alive, string.Create(CultureInfo.InvariantCulture, $"seed {seed}: the ingest ended before {threshold} articles were committed (kill {k + 1})"));
                Thread.Sleep(delay);
            }
            finally
            {
                Processes.Stop(process);
            }

            killedAt.Add(CorpusCensus.ArticlesOrZero(target));
        }

        Assert.True(killedAt[^1] < articles, $"seed {seed}: the last kill came after the end; the corpus is too small for this machine");
        var rerun = DatelineProcess.Run(folder, "ingest", input, "--db", target);
        Assert.True(rerun.ExitCode == 0, $"seed {seed}, killed at {string.Join(", ", killedAt)}: {rerun.Error}");
        var actual = CorpusCensus.Settled(folder, target);
        Assert.Equal(expected, actual);
    }
}
