using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>ORS4008: a literal <c>&lt;send delay&gt;</c> longer than a session may live never fires.</summary>
public sealed class SendDelayBeyondLifetimeRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.SendDelayBeyondSessionLifetime };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        var limit = context.Options.Server.MaxSessionLifetime;
        foreach (var send in context.Tree.Root!.DescendantsAndSelf())
        {
            var delay = ScxmlNames.IsScxml(send, ScxmlNames.Send) ? send.GetAttribute("delay") : null;
            if (delay == null)
            {
                continue;
            }

            // ORS evaluates delay as ECMAScript ("'30s'"); an unquoted 30s is an expression error, but the intent is plain.
            var text = LiteralValue.Of(delay.Value, context.Dialect) ?? delay.Value;
            if (DurationText.TryParse(text, out var duration) && duration > limit)
            {
                context.Report(DiagnosticCatalog.SendDelayBeyondSessionLifetime, delay.ValueLocation, text.Trim(), DurationText.Format(limit));
            }
        }
    }
}
