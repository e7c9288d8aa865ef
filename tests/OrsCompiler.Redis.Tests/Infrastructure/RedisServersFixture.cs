using System;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>
/// The servers the Redis tests share: one standalone server and one cluster, started once per test run. Each test
/// uses its own ORS cluster name, so tests never see each other's keys.
/// </summary>
public sealed class RedisServersFixture : IDisposable
{
    private int _names;

    public RedisServersFixture()
    {
        Standalone = RedisServerProcess.Start();
        try
        {
            Cluster = RedisTestCluster.Start();
        }
        catch
        {
            Standalone.Dispose();
            throw;
        }
    }

    /// <summary>A configuration string for the standalone server.</summary>
    public string StandaloneConfiguration => Standalone.EndPoint + ",connectTimeout=3000,syncTimeout=3000";

    /// <summary>A configuration string naming one node of the cluster.</summary>
    public string ClusterConfiguration => Cluster.Configuration;

    internal RedisServerProcess Standalone { get; }

    internal RedisTestCluster Cluster { get; }

    /// <summary>A cluster name no other test uses.</summary>
    public string UniqueClusterName(string test) => test + "-" + System.Threading.Interlocked.Increment(ref _names);

    public void Dispose()
    {
        Cluster.Dispose();
        Standalone.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class RedisServersCollection : ICollectionFixture<RedisServersFixture>
{
    public const string Name = "Redis servers";
}
