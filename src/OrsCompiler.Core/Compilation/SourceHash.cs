using System.Text;

namespace OrsCompiler.Compilation;

/// <summary>The SHA-256 of a source text's UTF-8 bytes (no BOM), as lower-case hex: what a blob header records.</summary>
public static class SourceHash
{
    public static string Sha256Hex(string text) => Runtime.Blob.Sha256Hex.Of(Encoding.UTF8.GetBytes(text));
}
