using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Dateline.Dedup;
using Dateline.Dedup.Evaluation;

namespace Dateline.Benchmarks;

/// <summary>
/// Copy detection: signatures per second on real articles (AllSides part 1 and Reuters-21578 when
/// ../shared/data is there, otherwise synthetic text), and a candidate lookup (bucket keys, candidate
/// counting, verification) in an in-memory index holding every article plus 100,000 synthetic ones.
/// The store-backed ingest at scale is <c>-- dedup-ingest N</c> (<see cref="DedupIngestBench"/>).
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class DedupBenchmarks
{
    private const int Articles = 2000;
    private readonly CopySigner _signer = new();
    private string[] _texts = [];
    private CopySignature[] _signatures = [];
    private CopyIndex _index = CopyIndex.InMemory();
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _texts = LoadTexts(Articles);
        _signatures = _texts.Select(t => _signer.Sign(t)).ToArray();
        var random = new Random(1);
        for (var i = 0; i < 100_000; i++)
        {
            _index.Add(new CopyArticle("s" + i, DedupIngestBench.RandomSignature(random, _signer.Options)));
        }

        for (var i = 0; i < _signatures.Length; i++)
        {
            _index.Add(new CopyArticle("a" + i, _signatures[i]));
        }
    }

    /// <summary>Signs every loaded article once (divide by <see cref="Articles"/> for one).</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Sign()
    {
        var words = 0;
        foreach (var text in _texts)
        {
            words += _signer.Sign(text).Words;
        }

        return words;
    }

    /// <summary>One candidate lookup with verification, for an article whose copy is in the index.</summary>
    [Benchmark]
    public int Lookup()
    {
        var signature = _signatures[_next++ % _signatures.Length];
        return _index.FindCopies(signature).Count;
    }

    internal static string[] LoadTexts(int count)
    {
        var data = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "data");
        var allsides = Path.Combine(data, "allsides", "articles-part1-of-4.jsonl.gz");
        var reuters = Path.Combine(data, "reuters-21578", "reut2-000.sgm.gz");
        var texts = new List<string>();
        if (File.Exists(allsides) && File.Exists(reuters))
        {
            using (var reader = new StreamReader(new GZipStream(File.OpenRead(allsides), CompressionMode.Decompress)))
            {
                texts.AddRange(AllsidesJsonl.Read(reader).Take(count / 2).Select(a => string.Join("\n\n", a.Paragraphs)));
            }

            using (var reader = new StreamReader(new GZipStream(File.OpenRead(reuters), CompressionMode.Decompress), Encoding.Latin1))
            {
                texts.AddRange(ReutersSgml.Read(reader).Take(count - texts.Count).Select(a => string.Join("\n\n", a.Paragraphs)));
            }
        }

        var random = new Random(2);
        while (texts.Count < count)
        {
            texts.Add(string.Join("\n\n", Enumerable.Range(0, 12).Select(_ => string.Join(' ', Enumerable.Range(0, 40).Select(_ => "w" + random.Next(5000))))));
        }

        return [.. texts];
    }
}
