using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>
/// One real redis-server on 127.0.0.1, in its own temporary directory, without persistence. Stopped by its PID.
/// </summary>
internal sealed class RedisServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly IReadOnlyList<string> _arguments;
    private Process? _process;

    private RedisServerProcess(string directory, int port, IReadOnlyList<string> arguments)
    {
        Directory = directory;
        Port = port;
        _arguments = arguments;
    }

    public int Port { get; }

    public string Directory { get; }

    public string EndPoint => "127.0.0.1:" + Port;

    public bool IsRunning => _process is { HasExited: false };

    /// <param name="extraArguments">Extra redis-server options, e.g. "--requirepass", "secret".</param>
    /// <param name="tls">Serve TLS only, on <see cref="Port"/>, with this certificate set.</param>
    public static RedisServerProcess Start(IEnumerable<string>? extraArguments = null, TestCertificates? tls = null, int? port = null)
    {
        var chosenPort = port ?? FreePorts.Next();
        var directory = Path.Combine(Path.GetTempPath(), "ors-redis-" + chosenPort + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        var arguments = new List<string>
        {
            "--bind", "127.0.0.1", "--protected-mode", "yes", "--dir", directory, "--logfile", "redis.log",
            "--save", "", "--appendonly", "no", "--daemonize", "no",
        };
        if (tls == null)
        {
            arguments.AddRange(new[] { "--port", chosenPort.ToString() });
        }
        else
        {
            arguments.AddRange(new[]
            {
                "--port", "0", "--tls-port", chosenPort.ToString(), "--tls-cert-file", tls.ServerCertificate,
                "--tls-key-file", tls.ServerKey, "--tls-ca-cert-file", tls.CaCertificate, "--tls-auth-clients", "no",
            });
        }

        arguments.AddRange(extraArguments ?? Array.Empty<string>());
        var server = new RedisServerProcess(directory, chosenPort, arguments);
        server.Launch();
        return server;
    }

    /// <summary>
    /// Bytes the server has received from clients: INFO stats total_net_input_bytes less total_net_repl_input_bytes
    /// (Redis 7 counts a replica's replication stream in both; the cluster bus in neither). The redis-cli call that
    /// reads it adds a few dozen bytes.
    /// </summary>
    public long ClientInputBytes()
    {
        var stats = RedisExecutables.Run(RedisExecutables.Cli, Directory, TimeSpan.FromSeconds(10), "-h", "127.0.0.1", "-p", Port.ToString(), "info", "stats")
            .Split('\n').Select(text => text.Trim()).ToList();
        long Stat(string name) => long.Parse(
            stats.First(text => text.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..],
            System.Globalization.CultureInfo.InvariantCulture);
        return Stat("total_net_input_bytes") - Stat("total_net_repl_input_bytes");
    }

    /// <summary>Pauses (SIGSTOP) or resumes (SIGCONT) the server by its PID: a server that accepts but never answers.</summary>
    public void Signal(bool pause)
    {
        var pid = _process?.Id ?? throw new InvalidOperationException("The server is not running.");
        using var kill = Process.Start("kill", new[] { pause ? "-STOP" : "-CONT", pid.ToString() })
            ?? throw new InvalidOperationException("Cannot run kill.");
        kill.WaitForExit(5000);
    }

    /// <summary>Starts the server again with the same options and directory (e.g. a cluster node rejoining).</summary>
    public void Restart()
    {
        Stop();
        Launch();
    }

    /// <summary>Kills the server by its PID (SIGKILL: a crash, not a shutdown).</summary>
    public void Stop()
    {
        if (_process == null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private void Launch()
    {
        var start = new ProcessStartInfo(RedisExecutables.Server) { WorkingDirectory = Directory, UseShellExecute = false };
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start redis-server.");
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server on port {Port} exited at start: {ReadLog()}");
            }

            if (Accepts())
            {
                return;
            }

            Thread.Sleep(50);
        }

        Stop();
        throw new TimeoutException($"redis-server on port {Port} did not accept connections within {StartTimeout}: {ReadLog()}");
    }

    private bool Accepts()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private string ReadLog()
    {
        var log = Path.Combine(Directory, "redis.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }
}
