using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dateline.Text.Ner;

/// <summary>
/// Reads raw text for cluster training from news corpora: JSON lines (fields content_original, content, text, body),
/// Reuters-21578 SGML (BODY elements), tar archives of .txt files, CoNLL column files (first column), and plain text;
/// each optionally gzip-compressed.
/// </summary>
public static partial class UnlabelledText
{
    private static readonly string[] JsonFields = ["content_original", "content", "text", "body"];

    public static IEnumerable<string> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        if (name.EndsWith(".tar", StringComparison.OrdinalIgnoreCase))
        {
            return ReadTar(path);
        }

        if (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonLines(path);
        }

        if (name.EndsWith(".sgm", StringComparison.OrdinalIgnoreCase))
        {
            return ReadSgml(path);
        }

        var fileName = Path.GetFileName(name);
        if (fileName.StartsWith("eng.", StringComparison.Ordinal) || name.EndsWith(".conll", StringComparison.OrdinalIgnoreCase))
        {
            return ReadConll(path);
        }

        return ReadPlain(path);
    }

    private static Stream Open(string path)
    {
        Stream stream = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    private static IEnumerable<string> ReadPlain(string path)
    {
        using var reader = new StreamReader(Open(path));
        yield return reader.ReadToEnd();
    }

    private static IEnumerable<string> ReadJsonLines(string path)
    {
        using var reader = new StreamReader(Open(path));
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                continue;
            }

            string? text = null;
            try
            {
                using var json = JsonDocument.Parse(line);
                foreach (var field in JsonFields)
                {
                    if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        text = value.GetString();
                        break;
                    }
                }
            }
            catch (JsonException)
            {
                continue;
            }

            if (!string.IsNullOrEmpty(text))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> ReadSgml(string path)
    {
        using var reader = new StreamReader(Open(path), System.Text.Encoding.Latin1);
        var content = reader.ReadToEnd();
        foreach (Match match in BodyPattern().Matches(content))
        {
            yield return WebUtility.HtmlDecode(match.Groups[1].Value);
        }
    }

    private static IEnumerable<string> ReadTar(string path)
    {
        using var stream = Open(path);
        using var tar = new TarReader(stream);
        TarEntry? entry;
        while ((entry = tar.GetNextEntry()) is not null)
        {
            if (entry.DataStream is null || !entry.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var reader = new StreamReader(entry.DataStream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            yield return reader.ReadToEnd();
        }
    }

    private static IEnumerable<string> ReadConll(string path)
    {
        using var reader = new StreamReader(Open(path));
        var sentence = new System.Text.StringBuilder();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (sentence.Length > 0)
                {
                    yield return sentence.ToString();
                    sentence.Clear();
                }

                continue;
            }

            sentence.Append(space > 0 ? line.AsSpan(0, space) : line.AsSpan()).Append(' ');
        }

        if (sentence.Length > 0)
        {
            yield return sentence.ToString();
        }
    }

    [GeneratedRegex("<BODY>(.*?)</BODY>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern();
}
