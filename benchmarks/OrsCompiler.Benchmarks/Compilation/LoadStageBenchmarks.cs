using System;
using System.Linq;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;

namespace OrsCompiler.Benchmarks.Compilation;

/// <summary>
/// Where the time of <see cref="ConformanceLoadBenchmarks.LoadBlobs"/> goes: each stage of loading on its own, and the
/// floor that SHA-256 sets: a one-shot call per blob, the loader's reused per-thread hash per blob, and all bytes in
/// one call (what hashing costs without the per-call overhead).
/// Run: dotnet run -c Release --project benchmarks/OrsCompiler.Benchmarks -- --filter '*LoadStage*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 5)]
public class LoadStageBenchmarks
{
    private ConformanceCorpus _corpus = null!;
    private ReadOnlyMemory<byte>[] _bodies = null!;
    private byte[] _all = null!;

    [GlobalSetup]
    public void Setup()
    {
        _corpus = ConformanceCorpus.Instance;
        _bodies = Array.ConvertAll(_corpus.Blobs, b => OrsDocumentLoader.ReadBody(b));
        _all = _corpus.Blobs.SelectMany(b => b).ToArray();
    }

    [Benchmark]
    public int Sha256PerBlob()
    {
        var n = 0;
        foreach (var blob in _corpus.Blobs)
        {
            n += SHA256.HashData(blob)[0];
        }

        return n;
    }

    /// <summary>What the loader pays: the runtime's hash helper (a per-thread reused hash object) into a stack buffer.</summary>
    [Benchmark]
    public int Sha256HexPerBlob()
    {
        var n = 0;
        Span<byte> digest = stackalloc byte[Sha256Hex.DigestLength];
        foreach (var blob in _corpus.Blobs)
        {
            Sha256Hex.Hash(blob, digest);
            n += digest[0];
        }

        return n;
    }

    [Benchmark]
    public int Sha256AllAtOnce() => SHA256.HashData(_all)[0];

    [Benchmark]
    public int Header()
    {
        var n = 0;
        foreach (var blob in _corpus.Blobs)
        {
            n += OrsDocumentLoader.ReadHeader(blob).FormatMajor;
        }

        return n;
    }

    [Benchmark]
    public int HeaderAndHash()
    {
        var n = 0;
        foreach (var blob in _corpus.Blobs)
        {
            n += OrsDocumentLoader.ReadBody(blob).Length;
        }

        return n;
    }

    [Benchmark]
    public int Body()
    {
        var n = 0;
        var header = new BlobHeader();
        foreach (var body in _bodies)
        {
            n += DocumentBodyReader.Read(body.Span, header).States.Count;
        }

        return n;
    }

    [Benchmark]
    public int BodyAndValidate()
    {
        var n = 0;
        var header = new BlobHeader();
        foreach (var body in _bodies)
        {
            var document = DocumentBodyReader.Read(body.Span, header);
            document.Validate();
            n += document.States.Count;
        }

        return n;
    }
}
