using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>Real .orsdoc blobs written by the runtime's own writer: a root with one atomic state.</summary>
internal static class RealBlobs
{
    public static byte[] Create(string documentName, string stateId)
    {
        var document = new CompiledDocument
        {
            Name = documentName,
            States = new[]
            {
                new CompiledState { Index = 0, Id = "", Kind = StateKind.Root, Parent = -1, Depth = 0, Children = new[] { 1 }, InitialTransition = 0 },
                new CompiledState { Index = 1, Id = stateId, Kind = StateKind.Atomic, Parent = 0, Depth = 1 },
            },
            Transitions = new[]
            {
                new CompiledTransition { Index = 0, Source = 0, Targets = new[] { 1 }, Domain = 0, ExitSet = new[] { 1 } },
            },
        };
        return DocumentBlobWriter.Write(document, new BlobWriteOptions { CompilerVersion = "test", DocumentName = documentName });
    }
}
