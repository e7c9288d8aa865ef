using System;
using System.Linq;
using System.Threading.Tasks;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Redis.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OrsCompiler.Redis.Tests.Releases;

/// <summary>
/// What a republish sends, measured as the servers see it: total_net_input_bytes on every node before and after a
/// publish made over a connection of its own (as one <c>orsc publish</c> run makes it, handshake included). Redis 7
/// counts a replica's replication stream in that figure too; it is not sent by the publisher, so
/// total_net_repl_input_bytes is taken off.
/// </summary>
[Collection(RedisServersCollection.Name)]
public sealed class PublishTrafficTests
{
    private const double Budget = 0.10;

    private readonly RedisServersFixture _servers;
    private readonly ITestOutputHelper _output;

    public PublishTrafficTests(RedisServersFixture servers, ITestOutputHelper output)
    {
        _servers = servers;
        _output = output;
    }

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task Republishing_the_conformance_documents_sends_a_small_fraction_of_their_blobs(string topology)
    {
        var cluster = _servers.UniqueClusterName("traffic");
        var documents = ConformanceBlobs.Documents;
        var blobBytes = documents.Sum(document => (long)document.Blob.Length);
        Assert.True(documents.Count >= 300, $"Only {documents.Count} conformance documents compiled.");

        var (first, firstBytes) = await MeasuredPublishAsync(topology, cluster, documents);
        var (unchanged, unchangedBytes) = await MeasuredPublishAsync(topology, cluster, documents);
        var changedDocument = ConformanceBlobs.Changed(documents[documents.Count / 2]);
        var oneChanged = documents.Select(document => document.Name == changedDocument.Name ? changedDocument : document).ToList();
        var (changed, changedBytes) = await MeasuredPublishAsync(topology, cluster, oneChanged);

        _output.WriteLine($"{topology}: {documents.Count} documents, {blobBytes} blob bytes; sent: first {firstBytes}, " +
            $"unchanged {unchangedBytes} ({(double)unchangedBytes / blobBytes:P1}), one changed {changedBytes} " +
            $"(blob {changedDocument.Blob.Length} + {(double)(changedBytes - changedDocument.Blob.Length) / blobBytes:P1})");
        Assert.True(first.Switched);
        Assert.True(firstBytes > blobBytes, "The first publish must send every blob: the measurement would be meaningless otherwise.");
        Assert.False(unchanged.Switched);
        Assert.Equal(documents.Count, unchanged.Diff.Unchanged.Count);
        Assert.True(unchangedBytes < Budget * blobBytes, $"An unchanged republish sent {unchangedBytes} bytes for {blobBytes} bytes of blobs.");
        Assert.True(changed.Switched);
        Assert.Equal(1, changed.BlobsWritten);
        Assert.Equal(new[] { changedDocument.Name }, changed.Diff.Changed);
        Assert.True(changedBytes > changedDocument.Blob.Length);
        Assert.True(
            changedBytes - changedDocument.Blob.Length < Budget * blobBytes,
            $"A republish with one changed document sent {changedBytes} bytes for a blob of {changedDocument.Blob.Length}.");

        using var redis = await _servers.ConnectAsync(topology);
        var current = await new ReleaseStore(redis, cluster).GetCurrentAsync();
        Assert.Equal(changed.ReleaseId, current!.ReleaseId);
        Assert.Equal(oneChanged.ToDictionary(document => document.Name, document => document.ContentHash), current.Documents);
    }

    private async Task<(PublishResult Result, long Bytes)> MeasuredPublishAsync(string topology, string cluster, System.Collections.Generic.IReadOnlyList<DocumentToPublish> documents)
    {
        var before = NetInputBytes(topology);
        PublishResult result;
        using (var redis = await _servers.ConnectAsync(topology))
        {
            result = await new ReleaseStore(redis, cluster).PublishAsync(documents);
        }

        return (result, NetInputBytes(topology) - before);
    }

    private long NetInputBytes(string topology) =>
        topology == Topology.Cluster ? _servers.Cluster.ClientInputBytes() : _servers.Standalone.ClientInputBytes();
}
