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

        if (args is ["--session-memory"])
        {
            Engine.SessionMemory.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
