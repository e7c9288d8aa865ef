using System;

namespace OrsCompiler.Runtime.Model;

/// <summary>A 1-based line and column in the strategy source; (0, 0) when unknown.</summary>
public readonly struct SourcePosition : IEquatable<SourcePosition>
{
    public SourcePosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>The position used when the compiler had no line information.</summary>
    public static SourcePosition Unknown => default;

    public int Line { get; }

    public int Column { get; }

    public bool IsKnown => Line > 0;

    public static bool operator ==(SourcePosition left, SourcePosition right) => left.Equals(right);

    public static bool operator !=(SourcePosition left, SourcePosition right) => !left.Equals(right);

    public bool Equals(SourcePosition other) => Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is SourcePosition other && Equals(other);

    public override int GetHashCode() => (Line * 397) ^ Column;

    /// <summary>"line,column", the form MSBuild-style diagnostics use.</summary>
    public override string ToString() => Line + "," + Column;
}
