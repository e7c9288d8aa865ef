using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2013, ORS2014: a literal <c>delay</c> is a CSS2 time, and a send to the internal queue is never delayed.
/// In the ORS dialect <c>delay</c> is an expression; the schema says so and the expression rules check it.
/// </summary>
public sealed class SendDelayRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.InvalidDelay,
        DiagnosticCatalog.DelayWithInternalTarget,
    };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var schema = ScxmlSchema.For(context.Dialect);
        foreach (var (element, elementSchema) in schema.Elements(context))
        {
            if (elementSchema == null || element.LocalName != ScxmlNames.Send)
            {
                continue;
            }

            var delay = element.GetAttribute("delay");
            if (delay != null && elementSchema.FindAttribute("delay")?.Kind == AttributeKind.Duration && !IsCss2Time(delay.Value))
            {
                context.Report(DiagnosticCatalog.InvalidDelay, delay.ValueLocation, delay.Value);
            }

            var anyDelay = delay ?? element.GetAttribute("delayexpr");
            var target = element.GetAttribute("target");
            if (anyDelay != null && target != null && schema.IsInternalTarget(target.Value.Trim()))
            {
                context.Report(DiagnosticCatalog.DelayWithInternalTarget, anyDelay.Location);
            }
        }
    }

    /// <summary>CSS2 time: digits, optionally a fraction (or only a fraction), then 'ms' or 's'.</summary>
    public static bool IsCss2Time(string value)
    {
        value = value.Trim();
        var unitLength = value.EndsWith("ms", System.StringComparison.Ordinal) ? 2 : value.EndsWith("s", System.StringComparison.Ordinal) ? 1 : 0;
        if (unitLength == 0)
        {
            return false;
        }

        var number = value.Length - unitLength;
        var i = 0;
        var integerDigits = 0;
        while (i < number && char.IsDigit(value[i]))
        {
            i++;
            integerDigits++;
        }

        if (i < number && value[i] == '.')
        {
            i++;
            var fractionDigits = 0;
            while (i < number && char.IsDigit(value[i]))
            {
                i++;
                fractionDigits++;
            }

            if (fractionDigits == 0)
            {
                return false;
            }
        }
        else if (integerDigits == 0)
        {
            return false;
        }

        return i == number;
    }
}
