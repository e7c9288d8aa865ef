using System;
using System.Collections.Generic;
using OrsCompiler.Text;

namespace OrsCompiler.Diagnostics;

/// <summary>One reported problem: a rule, where, how serious (after configuration), and the message.</summary>
public sealed class Diagnostic
{
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, string message)
        : this(descriptor, location, severity, message, Array.Empty<Location>())
    {
    }

    public Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, string message, IReadOnlyList<Location> additionalLocations)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Location = location ?? throw new ArgumentNullException(nameof(location));
        Severity = severity;
        Message = message;
        AdditionalLocations = additionalLocations ?? Array.Empty<Location>();
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Location Location { get; }

    public DiagnosticSeverity Severity { get; }

    public string Message { get; }

    /// <summary>Other places the problem involves (an unterminated comment: where the file ends).</summary>
    public IReadOnlyList<Location> AdditionalLocations { get; }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        new(descriptor, location, descriptor.DefaultSeverity, descriptor.FormatMessage(arguments));

    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Location, severity, Message, AdditionalLocations);

    public Diagnostic WithAdditionalLocations(params Location[] locations) =>
        new(Descriptor, Location, Severity, Message, locations);

    /// <summary>The canonical MSBuild/editor form: <c>path(line,col): error ORS2001: message</c>.</summary>
    public string ToCanonicalString(string? displayPath = null)
    {
        var category = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var s = Location.Start;
        return $"{displayPath ?? Location.FilePath}({s.Line},{s.Column}): {category} {Id}: {Message}";
    }

    public override string ToString() => ToCanonicalString();
}
