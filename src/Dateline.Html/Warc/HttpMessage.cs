using System.IO.Compression;
using System.Text;

namespace Dateline.Html.Warc;

/// <summary>
/// An HTTP response as a crawler stored it: status line, headers, and the body with chunked transfer
/// encoding undone and gzip, deflate or brotli content encoding decompressed.
/// </summary>
internal sealed class HttpMessage
{
    private HttpMessage(int status, Dictionary<string, string> headers, byte[] body)
    {
        Status = status;
        Headers = headers;
        Body = body;
    }

    public int Status { get; }

    public Dictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public string? ContentType => Headers.GetValueOrDefault("content-type");

    /// <summary>Parses a response block; <c>null</c> when it does not start with an HTTP status line.</summary>
    public static HttpMessage? Parse(ReadOnlySpan<byte> block, int maxBody, out string? problem)
    {
        problem = null;
        var headerEnd = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0)
        {
            headerEnd = block.IndexOf("\n\n"u8);
            separator = 2;
        }

        if (headerEnd < 0 || !block.StartsWith("HTTP/"u8))
        {
            problem = "the record holds no HTTP response headers";
            return null;
        }

        var head = Encoding.Latin1.GetString(block[..headerEnd]);
        var lines = head.Split('\n');
        var statusParts = lines[0].Trim().Split(' ', 3);
        var status = statusParts.Length > 1 && int.TryParse(statusParts[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }

        var body = block[(headerEnd + separator)..];
        byte[] payload;
        if (headers.TryGetValue("transfer-encoding", out var transfer) && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            payload = Dechunk(body, out var chunkProblem) ?? body.ToArray();
            problem = chunkProblem;
        }
        else
        {
            payload = body.ToArray();
        }

        if (headers.TryGetValue("content-encoding", out var encoding) && payload.Length > 0)
        {
            try
            {
                payload = Decompress(payload, encoding.Trim().ToLowerInvariant(), maxBody) ?? payload;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                // Crawlers often store the decoded body but keep the header: use the bytes as they are.
                _ = ex;
            }
        }

        return new HttpMessage(status, headers, payload);
    }

    /// <summary>Undoes chunked transfer encoding; <c>null</c> when the body is not well-formed chunks.</summary>
    internal static byte[]? Dechunk(ReadOnlySpan<byte> body, out string? problem)
    {
        problem = null;
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body[position..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                problem = "chunked body ends inside a chunk header";
                return output.Length > 0 ? output.ToArray() : null;
            }

            var sizeText = Encoding.ASCII.GetString(body.Slice(position, lineEnd)).Trim();
            var extension = sizeText.IndexOf(';', StringComparison.Ordinal);
            if (extension >= 0)
            {
                sizeText = sizeText[..extension];
            }

            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                problem = "malformed chunk size";
                return output.Length > 0 ? output.ToArray() : null;
            }

            position += lineEnd + 1;
            if (size == 0)
            {
                break;
            }

            if (position + size > body.Length)
            {
                problem = "the last chunk is cut short";
                output.Write(body[position..]);
                break;
            }

            output.Write(body.Slice(position, size));
            position += size;

            // The CR LF after the chunk data.
            if (position < body.Length && body[position] == (byte)'\r')
            {
                position++;
            }

            if (position < body.Length && body[position] == (byte)'\n')
            {
                position++;
            }
        }

        return output.ToArray();
    }

    private static byte[]? Decompress(byte[] payload, string encoding, int maxBody)
    {
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(payload), CompressionMode.Decompress),
            "deflate" => payload.Length > 1 && payload[0] == 0x78 ? new ZLibStream(new MemoryStream(payload), CompressionMode.Decompress) : new DeflateStream(new MemoryStream(payload), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(payload), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return null;
        }

        using (decoder)
        {
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxBody)
                {
                    throw new InvalidDataException("decompressed body exceeds the size limit");
                }
            }

            return output.ToArray();
        }
    }
}
