using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>
/// A real Redis Cluster on loopback: three masters, each with one replica, so a stopped master fails over and its
/// data stays readable. Created with <c>redis-cli --cluster create</c>.
/// </summary>
internal sealed class RedisTestCluster : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly List<RedisServerProcess> _nodes = new();

    private RedisTestCluster()
    {
    }

    public IReadOnlyList<RedisServerProcess> Nodes => _nodes;

    /// <summary>A configuration string naming one node only: the client discovers the rest.</summary>
    public string Configuration => Nodes[0].EndPoint + ",connectTimeout=3000,syncTimeout=3000";

    public static RedisTestCluster Start()
    {
        var cluster = new RedisTestCluster();
        try
        {
            var options = new[]
            {
                "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "1000",
                "--cluster-require-full-coverage", "no", "--cluster-replica-validity-factor", "0",
            };
            for (var i = 0; i < 6; i++)
            {
                cluster._nodes.Add(RedisServerProcess.Start(options));
            }

            var arguments = new List<string> { "--cluster", "create" };
            arguments.AddRange(cluster._nodes.Select(node => node.EndPoint));
            arguments.AddRange(new[] { "--cluster-replicas", "1", "--cluster-yes" });
            RedisExecutables.Run(RedisExecutables.Cli, cluster._nodes[0].Directory, Timeout, arguments.ToArray());
            cluster.WaitUntil(() => cluster.AllSlotsServed(), "all slots to be served by a master");
            cluster.WaitUntil(() => cluster.AllReplicasInSync(), "every replica to finish its first sync");
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>Bytes every running node has received from clients (see RedisServerProcess.ClientInputBytes), summed.</summary>
    public long ClientInputBytes() => _nodes.Where(node => node.IsRunning).Sum(node => node.ClientInputBytes());

    /// <summary>The hash slot Redis itself computes for a key.</summary>
    public int KeySlot(string key) =>
        int.Parse(Cli(_nodes.First(node => node.IsRunning), "cluster", "keyslot", key).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The running master that serves the slot of <paramref name="key"/>.</summary>
    public RedisServerProcess MasterFor(string key)
    {
        var survivor = _nodes.First(node => node.IsRunning);
        var slot = KeySlot(key);
        var port = ReadMasters(survivor).First(master => master.Slots.Any(range => range.First <= slot && slot <= range.Last)).Port;
        return _nodes.First(node => node.Port == port);
    }

    /// <summary>Waits until another node has taken over every slot of a stopped master.</summary>
    public void WaitForFailover() => WaitUntil(AllSlotsServed, "a replica to take over the stopped master's slots");

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }
    }

    private bool AllSlotsServed()
    {
        var survivor = _nodes.FirstOrDefault(node => node.IsRunning);
        if (survivor == null)
        {
            return false;
        }

        var running = _nodes.Where(node => node.IsRunning).Select(node => node.Port).ToHashSet();
        var masters = ReadMasters(survivor).Where(master => running.Contains(master.Port) && !master.Failed).ToList();
        var served = masters.SelectMany(master => master.Slots).Sum(range => range.Last - range.First + 1);
        var states = _nodes.Where(node => node.IsRunning).Select(node => Cli(node, "cluster", "info"));
        return served == 16384 && states.All(state => state.Contains("cluster_state:ok", StringComparison.Ordinal));
    }

    // Until a replica's first sync is done, a stopped master would take its writes with it.
    private bool AllReplicasInSync() => _nodes.Where(node => node.IsRunning).Select(node => Cli(node, "info", "replication"))
        .Where(info => info.Contains("role:slave", StringComparison.Ordinal))
        .All(info => info.Contains("master_link_status:up", StringComparison.Ordinal) && !info.Contains("master_sync_in_progress:1", StringComparison.Ordinal));

    private static IEnumerable<MasterNode> ReadMasters(RedisServerProcess node)
    {
        // CLUSTER NODES: <id> <ip:port@bus> <flags> <master> <ping> <pong> <epoch> <link> <slot ranges...>
        foreach (var line in Cli(node, "cluster", "nodes").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ');
            if (fields.Length < 8 || !fields[2].Contains("master", StringComparison.Ordinal))
            {
                continue;
            }

            var port = int.Parse(fields[1].Split('@')[0].Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
            var slots = fields.Skip(8).Where(field => !field.StartsWith('[')).Select(ParseRange).ToList();
            yield return new MasterNode(port, fields[2].Contains("fail", StringComparison.Ordinal), slots);
        }
    }

    private static (int First, int Last) ParseRange(string text)
    {
        var parts = text.Split('-');
        var first = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return (first, parts.Length == 2 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : first);
    }

    private static string Cli(RedisServerProcess node, params string[] command)
    {
        var arguments = new List<string> { "-h", "127.0.0.1", "-p", node.Port.ToString() };
        arguments.AddRange(command);
        return RedisExecutables.Run(RedisExecutables.Cli, node.Directory, TimeSpan.FromSeconds(10), arguments.ToArray());
    }

    private void WaitUntil(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"The test cluster did not reach {what} within {Timeout}.");
    }

    private sealed record MasterNode(int Port, bool Failed, IReadOnlyList<(int First, int Last)> Slots);
}
