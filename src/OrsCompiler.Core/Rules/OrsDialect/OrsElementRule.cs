using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Ors;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.OrsDialect;

/// <summary>
/// Genesys module elements: ORS5109 unknown module namespace, ORS5101 unknown element (did you mean...),
/// ORS5105 a child the element does not accept, ORS5106 a part of an action outside it (queue:target outside queue:targets),
/// ORS5110 an action where nothing executes it (directly in a state).
/// </summary>
public sealed class OrsElementRule : DocumentRule
{
    // SCXML elements whose children are executable content (<elseif>/<else> are empty markers inside <if>).
    private static readonly HashSet<string> ExecutableContainers = new()
    {
        ScxmlNames.OnEntry, ScxmlNames.OnExit, ScxmlNames.Transition, ScxmlNames.If, ScxmlNames.Foreach, ScxmlNames.Finalize,
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.UnknownOrsElement,
        DiagnosticCatalog.UnexpectedOrsChild,
        DiagnosticCatalog.MisplacedOrsElement,
        DiagnosticCatalog.UnknownGenesysModule,
        DiagnosticCatalog.OrsActionOutsideExecutableContent,
    };

    public override bool RequiresChart => false;

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        var reportedModules = new HashSet<string>();
        foreach (var element in context.Tree.Root!.DescendantsAndSelf())
        {
            if (!ScxmlNames.IsGenesysNamespace(element.NamespaceUri))
            {
                continue;
            }

            var module = OrsModuleCatalog.FindModule(element.NamespaceUri);
            if (module == null)
            {
                // Once per namespace: every element of a misspelt module would say the same.
                if (reportedModules.Add(element.NamespaceUri))
                {
                    var suggestion = SpellingSuggestion.DidYouMean(element.NamespaceUri, OrsModuleCatalog.Modules.Select(m => m.NamespaceUri));
                    context.Report(DiagnosticCatalog.UnknownGenesysModule, element.NameLocation, element.NamespaceUri, suggestion);
                }

                continue;
            }

            if (!module.HasKnownElements)
            {
                continue;
            }

            var info = module.FindElement(element.LocalName);
            if (info == null)
            {
                // The stored documentation lists no module's elements completely (the interaction module alone has
                // common, voice, multimedia and chat actions): only a near miss of a documented name is reported.
                var suggestion = SpellingSuggestion.Find(element.LocalName, module.Elements.Select(e => e.LocalName));
                if (suggestion != null)
                {
                    context.Report(DiagnosticCatalog.UnknownOrsElement, element.NameLocation, element.Name, module.Name, $" (did you mean '{suggestion}'?)");
                }

                continue;
            }

            CheckChildren(context, element, info);
            if (info is OrsActionInfo)
            {
                CheckActionPlacement(context, element);
            }
            else
            {
                CheckPlacement(context, element, module);
            }
        }
    }

    private static void CheckChildren(DocumentContext context, SyntaxElement element, OrsElementInfo info)
    {
        if (!info.IsChildListComplete)
        {
            return;
        }

        foreach (var child in element.Elements)
        {
            if (!info.AllowsChild(child.NamespaceUri, child.LocalName))
            {
                var allowed = info.Children.Count == 0 ? "no child elements" : string.Join(", ", info.Children.Select(c => Display(element, c)));
                context.Report(DiagnosticCatalog.UnexpectedOrsChild, child.NameLocation, child.Name, element.Name, allowed);
            }
        }
    }

    // An action directly in a state (or datamodel...) is never executed; inside another Genesys element the parent's child check applies.
    private static void CheckActionPlacement(DocumentContext context, SyntaxElement element)
    {
        var parent = element.Parent;
        if (parent != null && parent.NamespaceUri == ScxmlNames.Namespace && !ExecutableContainers.Contains(parent.LocalName))
        {
            context.Report(DiagnosticCatalog.OrsActionOutsideExecutableContent, element.NameLocation, element.Name, parent.Name);
        }
    }

    // A part outside any element of its module that accepts it. Inside another Genesys element it is that element's
    // child check (ORS5105), or, where the documentation does not list the parent's children, accepted.
    private static void CheckPlacement(DocumentContext context, SyntaxElement element, OrsModule module)
    {
        var parent = element.Parent;
        if (parent != null && ScxmlNames.IsGenesysNamespace(parent.NamespaceUri))
        {
            return;
        }

        var owner = module.Elements.FirstOrDefault(e => e.IsChildListComplete && e.AllowsChild(module.NamespaceUri, element.LocalName));
        if (owner != null && (parent == null || parent.NamespaceUri != module.NamespaceUri || parent.LocalName != owner.LocalName))
        {
            var ownerName = element.Prefix.Length == 0 ? owner.LocalName : element.Prefix + ":" + owner.LocalName;
            context.Report(DiagnosticCatalog.MisplacedOrsElement, element.NameLocation, element.Name, ownerName);
        }
    }

    // Children are shown with the prefix the document uses for their module (core SCXML elements unprefixed).
    // (a child of another module with that module's usual prefix).
    private static string Display(SyntaxElement parent, OrsChildElement child)
    {
        if (child.NamespaceUri == parent.NamespaceUri)
        {
            return parent.Prefix.Length > 0 ? parent.Prefix + ":" + child.LocalName : child.LocalName;
        }

        return OrsModuleCatalog.FindModule(child.NamespaceUri) is { } module ? module.Name + ":" + child.LocalName : child.LocalName;
    }
}
