namespace Dateline.Web.Access;

/// <summary>
/// Compares two SHA-256 hashes. <see cref="AccessTokens"/> uses
/// <see cref="System.Security.Cryptography.CryptographicOperations.FixedTimeEquals"/>; tests substitute a
/// recording comparison to check that every stored hash is compared.
/// </summary>
/// <param name="left">One hash.</param>
/// <param name="right">The other hash.</param>
/// <returns>Whether the two are equal.</returns>
public delegate bool HashComparison(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right);
