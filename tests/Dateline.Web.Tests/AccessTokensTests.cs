using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dateline.Web.Access;

namespace Dateline.Web.Tests;

/// <summary>The token checker: file format, hashing, constant-time comparison of every stored hash.</summary>
public sealed class AccessTokensTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dateline-web-tests", Guid.NewGuid().ToString("N"));

    public AccessTokensTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }

    [Fact]
    public void A_token_file_skips_blank_lines_comments_and_surrounding_space()
    {
        var file = Path.Combine(_folder, "tokens");
        File.WriteAllText(file, "# newsroom readers\r\n\r\n  alpha-token-1  \r\n\t\n# beta-token-2 is retired\nbeta-token-3\n   # indented comment\n");
        var tokens = AccessTokens.FromFile(file);
        Assert.Equal(2, tokens.Count);
        Assert.True(tokens.Accepts("alpha-token-1"));
        Assert.True(tokens.Accepts("beta-token-3"));
        Assert.False(tokens.Accepts("beta-token-2"));
        Assert.False(tokens.Accepts("# newsroom readers"));
        Assert.False(tokens.Accepts("# beta-token-2 is retired"));
        Assert.False(tokens.Accepts("  alpha-token-1  "));
    }

    [Fact]
    public void Wrong_partial_empty_and_missing_tokens_are_refused()
    {
        var tokens = AccessTokens.Parse(["s3cret-token"]);
        Assert.True(tokens.Accepts("s3cret-token"));
        Assert.False(tokens.Accepts("s3cret-toke"));
        Assert.False(tokens.Accepts("s3cret-token2"));
        Assert.False(tokens.Accepts("S3CRET-TOKEN"));
        Assert.False(tokens.Accepts(string.Empty));
        Assert.False(tokens.Accepts(null));
    }

    [Fact]
    public void Hashes_are_compared_with_CryptographicOperations_FixedTimeEquals()
    {
        var comparison = AccessTokens.Parse(["a-token"]).Comparison.Method;
        Assert.Equal(typeof(CryptographicOperations), comparison.DeclaringType);
        Assert.Equal(nameof(CryptographicOperations.FixedTimeEquals), comparison.Name);
    }

    [Fact]
    public void Every_stored_hash_is_compared_whatever_the_outcome_and_only_hashes_are_compared()
    {
        var compared = new List<(byte[] Left, byte[] Right)>();
        var tokens = AccessTokens.Parse(["first-token", "second-token", "third-token"], (left, right) =>
        {
            compared.Add((left.ToArray(), right.ToArray()));
            return CryptographicOperations.FixedTimeEquals(left, right);
        });

        foreach (var (presented, accepted) in new[] { ("first-token", true), ("third-token", true), ("wrong-token", false) })
        {
            compared.Clear();
            Assert.Equal(accepted, tokens.Accepts(presented));
            Assert.Equal(3, compared.Count);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
            Assert.All(compared, pair =>
            {
                Assert.Equal(hash, pair.Left);
                Assert.Equal(32, pair.Right.Length);
            });
        }
    }

    [Fact]
    public void The_tokens_themselves_are_not_kept()
    {
        var fields = typeof(AccessTokens).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        Assert.DoesNotContain(fields, f => f.FieldType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(f.FieldType) || typeof(IEnumerable<char>).IsAssignableFrom(f.FieldType));
    }

    [Fact]
    public void A_missing_or_empty_token_file_is_a_one_line_error()
    {
        var missing = Assert.Throws<AccessConfigurationException>(() => AccessTokens.FromFile(Path.Combine(_folder, "none")));
        Assert.StartsWith("--token-file: cannot read", missing.Message, StringComparison.Ordinal);
        var empty = Path.Combine(_folder, "empty");
        File.WriteAllText(empty, "# no tokens yet\n\n");
        var none = Assert.Throws<AccessConfigurationException>(() => AccessTokens.FromFile(empty));
        Assert.Contains("holds no token", none.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', none.Message);
    }

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer abc", "abc")]
    [InlineData("BEARER   abc  ", "abc")]
    [InlineData("Bearer", null)]
    [InlineData("Bearer ", null)]
    [InlineData("Bearerabc", null)]
    [InlineData("Basic YWxhZGRpbjpvcGVuc2VzYW1l", null)]
    [InlineData("", null)]
    public void The_bearer_token_is_read_from_the_authorization_header(string header, string? token) =>
        Assert.Equal(token, AccessGuard.BearerToken(header));
}
