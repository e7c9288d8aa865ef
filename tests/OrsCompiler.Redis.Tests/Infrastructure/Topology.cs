using System.Threading.Tasks;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>Which shared server a test runs against; the theories run every case on both.</summary>
public static class Topology
{
    public const string Standalone = "standalone";
    public const string Cluster = "cluster";

    public static TheoryData<string> Both => new() { Standalone, Cluster };

    public static string Configuration(this RedisServersFixture servers, string topology) =>
        topology == Cluster ? servers.ClusterConfiguration : servers.StandaloneConfiguration;

    public static Task<IRedisStore> ConnectAsync(this RedisServersFixture servers, string topology) =>
        RedisConnector.ConnectAsync(servers.Configuration(topology));
}
