using System.Collections.Immutable;
using System.Globalization;
using Dateline.Core;

namespace Dateline.Text.Quotes.Evaluation;

/// <summary>
/// Reads brat standoff attribution folders in the PolNeAR layout: <c>text/NAME.txt</c> and
/// <c>attributions/NAME_ANNOTATOR.ann</c> with Source, Cue and Content spans joined by Attribution events.
/// One annotator per article (the first file in ordinal order). Discontinuous spans ("10 20;30 40") become their envelope.
/// </summary>
public static class BratAttributionReader
{
    public static bool IsBratFolder(string path) =>
        Directory.Exists(Path.Combine(path, "text")) && Directory.Exists(Path.Combine(path, "attributions"));

    public static IEnumerable<GoldArticle> Read(string folder)
    {
        var textFolder = Path.Combine(folder, "text");
        var annotationFolder = Path.Combine(folder, "attributions");
        var files = Directory.GetFiles(annotationFolder, "*.ann");
        Array.Sort(files, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var underscore = name.LastIndexOf('_');
            var article = underscore > 0 ? name[..underscore] : name;
            if (!seen.Add(article))
            {
                continue;
            }

            var textPath = Path.Combine(textFolder, article + ".txt");
            if (!File.Exists(textPath))
            {
                throw new GoldFormatException($"{file}: no text file {textPath}");
            }

            var text = File.ReadAllText(textPath);
            yield return new GoldArticle(article, text, null, ReadAnnotations(file, text.Length));
        }
    }

    /// <summary>Reads the attributions of one .ann file; lines that are neither spans nor events are skipped.</summary>
    public static ImmutableArray<GoldQuote> ReadAnnotations(string file, int textLength)
    {
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var events = new List<(int Line, string[] Arguments)>();
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2)
            {
                continue;
            }

            if (fields[0][0] == 'T')
            {
                var space = fields[1].IndexOf(' ', StringComparison.Ordinal);
                if (space < 0 || !TryParseRange(fields[1].AsSpan(space + 1), out var span) || span.End > textLength)
                {
                    throw new GoldFormatException($"{file}:{number}: bad span '{fields[1]}'");
                }

                spans[fields[0]] = span;
            }
            else if (fields[0][0] == 'E')
            {
                events.Add((number, fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        var quotes = ImmutableArray.CreateBuilder<GoldQuote>(events.Count);
        foreach (var (_, arguments) in events)
        {
            TextSpan? content = null;
            TextSpan? source = null;
            TextSpan? cue = null;
            foreach (var argument in arguments.Skip(1))
            {
                var colon = argument.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(argument[(colon + 1)..], out var span))
                {
                    continue;
                }

                var role = argument.AsSpan(0, colon);
                if (role.StartsWith("Content", StringComparison.Ordinal))
                {
                    content = content is { } c ? Envelope(c, span) : span;
                }
                else if (role.StartsWith("Source", StringComparison.Ordinal))
                {
                    source = source is { } s ? Envelope(s, span) : span;
                }
                else if (role.StartsWith("Cue", StringComparison.Ordinal))
                {
                    cue = cue is { } k ? Envelope(k, span) : span;
                }
            }

            if (content is { } found)
            {
                quotes.Add(new GoldQuote(found, source, null, cue));
            }
        }

        return quotes.ToImmutable();
    }

    private static TextSpan Envelope(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    private static bool TryParseRange(ReadOnlySpan<char> range, out TextSpan span)
    {
        span = default;
        var start = int.MaxValue;
        var end = -1;
        foreach (var part in range.Split(';'))
        {
            var piece = range[part].Trim();
            var space = piece.IndexOf(' ');
            if (space < 0
                || !int.TryParse(piece[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
                || !int.TryParse(piece[(space + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
                || b < a)
            {
                return false;
            }

            start = Math.Min(start, a);
            end = Math.Max(end, b);
        }

        if (end < 0)
        {
            return false;
        }

        span = new TextSpan(start, end);
        return true;
    }
}
