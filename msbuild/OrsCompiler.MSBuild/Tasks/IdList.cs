using System;
using System.Collections.Generic;
using System.Linq;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>Diagnostic ID lists as MSBuild writes them (<c>NoWarn</c>, <c>WarningsAsErrors</c>): separated by ';' or ','.</summary>
internal static class IdList
{
    public static HashSet<string> Parse(string? value) =>
        new(
            (value ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(id => id.Trim()).Where(id => id.Length > 0),
            StringComparer.OrdinalIgnoreCase);
}
