using System;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>Runs the handler on the reporting thread, so a test can act at an exact point of a publish.</summary>
internal sealed class SynchronousProgress : IProgress<string>
{
    private readonly Action<string> _handler;

    public SynchronousProgress(Action<string> handler) => _handler = handler;

    public void Report(string value) => _handler(value);
}
