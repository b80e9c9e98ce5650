using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Dateline.Web.Ui;

/// <summary>
/// The web UI's static files (HTML, CSS, ES modules), embedded in this assembly from <c>wwwroot/</c> and served
/// from memory with an ETag, so the host needs no content folder and nothing from the network.
/// </summary>
internal sealed class EmbeddedUi
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> _assets;

    private EmbeddedUi(FrozenDictionary<string, Asset> assets) => _assets = assets;

    /// <summary>The request paths served (<c>/index.html</c>, <c>/js/search.js</c>, ...).</summary>
    public IEnumerable<string> Paths => _assets.Keys;

    public static EmbeddedUi Load()
    {
        var assembly = typeof(EmbeddedUi).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var path = "/" + name[Prefix.Length..].Replace('\\', '/');
            if (!ContentTypes.TryGetValue(Path.GetExtension(path), out var contentType))
            {
                continue;
            }

            var bytes = Read(assembly, name);
            var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"");
            assets[path] = new Asset(bytes, contentType, tag);
        }

        return new EmbeddedUi(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Maps one GET endpoint per file, and <c>/</c> to <c>/index.html</c>.</summary>
    public void Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var (path, asset) in _assets)
        {
            endpoints.MapGet(path, () => Serve(asset)).ExcludeFromDescription();
            if (path == "/index.html")
            {
                endpoints.MapGet("/", () => Serve(asset)).ExcludeFromDescription();
            }
        }
    }

    private static IResult Serve(Asset asset) =>
        TypedResults.Bytes(asset.Bytes, asset.ContentType, entityTag: asset.ETag);

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private sealed record Asset(byte[] Bytes, string ContentType, EntityTagHeaderValue ETag);
}
