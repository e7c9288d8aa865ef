using System;
using System.Diagnostics;
using System.IO;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>Runs the real orsc (built next to the tests) as a child process.</summary>
internal static class OrscProcess
{
    public static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "orsc.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start orsc.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("orsc " + string.Join(' ', arguments) + " did not finish within 60 s.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
