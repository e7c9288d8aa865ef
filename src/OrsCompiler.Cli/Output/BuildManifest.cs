using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace OrsCompiler.Cli.Output;

/// <summary>One compiled document as the manifest lists it. Paths are relative to the manifest's folder, with forward slashes.</summary>
internal sealed record ManifestEntry(string Name, string Source, string SourceSha256, string Blob, string BlobSha256, long Size, bool Compressed);

/// <summary>
/// <c>orsdoc-manifest.json</c>: what <c>orsc build</c> produced, for publishers and deployment scripts. Deterministic
/// (entries sorted by name, no timestamps), so an unchanged build rewrites the same bytes.
/// </summary>
internal static class BuildManifest
{
    public const string FileName = "orsdoc-manifest.json";

    /// <summary>Bumped when a field changes meaning; new fields may be added without a bump.</summary>
    public const int ManifestVersion = 1;

    public static void Write(string path, string compilerVersion, IEnumerable<ManifestEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("manifestVersion", ManifestVersion);
            json.WriteString("compilerVersion", compilerVersion);
            json.WriteStartArray("documents");
            foreach (var entry in entries.OrderBy(e => e.Name, System.StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", entry.Name);
                json.WriteString("source", entry.Source);
                json.WriteString("sourceSha256", entry.SourceSha256);
                json.WriteString("blob", entry.Blob);
                json.WriteString("blobSha256", entry.BlobSha256);
                json.WriteNumber("size", entry.Size);
                json.WriteBoolean("compressed", entry.Compressed);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        File.WriteAllBytes(path, stream.ToArray());
    }

    /// <summary>Reads a manifest back (for tools and tests).</summary>
    public static IReadOnlyList<ManifestEntry> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        return document.RootElement.GetProperty("documents").EnumerateArray().Select(e => new ManifestEntry(
            e.GetProperty("name").GetString()!,
            e.GetProperty("source").GetString()!,
            e.GetProperty("sourceSha256").GetString()!,
            e.GetProperty("blob").GetString()!,
            e.GetProperty("blobSha256").GetString()!,
            e.GetProperty("size").GetInt64(),
            e.GetProperty("compressed").GetBoolean())).ToList();
    }
}
