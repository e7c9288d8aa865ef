using BenchmarkDotNet.Running;

namespace OrsCompiler.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--profile-lint"])
        {
            LintProfile.Run();
            return;
        }

        if (args is ["--publish-figures", ..])
        {
            Redis.PublishFigures.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
            return;
        }

        if (args is ["--session-memory"])
        {
            Engine.SessionMemory.Run();
            return;
        }

        if (args is ["--engine-vs-scion", ..])
        {
            Engine.EngineVsScion.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (args is ["--graph-figures", ..])
        {
            Graph.GraphFigures.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
