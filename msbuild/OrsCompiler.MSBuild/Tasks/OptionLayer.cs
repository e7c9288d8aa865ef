using System;
using System.Collections.Generic;
using Microsoft.Build.Utilities;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>
/// The options one MSBuild source sets (project properties, an item's metadata): the analysis options every front end
/// shares, plus <c>Compress</c>, which only a build has. Null means "not set here".
/// </summary>
internal sealed record OptionLayer(OptionOverrides Analysis, bool? Compress)
{
    /// <summary>The task parameter and item metadata that carries <c>Compress</c>.</summary>
    public const string CompressName = "Compress";

    /// <summary>Reads the values by their item metadata names (<see cref="OptionKey.Name"/>); logs an error per bad value and returns null.</summary>
    public static OptionLayer? Parse(Func<string, string?> read, string source, TaskLoggingHelper log)
    {
        var problems = new List<OptionProblem>();
        var analysis = OptionOverrides.Read(key => read(key.Name), problems);
        foreach (var problem in problems)
        {
            LogInvalid(problem.Key.Name, problem.Value, problem.Expected);
        }

        var compressValid = OptionValue.TryParseBool(read(CompressName), out var compress);
        if (!compressValid)
        {
            LogInvalid(CompressName, read(CompressName), "true or false");
        }

        return problems.Count == 0 && compressValid ? new OptionLayer(analysis, compress) : null;

        void LogInvalid(string name, string? value, string expected) =>
            DiagnosticLogger.LogBuildError(log, DiagnosticCatalog.InvalidOptionValue, source, source, name, value, expected);
    }
}
