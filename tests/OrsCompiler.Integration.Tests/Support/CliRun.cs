using System.IO;
using System.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Cli.Commands;

namespace OrsCompiler.Integration.Tests.Support;

/// <summary>Runs orsc commands in-process with captured output (fast), as Program.Main would.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Output, string Error) Build(string output, bool compress = false, params string[] inputs)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CommandRunner.Run(() => BuildCommand.Run(inputs, output, compress, AnalysisOptions.Default, stdout, stderr));
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    public static (int ExitCode, string Output, string Error) Inspect(string blob, bool raw = false)
    {
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exitCode = InspectCommand.Run(blob, raw, stdout, stderr);
        return (exitCode, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
