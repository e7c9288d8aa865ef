using System;
using System.IO;

namespace OrsCompiler.Runtime;

/// <summary>Loads compiled documents (.orsdoc blobs) and reads their headers.</summary>
/// <remarks>Contract shared by the runtime, the Redis publisher and the Redis document source.</remarks>
public static class OrsDocumentLoader
{
    /// <summary>Decodes and verifies a whole blob.</summary>
    /// <exception cref="InvalidDocumentBlobException">The blob is corrupt, truncated, tampered with, or of an unsupported version.</exception>
    public static CompiledDocument Load(ReadOnlyMemory<byte> blob) => throw new NotImplementedException();

    public static CompiledDocument Load(Stream stream) => throw new NotImplementedException();

    public static CompiledDocument LoadFile(string path) => throw new NotImplementedException();

    /// <summary>Reads only the header (name, versions, hashes) without decoding the body.</summary>
    public static BlobHeader ReadHeader(ReadOnlySpan<byte> blob) => throw new NotImplementedException();
}
