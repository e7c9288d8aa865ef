using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>Finds redis-server, redis-cli and openssl on PATH; a missing one fails the test, never skips it.</summary>
internal static class RedisExecutables
{
    public static string Server => Find("redis-server");

    public static string Cli => Find("redis-cli");

    public static string OpenSsl => Find("openssl");

    /// <summary>Runs a tool to completion and returns its standard output; a non-zero exit fails the test.</summary>
    public static string Run(string executable, string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {executable}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(executable)} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(executable)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }

        return output.Result;
    }

    private static string Find(string name)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
        return path ?? throw new InvalidOperationException(
            $"'{name}' is not installed. The Redis tests need real servers: run build/install-test-prerequisites.sh " +
            "(it installs redis-server, redis-tools and openssl).");
    }
}
