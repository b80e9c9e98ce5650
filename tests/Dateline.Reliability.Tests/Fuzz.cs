using System.Globalization;
using System.Text;
using CsCheck;

namespace Dateline.Reliability.Tests;

/// <summary>
/// Shared pieces of the property tests: byte and text mutations of valid inputs (bit flips, insertions of random
/// bytes and of hostile fragments, deletions, duplications, truncation), and a time limit per input so that a
/// hang fails the test instead of stalling the run.
/// </summary>
internal static class Fuzz
{
    /// <summary>How long one input may take; generous, since the CI machine may be loaded. A hang is far longer.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>Fragments that break parsers: quotes, brackets, control and invalid UTF-8 bytes, markup, framing lines, huge numbers.</summary>
    public static readonly string[] Hostile =
    [
        "\"", "'", "{", "}", "[", "]", ",", ":", "\\", "\\u0000", "\\ud800", "\0", "\r", "\n", "\r\n", "\t", "<", ">", "&", "&#0;", "&#x110000;",
        "<script>alert(1)</script>", "<!--", "-->", "<![CDATA[", "]]>", "<?xml", "</html>", "<body>", "<p>", "<img src=x onerror=alert(1)>",
        "WARC/1.0\r\n", "Content-Length: 99999999999999\r\n", "Content-Length: -5\r\n", "WARC-Type: response\r\n", "HTTP/1.1 200 OK\r\n",
        "Transfer-Encoding: chunked\r\n", "Content-Encoding: gzip\r\n", "charset=utf-7", "date 2020-13-45 ", "date 9999-12-31 ", "1e999999",
        "-99999999999999999999", "NaN", "null", "true", "\u202e", "\ufeff", "\ud83d\ude00", "e\u0301", "𝔘𝔫𝔦",
        new string('[', 3000), new string('{', 3000), string.Concat(Enumerable.Repeat("<div>", 3000)), string.Concat(Enumerable.Repeat("<b><i>", 1500)),
        new string('a', 200_000), new string('\n', 5000), string.Concat(Enumerable.Repeat("\"\",", 2000)),
    ];

    /// <summary>One edit of a byte string: kind, where (0..1 of the length), how much, which bytes.</summary>
    public static readonly Gen<(int Kind, double Where, int Length, byte[] Bytes, int Fragment)> Edit =
        Gen.Select(Gen.Int[0, 6], Gen.Double[0, 1], Gen.Int[1, 64], Gen.Byte.Array[1, 12], Gen.Int[0, Hostile.Length - 1]);

    /// <summary>A mutated copy of one of <paramref name="seeds"/>: one to eight edits.</summary>
    public static Gen<byte[]> Mutations(params byte[][] seeds) =>
        Gen.Select(Gen.Int[0, seeds.Length - 1], Edit.Array[1, 8], (seed, edits) => Apply(seeds[seed], edits));

    /// <summary>A mutated copy of one of <paramref name="seeds"/>, as text.</summary>
    public static Gen<string> TextMutations(params string[] seeds) =>
        Mutations([.. seeds.Select(s => Encoding.UTF8.GetBytes(s))]).Select(b => Encoding.UTF8.GetString(b));

    public static byte[] Apply(byte[] seed, (int Kind, double Where, int Length, byte[] Bytes, int Fragment)[] edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var (kind, where, length, insert, fragment) in edits)
        {
            var at = Math.Min(bytes.Count, (int)(where * bytes.Count));
            var count = Math.Min(length, bytes.Count - at);
            switch (kind)
            {
                case 0 when at < bytes.Count:
                    bytes[at] ^= (byte)(1 << (insert[0] % 8));
                    break;
                case 1:
                    bytes.InsertRange(at, insert);
                    break;
                case 2:
                    bytes.RemoveRange(at, count);
                    break;
                case 3:
                    bytes.InsertRange(at, bytes.GetRange(at, count));
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Hostile[fragment]));
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>
    /// Runs <paramref name="check"/> on <paramref name="iterations"/> generated inputs (one thread: the machine is
    /// shared), each within <see cref="Limit"/>; CsCheck shrinks a failing input and reports its seed.
    /// </summary>
    public static void Check<T>(Gen<T> gen, int iterations, Action<T> check, Func<T, string>? describe = null)
    {
        gen.Sample(
            input =>
            {
                var task = Task.Run(() => check(input));
                if (!task.Wait(Limit))
                {
                    throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"no answer within {Limit.TotalSeconds:0} s (a hang)"));
                }
            },
            iter: iterations,
            threads: 1,
            print: describe is null ? null : describe);
    }

    /// <summary>Fails when a user-facing message is not one plain line (a stack trace, an exception type name).</summary>
    public static void AssertOneLine(string message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message), "an empty message");
        Assert.DoesNotContain("\n", message.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
    }
}
