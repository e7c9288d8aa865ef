using System;
using System.Collections.Generic;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Compilation;

/// <summary>
/// Compiles executable content and the structural elements the runtime models as actions (param, content, invoke,
/// finalize, donedata) into <see cref="CompiledAction"/> trees. Every element keeps its attributes; elements outside
/// the SCXML vocabulary (ORS module actions such as <c>queue:submit</c>) become <see cref="ActionKind.Custom"/> with
/// their namespace and local name, their child elements compiled the same way.
/// </summary>
internal sealed class ActionCompiler
{
    private static readonly Dictionary<string, ActionKind> ScxmlKinds = new(StringComparer.Ordinal)
    {
        [ScxmlNames.Raise] = ActionKind.Raise,
        [ScxmlNames.Send] = ActionKind.Send,
        [ScxmlNames.Cancel] = ActionKind.Cancel,
        [ScxmlNames.Log] = ActionKind.Log,
        [ScxmlNames.Assign] = ActionKind.Assign,
        [ScxmlNames.Script] = ActionKind.Script,
        [ScxmlNames.If] = ActionKind.If,
        [ScxmlNames.ElseIf] = ActionKind.ElseIf,
        [ScxmlNames.Else] = ActionKind.Else,
        [ScxmlNames.Foreach] = ActionKind.Foreach,
        [ScxmlNames.Param] = ActionKind.Param,
        [ScxmlNames.Content] = ActionKind.Content,
        [ScxmlNames.Invoke] = ActionKind.Invoke,
        [ScxmlNames.Finalize] = ActionKind.Finalize,
        [ScxmlNames.DoneData] = ActionKind.DoneData,
    };

    private readonly AttributeCompiler _attributes;

    public ActionCompiler(AttributeCompiler attributes)
    {
        _attributes = attributes;
    }

    /// <summary>The child elements of <paramref name="parent"/> (onentry, a transition, finalize...) as actions.</summary>
    public List<CompiledAction> CompileChildren(SyntaxElement parent)
    {
        var actions = new List<CompiledAction>();
        foreach (var child in parent.Elements)
        {
            actions.Add(Compile(child));
        }

        return actions;
    }

    // Recursion depth is bounded by ParseOptions.MaxDepth; the runtime refuses actions nested beyond its own limit.
    public CompiledAction Compile(SyntaxElement element)
    {
        var isScxml = element.NamespaceUri == ScxmlNames.Namespace;
        var kind = isScxml && ScxmlKinds.TryGetValue(element.LocalName, out var known) ? known : ActionKind.Custom;
        var holdsData = kind is ActionKind.Content or ActionKind.Assign;
        var body = holdsData ? CompileInlineContent(element) : CompileText(element);
        return new CompiledAction
        {
            Kind = kind,
            Namespace = kind == ActionKind.Custom ? element.NamespaceUri : null,
            LocalName = kind == ActionKind.Custom ? element.LocalName : null,
            Attributes = _attributes.Compile(element),
            Children = holdsData ? [] : CompileChildren(element),
            Body = body,
            Document = holdsData ? InlineDocumentCompiler.Compile(element, body?.Source) : null,
            Position = SourcePositions.Of(element.NameLocation),
        };
    }

    /// <summary>Inline data (XML or text) as written; null when there is none.</summary>
    public CompiledExpression? CompileInlineContent(SyntaxElement element) =>
        InlineContent.Of(element) is { } content ? _attributes.Expressions.FromBody(element, content) : null;

    // A script's source, or the text of an extension element; blank text is formatting, not content.
    private CompiledExpression? CompileText(SyntaxElement element)
    {
        var text = element.Text;
        return string.IsNullOrWhiteSpace(text) ? null : _attributes.Expressions.FromBody(element, text);
    }
}
