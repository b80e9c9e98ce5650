using Dateline.Core;

namespace Dateline.Ingest;

/// <summary>One result of reading: a document, or an error about a piece of input that was skipped.</summary>
public readonly record struct ReadItem
{
    private ReadItem(Document? document, ReadError? error)
    {
        Document = document;
        Error = error;
    }

    public Document? Document { get; }

    public ReadError? Error { get; }

    public static ReadItem Of(Document document) => new(document, null);

    public static ReadItem Failed(ReadError error) => new(null, error);

    public static ReadItem Failed(string path, int line, string message, long? byteOffset = null) => new(null, new ReadError(path, line, message, byteOffset));
}
