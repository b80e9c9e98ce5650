using System.Net;

namespace Dateline.Web.Access;

/// <summary>
/// Whether the addresses the host listens on are loopback only. <c>localhost</c> and loopback IPs
/// (127.0.0.0/8, ::1) are loopback; wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>), any other host
/// name (Kestrel binds those to every interface), Unix sockets and anything unparseable are not.
/// </summary>
public static class ListenAddresses
{
    /// <summary>The first of the semicolon-separated <paramref name="urls"/> that is not loopback, or null.</summary>
    public static string? FirstNonLoopback(string urls) => FirstNonLoopback(Split(urls));

    /// <summary>The first of <paramref name="urls"/> that is not loopback, or null.</summary>
    public static string? FirstNonLoopback(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return urls.FirstOrDefault(url => !IsLoopback(url));
    }

    /// <summary>Whether one URL (<c>scheme://host[:port][/path]</c>) names a loopback host.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = HostOf(url.Trim());
        if (host is null)
        {
            return false;
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    private static IEnumerable<string> Split(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The host part as Kestrel reads it: after <c>://</c>, up to the port or path; IPv6 without brackets.</summary>
    private static string? HostOf(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (start <= 0)
        {
            return null;
        }

        var rest = url[(start + 3)..];
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close > 1 ? rest[1..close] : null;
        }

        var end = rest.IndexOfAny([':', '/']);
        var host = end < 0 ? rest : rest[..end];
        return host.Length > 0 ? host : null;
    }
}
