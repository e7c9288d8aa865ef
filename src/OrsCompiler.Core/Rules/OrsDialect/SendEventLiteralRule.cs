using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Expressions;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.OrsDialect;

/// <summary>
/// ORS5111: <c>&lt;send event="crm.done"&gt;</c> in an ORS document. The value parses (it reads the variable
/// <c>crm</c>), but when the document declares no such variable it is a W3C event name written where ORS expects an
/// expression. Declared means: a <c>&lt;data id&gt;</c>, a <c>foreach</c> item or index, a name a script declares or
/// assigns, an ECMAScript global, or a system variable (<c>_event</c>, <c>_genesys</c>...: every name with '_').
/// </summary>
public sealed class SendEventLiteralRule : DocumentRule
{
    private static readonly HashSet<string> Globals = new(StringComparer.Ordinal)
    {
        "Math", "JSON", "Date", "String", "Number", "Object", "Array", "Boolean", "RegExp", "Error", "Function",
        "parseInt", "parseFloat", "isNaN", "isFinite", "undefined", "NaN", "Infinity", "eval", "escape", "unescape",
        "encodeURI", "encodeURIComponent", "decodeURI", "decodeURIComponent", "this", "true", "false", "null", "In",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.SendEventReadsUndeclaredVariable };

    public override bool RequiresChart => false;

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        HashSet<string>? declared = null;
        foreach (var element in context.Tree.Root!.DescendantsAndSelf())
        {
            if (!ScxmlNames.IsScxml(element, ScxmlNames.Send) || element.GetAttribute("event") is not { } attribute || !OrsSendLiteral.IsNamePath(attribute.Value))
            {
                continue;
            }

            var name = attribute.Value.Trim();
            var dot = name.IndexOf('.');
            var root = dot < 0 ? name : name.Substring(0, dot);
            if (root.StartsWith("_", StringComparison.Ordinal) || Globals.Contains(root))
            {
                continue;
            }

            declared ??= DeclaredNames(context.Tree.Root!);
            if (!declared.Contains(root))
            {
                context.Report(DiagnosticCatalog.SendEventReadsUndeclaredVariable, attribute.ValueLocation, name, root);
            }
        }
    }

    // Generous on purpose: any word a script mentions counts as declared, so the warning fires only for names the
    // document never defines anywhere.
    private static HashSet<string> DeclaredNames(SyntaxElement root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.NamespaceUri != ScxmlNames.Namespace)
            {
                continue;
            }

            switch (element.LocalName)
            {
                case ScxmlNames.Data:
                    Add(names, element.GetAttributeValue("id"));
                    break;
                case ScxmlNames.Foreach:
                    Add(names, element.GetAttributeValue("item"));
                    Add(names, element.GetAttributeValue("index"));
                    break;
                case ScxmlNames.Script:
                    foreach (Match word in Regex.Matches(ScriptSource.From(element).Text, @"[A-Za-z_$][\w$]*"))
                    {
                        names.Add(word.Value);
                    }

                    break;
            }
        }

        return names;
    }

    private static void Add(HashSet<string> names, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            names.Add(name!.Trim());
        }
    }
}
