using System;

namespace OrsCompiler.Reporting;

/// <summary>Graphviz <c>dot</c> could not be run, or did not render: the message says what to do.</summary>
public sealed class GraphvizUnavailableException : Exception
{
    public GraphvizUnavailableException(string message, bool programMissing = false)
        : base(message)
    {
        ProgramMissing = programMissing;
    }

    /// <summary>True when dot could not be started at all (so no later call will do better).</summary>
    public bool ProgramMissing { get; }
}
