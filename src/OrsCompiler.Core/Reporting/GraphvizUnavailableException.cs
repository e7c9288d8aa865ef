using System;

namespace OrsCompiler.Reporting;

/// <summary>Graphviz <c>dot</c> could not be run, or did not render: the message says what to do.</summary>
public sealed class GraphvizUnavailableException : Exception
{
    public GraphvizUnavailableException(string message)
        : base(message)
    {
    }
}
