using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Collections;
using OrsCompiler.Syntax;
using static OrsCompiler.Syntax.ScxmlNames;

namespace OrsCompiler.Model.Schema;

/// <summary>
/// The one table of what SCXML allows: every element of the SCXML 1.0 Recommendation (sections 3-6) with its
/// attributes, children and alternatives, and the ORS dialect (the 2009 working draft ORS implements) as a short
/// list of differences on top. The structure and semantics rules read it; none of them hard-codes element rules.
/// </summary>
public sealed class ScxmlSchema
{
    // Declared before the tables: static fields initialise in textual order.
    private static readonly string[] ExecutableContent = { Raise, If, Foreach, Log, Assign, Script, Send, Cancel };

    public static readonly ScxmlSchema W3C = new(BuildW3C(), new[] { "#_internal" });

    public static readonly ScxmlSchema Ors = new(ApplyOrsDialect(BuildW3C()), new[] { "#_internal", "_internal" });

    private readonly Dictionary<string, ElementSchema> _elements;
    private readonly string[] _internalTargets;

    private ScxmlSchema(Dictionary<string, ElementSchema> elements, string[] internalTargets)
    {
        _elements = elements;
        _internalTargets = internalTargets;
    }

    public static ScxmlSchema For(Dialect dialect) => dialect == Dialect.Ors ? Ors : W3C;

    /// <summary>The schema of an element in the SCXML namespace; null for an unknown element.</summary>
    public ElementSchema? Find(string localName) => _elements.TryGetValue(localName, out var schema) ? schema : null;

    /// <summary>Every element of the dialect (the expression table is derived from them).</summary>
    internal IEnumerable<ElementSchema> AllElements => _elements.Values;

    /// <summary>Whether a <c>send/@target</c> value names the internal event queue in this dialect.</summary>
    public bool IsInternalTarget(string target) => Array.IndexOf(_internalTargets, target) >= 0;

    /// <summary>
    /// Whether the schema checks this attribute at all: foreign and xmlns attributes are not SCXML's, and the
    /// Genesys extension attributes (unqualified, starting with '_': _persist, _type, _desc...) belong to the
    /// dialect rules, whatever the document's dialect.
    /// </summary>
    public bool IsCheckedAttribute(SyntaxAttribute attribute) =>
        attribute.NamespaceUri.Length == 0
        && attribute.Prefix.Length == 0
        && attribute.LocalName != "xmlns"
        && !attribute.LocalName.StartsWith("_", StringComparison.Ordinal);

    /// <summary>
    /// The SCXML elements of the document that the schema governs, each with its schema (null when unknown), in
    /// document order. Skips payloads (inline data, event content) and the inside of unknown elements; walks through
    /// custom actions of other namespaces, whose SCXML children (such as &lt;param&gt;) are still checked.
    /// Computed once per document (for the schema of its dialect): every structure and semantics rule iterates it.
    /// </summary>
    public ReadOnlyListView<(SyntaxElement Element, ElementSchema? Schema)> Elements(DocumentContext context)
    {
        var shared = context.GetShared(c => new GovernedElements(For(c.Dialect), c.Tree));
        return new(shared.Schema == this ? shared.Items : Collect(context.Tree));
    }

    private List<(SyntaxElement Element, ElementSchema? Schema)> Collect(SyntaxTree tree)
    {
        var root = tree.Root!;
        var result = new List<(SyntaxElement, ElementSchema?)>(tree.ElementCount);
        for (SyntaxElement? element = root; element != null;)
        {
            var intoChildren = true;
            if (element.NamespaceUri == Namespace)
            {
                var schema = Find(element.LocalName);
                result.Add((element, schema));
                intoChildren = schema is { HasPayloadContent: false };
            }

            element = element.NextInSubtree(root, intoChildren);
        }

        return result;
    }

    private static Dictionary<string, ElementSchema> BuildW3C()
    {
        var table = new Dictionary<string, ElementSchema>(StringComparer.Ordinal);
        ElementSchema Add(string name)
        {
            var schema = new ElementSchema(name);
            table.Add(name, schema);
            return schema;
        }

        // 3. Core constructs.
        Add(Scxml)
            .Attribute("initial", AttributeKind.StateIdList).Attribute("name").Attribute("datamodel", AttributeKind.DataModel)
            .OneOfValues("version", true, "1.0").OneOfValues("binding", false, "early", "late")
            .Children(State, Parallel, Final).AtMostOnce(DataModel, Script)
            .Tolerates(Transition); // SCION's root transitions: outside the Recommendation, but the model handles them.
        Add(State)
            .Attribute("id", AttributeKind.Id).Attribute("initial", AttributeKind.StateIdList)
            .Children(OnEntry, OnExit, Transition, State, Parallel, Final, History, Invoke).AtMostOnce(Initial, DataModel);
        Add(Parallel)
            .Attribute("id", AttributeKind.Id)
            .Children(OnEntry, OnExit, Transition, State, Parallel, History, Invoke).AtMostOnce(DataModel);
        Add(Transition)
            .Attribute("event", AttributeKind.EventDescriptorList).Attribute("cond", AttributeKind.ValueExpression).Attribute("target", AttributeKind.StateIdList)
            .OneOfValues("type", false, "external", "internal")
            .Children(ExecutableContent);
        Add(Initial).AtMostOnce(Transition).RequiresChild(Transition);
        Add(Final).Attribute("id", AttributeKind.Id).Children(OnEntry, OnExit).AtMostOnce(DoneData);
        Add(OnEntry).Children(ExecutableContent);
        Add(OnExit).Children(ExecutableContent);
        Add(History)
            .Attribute("id", AttributeKind.Id).OneOfValues("type", false, "shallow", "deep")
            .AtMostOnce(Transition).RequiresChild(Transition);

        // 4. Executable content.
        Add(Raise).Executable().Required("event", AttributeKind.EventName);
        Add(If).Executable().Required("cond", AttributeKind.ValueExpression).Children(ExecutableContent).Children(ElseIf, Else);
        Add(ElseIf).Required("cond", AttributeKind.ValueExpression);
        Add(Else);
        Add(Foreach).Executable()
            .Required("array", AttributeKind.ValueExpression).Required("item", AttributeKind.VariableName).Attribute("index", AttributeKind.VariableName)
            .Children(ExecutableContent);
        Add(Log).Executable().Attribute("label").Attribute("expr", AttributeKind.ValueExpression);

        // 5. Data model and data manipulation.
        Add(DataModel).Children(Data);
        Add(Data).Payload()
            .Required("id", AttributeKind.Id).Attribute("src", AttributeKind.Uri).Attribute("expr", AttributeKind.ValueExpression)
            .Exclusive("src", "expr", SchemaTerm.InlineContent);
        Add(Assign).Executable().Payload()
            .Required("location", AttributeKind.LocationExpression).Attribute("expr", AttributeKind.ValueExpression)
            .Exclusive("expr", SchemaTerm.InlineContent);
        Add(DoneData).AtMostOnce(Content).Children(Param).Exclusive(SchemaTerm.Child(Content), SchemaTerm.Child(Param));
        Add(Content).Payload().Attribute("expr", AttributeKind.ValueExpression).Exclusive("expr", SchemaTerm.InlineContent);
        Add(Param)
            .Required("name").Attribute("expr", AttributeKind.ValueExpression).Attribute("location", AttributeKind.LocationExpression)
            .ExactlyOneOf("expr", "location");
        Add(Script).Executable().Text().Attribute("src", AttributeKind.Uri).Exclusive("src", SchemaTerm.InlineContent);

        // 6. External communications. The Recommendation asks for exactly one of event, eventexpr and <content>,
        // but its own tests send <content> with an event (179, 561) and neither (531, BasicHTTP _scxmleventname):
        // only event/eventexpr are exclusive here.
        Add(Send).Executable()
            .Attribute("event", AttributeKind.EventName).Attribute("eventexpr", AttributeKind.ValueExpression)
            .Attribute("target").Attribute("targetexpr", AttributeKind.ValueExpression)
            .Attribute("type").Attribute("typeexpr", AttributeKind.ValueExpression)
            .Attribute("id").Attribute("idlocation", AttributeKind.LocationExpression)
            .Attribute("delay", AttributeKind.Duration).Attribute("delayexpr", AttributeKind.ValueExpression)
            .Attribute("namelist", AttributeKind.LocationList)
            .AtMostOnce(Content).Children(Param)
            .Exclusive("event", "eventexpr")
            .Exclusive("target", "targetexpr").Exclusive("type", "typeexpr").Exclusive("id", "idlocation")
            .Exclusive("delay", "delayexpr")
            .Exclusive("namelist", SchemaTerm.Child(Content)).Exclusive(SchemaTerm.Child(Param), SchemaTerm.Child(Content));
        Add(Cancel).Executable()
            .Attribute("sendid").Attribute("sendidexpr", AttributeKind.ValueExpression)
            .ExactlyOneOf("sendid", "sendidexpr");
        Add(Invoke)
            .Attribute("type").Attribute("typeexpr", AttributeKind.ValueExpression)
            .Attribute("src", AttributeKind.Uri).Attribute("srcexpr", AttributeKind.ValueExpression)
            .Attribute("id").Attribute("idlocation", AttributeKind.LocationExpression)
            .Attribute("namelist", AttributeKind.LocationList).OneOfValues("autoforward", false, "true", "false")
            .Children(Param).AtMostOnce(ScxmlNames.Finalize, Content)
            .Exclusive("type", "typeexpr").Exclusive("src", "srcexpr", SchemaTerm.Child(Content)).Exclusive("id", "idlocation")
            .Exclusive("namelist", SchemaTerm.Child(Param));
        Add(ScxmlNames.Finalize).Children(ExecutableContent);

        return table;
    }

    /// <summary>
    /// ORS implements the SCXML working draft of 7 May 2009 with the deviations of the ORS Developer Guide
    /// ("SCXML Elements") and the Genesys 8.1 SCXML Technical Reference, as Composer-generated documents use them.
    /// Every difference from the Recommendation is here.
    /// </summary>
    private static Dictionary<string, ElementSchema> ApplyOrsDialect(Dictionary<string, ElementSchema> table)
    {
        // The draft names the data model `profile`; Composer writes profile="ecmascript".
        table[Scxml].Attribute("profile", AttributeKind.DataModel);

        // Composer emits one <script> per included library.
        table[Scxml].RemoveAtMostOnce(Script);

        // In the draft, send/@event, send/@target and send/@delay are ECMAScript expressions (event="'done'",
        // delay="'1s'"; Composer output). The 8.1 SCXML Technical Reference also writes target="_internal" for the
        // internal queue: that literal and "#_internal" are accepted as written (EcmaScriptAttributes.IsDocumentedLiteral).
        table[Send].Attribute("event", AttributeKind.ValueExpression).Attribute("delay", AttributeKind.ValueExpression)
            .Attribute("target", AttributeKind.ValueExpression);

        // ORS <raise> carries event data as <param> children.
        table[Raise].Children(Param);

        // ORS <cancel> names the send by `id` or `sendid`, never both.
        var cancel = new ElementSchema(Cancel).Executable()
            .Attribute("id").Attribute("sendid").Attribute("sendidexpr", AttributeKind.ValueExpression)
            .ExactlyOneOf("id", "sendid", "sendidexpr");
        table[Cancel] = cancel;

        // <log level>: 1 reporting, 2 error, 3 warning, 4 debug.
        table[Log].Attribute("level");

        return table;
    }

    // The governed elements of one document, shared by the rules through DocumentContext.GetShared.
    private sealed class GovernedElements
    {
        public GovernedElements(ScxmlSchema schema, SyntaxTree tree)
        {
            Schema = schema;
            Items = schema.Collect(tree);
        }

        public ScxmlSchema Schema { get; }

        public List<(SyntaxElement Element, ElementSchema? Schema)> Items { get; }
    }
}
