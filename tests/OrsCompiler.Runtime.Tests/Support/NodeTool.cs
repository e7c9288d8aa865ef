using System;
using System.Diagnostics;
using System.IO;
using Xunit.Sdk;

namespace OrsCompiler.Runtime.Tests.Support;

/// <summary>
/// Runs the scripts in tests/node with Node.js. A missing node or npm package fails the test with the fix to apply:
/// the independent decoder is the point of those tests, so they must not silently pass without it.
/// </summary>
internal static class NodeTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string ScriptsDirectory { get; } = Path.Combine(FindRepositoryRoot(), "tests", "node");

    public static string Run(string script, params string[] arguments)
    {
        var modules = Path.Combine(ScriptsDirectory, "node_modules", "@msgpack", "msgpack");
        if (!Directory.Exists(modules))
        {
            throw new XunitException("The npm package @msgpack/msgpack is missing from " + ScriptsDirectory + ": run build/install-test-prerequisites.sh once.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ScriptsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(ScriptsDirectory, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new XunitException("Could not start node.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new XunitException("Node.js (node) is not on PATH; install it (build/install-test-prerequisites.sh documents the prerequisites): " + exception.Message);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new XunitException("node " + script + " did not finish within " + Timeout);
            }

            if (process.ExitCode != 0)
            {
                throw new XunitException("node " + script + " failed with exit code " + process.ExitCode + ":\n" + error.Result);
            }

            return output;
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "tests", "node", "package.json")))
            {
                return directory.FullName;
            }
        }

        throw new XunitException("Cannot find the repository root (tests/node/package.json) above " + AppContext.BaseDirectory);
    }
}
