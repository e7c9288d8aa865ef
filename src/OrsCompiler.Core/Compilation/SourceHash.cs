using System.Security.Cryptography;
using System.Text;

namespace OrsCompiler.Compilation;

/// <summary>The SHA-256 of a source text's UTF-8 bytes (no BOM), as lower-case hex: what a blob header records.</summary>
public static class SourceHash
{
    public static string Sha256Hex(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
