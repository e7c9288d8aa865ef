using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;

using OrsCompiler.Core.Tests.Conformance;

namespace OrsCompiler.Core.Tests.Expressions;

/// <summary>
/// The W3C and SCION conformance documents (npm @scion-scxml/test-framework, installed by
/// build/install-test-prerequisites.sh). Only documents that really contain invalid ECMAScript may get ORS3xxx.
/// </summary>
public class ConformanceExpressionTests
{
    // Document -> why it is invalid. Each one tests on purpose that an invalid expression raises error.execution.
    private static readonly Dictionary<string, string> KnownInvalid = new(StringComparer.Ordinal)
    {
        ["assign/assign_invalid.scxml"] = "<assign expr=\"{p1: 'v1'\"/>: unterminated object literal",
        ["data/data_invalid.scxml"] = "<data expr=\"{p1: 'v1'\"/>: unterminated object literal",
        ["w3c-ecma/test152.txml.scxml"] = "<foreach item=\"'continue'\">: a string literal is not a variable name",
        ["w3c-ecma/test156.txml.scxml"] = "<assign expr=\"return\"/>: 'return' is a keyword, not an expression",
        ["w3c-ecma/test277.txml.scxml"] = "<data expr=\"return\"/>: 'return' is not an expression",
        ["w3c-ecma/test309.txml.scxml"] = "<transition cond=\"return\">: 'return' is not an expression",
        ["w3c-ecma/test312.txml.scxml"] = "<assign expr=\"return\"/>: 'return' is not an expression",
        ["w3c-ecma/test313.txml.scxml"] = "<assign expr=\"return\"/>: 'return' is not an expression",
        ["w3c-ecma/test314.txml.scxml"] = "<assign expr=\"return\"/>: 'return' is not an expression",
        ["w3c-ecma/test344.txml.scxml"] = "<transition cond=\"return\">: 'return' is not an expression",
        ["w3c-ecma/test457.txml.scxml"] = "<foreach item=\"'continue'\">: a string literal is not a variable name",
        ["w3c-ecma/test487.txml.scxml"] = "<assign expr=\"return\"/>: 'return' is not an expression",
        ["w3c-ecma/test488.txml.scxml"] = "<param expr=\"return\"/>: 'return' is not an expression",
        ["w3c-ecma/test528.txml.scxml"] = "<content expr=\"return\"/>: 'return' is not an expression",
    };

    [Fact]
    public void Conformance_expression_diagnostics_are_exactly_the_known_invalid_ones()
    {
        var folder = ConformanceSuite.Folder();
        var files = Directory.GetFiles(folder, "*.scxml", SearchOption.AllDirectories);
        Assert.Equal(335, files.Length);

        var flagged = new List<string>();
        foreach (var file in files)
        {
            var result = DocumentAnalyzer.AnalyzeFile(file);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ORS1099");
            if (result.Diagnostics.Any(d => d.Id.StartsWith("ORS3", StringComparison.Ordinal)))
            {
                flagged.Add(Path.GetRelativePath(folder, file).Replace('\\', '/'));
            }
        }

        Assert.Equal(KnownInvalid.Keys.OrderBy(k => k, StringComparer.Ordinal), flagged.OrderBy(k => k, StringComparer.Ordinal));
    }
}
