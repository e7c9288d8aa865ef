using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace OrsCompiler.Reporting;

/// <summary>Renders DOT to SVG with the Graphviz <c>dot</c> program (out of process; nothing of Graphviz is linked).</summary>
public static class GraphvizRenderer
{
    /// <summary>The program run when no path is given; <c>ORSC_DOT</c> names another.</summary>
    public const string DefaultProgram = "dot";

    public const string ProgramVariable = "ORSC_DOT";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The <c>dot</c> to run: <c>ORSC_DOT</c> when set, else <c>dot</c> on the PATH.</summary>
    public static string ProgramFromEnvironment() =>
        Environment.GetEnvironmentVariable(ProgramVariable) is { Length: > 0 } path ? path : DefaultProgram;

    /// <summary>The SVG text for <paramref name="dot"/>, without the XML declaration and doctype (ready to inline in HTML).</summary>
    /// <exception cref="GraphvizUnavailableException">dot is missing, failed or took longer than <see cref="Timeout"/>.</exception>
    public static string RenderSvg(string dot, string? program = null)
    {
        program ??= ProgramFromEnvironment();
        var start = new ProcessStartInfo(program, "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GraphvizUnavailableException(Missing(program), programMissing: true);
        }
        catch (Exception e) when (e is Win32Exception or FileNotFoundException or InvalidOperationException)
        {
            throw new GraphvizUnavailableException(Missing(program), programMissing: true);
        }

        using (process)
        {
            // Read both streams while writing: a large graph fills the pipes before dot has read all its input.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            try
            {
                using (var input = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
                {
                    input.Write(dot);
                }
            }
            catch (IOException)
            {
                // dot quit before reading everything; its exit code and message say why.
            }

            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                try
                {
                    process.Kill();
                }
                catch (InvalidOperationException)
                {
                    // It ended meanwhile.
                }

                throw new GraphvizUnavailableException($"Graphviz '{program}' did not finish within {Timeout.TotalSeconds:0} s.");
            }

            Task.WaitAll(output, error);
            if (process.ExitCode != 0)
            {
                throw new GraphvizUnavailableException($"Graphviz '{program}' failed (exit code {process.ExitCode}): {error.Result.Trim()}");
            }

            return StripProlog(output.Result);
        }
    }

    private static string Missing(string program) =>
        $"Graphviz '{program}' was not found. Install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz), " +
        $"set {ProgramVariable} to the dot program, or choose --format dot or mermaid.";

    private static string StripProlog(string svg)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg.Substring(start) : svg;
    }
}
