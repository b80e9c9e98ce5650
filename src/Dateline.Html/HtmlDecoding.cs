using System.Text;

namespace Dateline.Html;

/// <summary>
/// Turns page bytes into text the way browsers choose an encoding: a byte order mark, else the charset the
/// HTTP header declares, else a <c>&lt;meta charset&gt;</c> in the first bytes, else UTF-8 when the bytes are
/// valid UTF-8, else windows-1252. A page declared Latin-1 whose bytes are valid multi-byte UTF-8 is read as
/// UTF-8 (a common mislabel).
/// </summary>
public static class HtmlDecoding
{
    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var encoding = Find(declaredCharset) ?? Find(SniffMetaCharset(bytes[..Math.Min(bytes.Length, 4096)]));
        var validUtf8 = IsValidUtf8(bytes);
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage || (validUtf8 && HasMultiByte(bytes) && encoding.IsSingleByte))
        {
            return validUtf8 || encoding is not null ? Encoding.UTF8.GetString(bytes) : Find("windows-1252")!.GetString(bytes);
        }

        return encoding.GetString(bytes);
    }

    /// <summary>The charset parameter of a Content-Type header value (<c>text/html; charset=utf-8</c>).</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var index = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var value = contentType[(index + 8)..].Trim().Trim('"', '\'');
        var end = value.IndexOfAny([';', ' ', '"', '\'']);
        return end < 0 ? value : value[..end];
    }

    private static Encoding? Find(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        charset = charset.Trim().ToLowerInvariant();
        if (charset is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1")
        {
            charset = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // an unknown label, or one .NET refuses (UTF-7, which browsers do not honour either): the default applies
            return null;
        }
    }

    /// <summary>Finds <c>charset=...</c> inside a meta tag in the head bytes (ASCII-compatible scan).</summary>
    private static string? SniffMetaCharset(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var index = 0;
        while ((index = text.IndexOf("<meta", index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = text.IndexOf('>', index);
            if (end < 0)
            {
                break;
            }

            var tag = text[index..end];
            var charset = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (charset >= 0)
            {
                var rest = tag[(charset + 7)..].TrimStart(' ', '=', '"', '\'');
                var stop = 0;
                while (stop < rest.Length && (char.IsAsciiLetterOrDigit(rest[stop]) || rest[stop] is '-' or '_' or ':' or '.'))
                {
                    stop++;
                }

                if (stop > 0)
                {
                    return rest[..stop];
                }
            }

            index = end;
        }

        return null;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static bool HasMultiByte(ReadOnlySpan<byte> bytes) => bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF);
}
