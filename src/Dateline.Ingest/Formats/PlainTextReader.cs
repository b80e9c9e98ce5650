using System.Text;
using Dateline.Core;

namespace Dateline.Ingest.Formats;

/// <summary>Reads a whole file as one article without a header.</summary>
public sealed class PlainTextReader : IFormatReader
{
    public string Format => "text";

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    public bool Sniff(ReadOnlySpan<byte> head) => true;

    public IEnumerable<ReadItem> Read(Stream stream, string path, CancellationToken cancellationToken)
    {
        using var reader = new Utf8LineReader(stream);
        var text = new StringBuilder();
        string? problem = null;
        var problemLine = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var status = reader.Read(out var line, out var error);
            if (status == LineStatus.End)
            {
                break;
            }

            if (status == LineStatus.Line)
            {
                text.Append(line);
                continue;
            }

            problem ??= error;
            problemLine = problemLine == 0 ? reader.LineNumber : problemLine;
            if (status == LineStatus.Broken)
            {
                break;
            }
        }

        if (problem is not null)
        {
            yield return ReadItem.Failed(path, problemLine, $"file skipped: {problem}");
            yield break;
        }

        var content = text.ToString();
        if (string.IsNullOrWhiteSpace(content))
        {
            yield return ReadItem.Failed(path, 0, "the file is empty");
            yield break;
        }

        yield return ReadItem.Of(new Document(DocumentIds.FromContent(content), content, new DocumentSource(path, Format, 0, 1)));
    }
}
