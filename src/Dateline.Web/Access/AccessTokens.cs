using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Dateline.Web.Access;

/// <summary>
/// The bearer tokens that may read the API, kept only as SHA-256 hashes (the tokens themselves are not held).
/// A presented token is hashed and compared with every stored hash in constant time
/// (<see cref="CryptographicOperations.FixedTimeEquals"/>), with no early exit, so the answer's timing
/// tells nothing about how much of a token was right or which one matched.
/// </summary>
public sealed class AccessTokens
{
    private readonly ImmutableArray<byte[]> _hashes;
    private readonly HashComparison _compare;

    private AccessTokens(ImmutableArray<byte[]> hashes, HashComparison compare)
    {
        _hashes = hashes;
        _compare = compare;
    }

    /// <summary>How many distinct tokens are accepted.</summary>
    public int Count => _hashes.Length;

    /// <summary>The comparison used for hashes: <see cref="CryptographicOperations.FixedTimeEquals"/> unless a test chose another.</summary>
    public HashComparison Comparison => _compare;

    /// <summary>
    /// Reads a token file: one token per line; surrounding white space is ignored, and blank lines and lines
    /// starting with <c>#</c> are skipped.
    /// </summary>
    /// <exception cref="AccessConfigurationException">The file cannot be read or holds no token.</exception>
    public static AccessTokens FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new AccessConfigurationException($"--token-file: cannot read '{path}': {ex.Message}", ex);
        }

        var tokens = Parse(lines);
        return tokens.Count > 0 ? tokens : throw new AccessConfigurationException($"--token-file: '{path}' holds no token (one per line; blank lines and # comments are skipped)");
    }

    /// <summary>The tokens on <paramref name="lines"/> (blank lines and <c>#</c> comments skipped), hashed.</summary>
    public static AccessTokens Parse(IEnumerable<string> lines, HashComparison? comparison = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var hashes = new List<byte[]>();
        foreach (var line in lines)
        {
            var token = line.Trim();
            if (token.Length == 0 || token.StartsWith('#'))
            {
                continue;
            }

            var hash = Hash(token);
            if (!hashes.Exists(h => h.AsSpan().SequenceEqual(hash)))
            {
                hashes.Add(hash);
            }
        }

        return new AccessTokens([.. hashes], comparison ?? CryptographicOperations.FixedTimeEquals);
    }

    /// <summary>
    /// Whether <paramref name="token"/> is one of the tokens. Every stored hash is compared, whatever the
    /// outcome; a null or empty token is never accepted.
    /// </summary>
    public bool Accepts(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var hash = Hash(token);
        var accepted = false;
        foreach (var stored in _hashes)
        {
            accepted |= _compare(hash, stored);
        }

        return accepted;
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
