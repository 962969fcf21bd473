using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bellwether.Core.Internal;

/// <summary>Deterministic identifiers, so that the same input order gives the same ids in every process.</summary>
internal static class SignalIds
{
    public static string ForCandidate(string articleId, int candidateIndex) =>
        "sig_" + Hash(string.Create(CultureInfo.InvariantCulture, $"{articleId}\n{candidateIndex}"));

    public static string ForStory(string articleId) => "story_" + Hash(articleId);

    private static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)).AsSpan(0, 8));
}
