namespace Dateline.Web.Access;

/// <summary>
/// Who may read the corpus: on loopback anyone on the machine; on any other address only holders of a bearer
/// token (<c>--token-file</c>), unless serving to everyone was asked for explicitly (<c>--public</c>).
/// </summary>
public static class AccessPolicy
{
    /// <summary>
    /// Refuses to serve <paramref name="urls"/> openly when one of them is not loopback and there are neither
    /// <paramref name="tokens"/> nor <paramref name="isPublic"/>.
    /// </summary>
    /// <exception cref="AccessConfigurationException">With a one-line message naming the address and both ways out.</exception>
    public static void Verify(IEnumerable<string> urls, AccessTokens? tokens, bool isPublic)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (tokens is not null || isPublic)
        {
            return;
        }

        if (ListenAddresses.FirstNonLoopback(urls) is { } open)
        {
            throw new AccessConfigurationException(
                $"{open} is not a loopback address: give --token-file FILE (bearer tokens, one per line) to require a token, or --public to serve the corpus to anyone who can reach it");
        }
    }

    /// <inheritdoc cref="Verify(IEnumerable{string}, AccessTokens?, bool)"/>
    public static void Verify(string urls, AccessTokens? tokens, bool isPublic)
    {
        ArgumentNullException.ThrowIfNull(urls);
        Verify(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), tokens, isPublic);
    }
}
