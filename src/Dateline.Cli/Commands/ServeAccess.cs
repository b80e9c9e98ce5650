namespace Dateline.Cli.Commands;

/// <summary>Where <c>dateline serve</c> listens and who may read: <c>--urls</c>, <c>--token-file</c>, <c>--public</c>.</summary>
/// <param name="Urls">Semicolon-separated URLs to listen on.</param>
/// <param name="TokenFile">The bearer token file, or null.</param>
/// <param name="Public">Whether serving on a non-loopback address without tokens was asked for.</param>
internal sealed record ServeAccess(string Urls, string? TokenFile, bool Public);
