using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dateline.Ingest;

/// <summary>Content-derived document identifiers: the same text always gets the same id.</summary>
public static class DocumentIds
{
    /// <summary>A 16-hex-digit id from the XxHash3 of the text (UTF-16 code units).</summary>
    public static string FromContent(ReadOnlySpan<char> text)
    {
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text));
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
