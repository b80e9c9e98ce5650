using Dateline.Core.Annotations;

namespace Dateline.Text.Ner;

/// <summary>
/// Reads CoNLL-2003 style column files: one token per line, the token first and the NER tag last (IOB1 or IOB2),
/// blank lines between sentences, <c>-DOCSTART-</c> lines between documents.
/// </summary>
public static class ConllReader
{
    public static List<ConllDocument> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads documents; throws <see cref="InvalidDataException"/> naming the file and line for bad input.</summary>
    public static List<ConllDocument> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<(string Prefix, EntityLabel? Label)>();
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                FlushSentence();
                continue;
            }

            var columns = trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-")
            {
                FlushSentence();
                FlushDocument();
                continue;
            }

            if (columns.Length < 2)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected a token and a tag, found '{Clip(trimmed)}'.");
            }

            tokens.Add(columns[0]);
            tags.Add(ParseTag(columns[^1], name, lineNumber));
        }

        FlushSentence();
        FlushDocument();
        return documents;

        void FlushSentence()
        {
            if (tokens.Count == 0)
            {
                return;
            }

            var entities = new List<(int, int, EntityLabel)>();
            var start = -1;
            EntityLabel? current = null;
            for (var k = 0; k < tags.Count; k++)
            {
                var (prefix, label) = tags[k];
                var begins = label is not null && (prefix is "B" or "S" or "U" || current != label);
                if (current is not null && (label is null || begins))
                {
                    entities.Add((start, k - 1, current.Value));
                    current = null;
                }

                if (begins)
                {
                    start = k;
                    current = label;
                }

                if (prefix is "E" or "S" or "L" or "U" && current is not null)
                {
                    entities.Add((start, k, current.Value));
                    current = null;
                }
            }

            if (current is not null)
            {
                entities.Add((start, tags.Count - 1, current.Value));
            }

            sentences.Add(new ConllSentence([.. tokens], entities));
            tokens.Clear();
            tags.Clear();
        }

        void FlushDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument([.. sentences]));
                sentences.Clear();
            }
        }
    }

    private static (string Prefix, EntityLabel? Label) ParseTag(string tag, string name, int lineNumber)
    {
        if (tag == "O")
        {
            return ("O", null);
        }

        if (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U'
            && Enum.TryParse<EntityLabel>(tag.AsSpan(2), ignoreCase: false, out var label) && Enum.IsDefined(label))
        {
            return (tag[..1], label);
        }

        throw new InvalidDataException($"{name}:{lineNumber}: unknown NER tag '{Clip(tag)}' (expected O, B-X, I-X with X in PER, ORG, LOC, MISC).");
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
