using System.Collections.Generic;
using OrsCompiler.Syntax;
using static OrsCompiler.Ors.OrsAttributeKind;

namespace OrsCompiler.Ors;

/// <summary>
/// The ORS extension modules and their elements: the one table the dialect rules, the restart-safety lint and the
/// compiler read. Every module and element records the Genesys page it comes from (<see cref="OrsElementInfo.Source"/>);
/// the team's ORS dialect reference (ors-scxml-dialect.md §3-4) adds Composer output; see docs/ors-dialect.md. To support another element, add a line here; a null attribute or child list means "not verified, accept
/// anything", so an unverified element never produces a false warning.
/// </summary>
public static class OrsModuleCatalog
{
    private const string Genesys = ScxmlNames.GenesysModulePrefix;

    public const string SessionNamespace = Genesys + "session";
    public const string WebServicesNamespace = Genesys + "ws";
    public const string QueueNamespace = Genesys + "queue";
    public const string InteractionNamespace = Genesys + "interaction";
    public const string DialogNamespace = Genesys + "dialog";
    public const string StatisticNamespace = Genesys + "statistic";
    public const string ClassificationNamespace = Genesys + "classification";
    public const string ResourceNamespace = Genesys + "resource";
    public const string ElasticConnectorNamespace = Genesys + "elasticconnector";
    public const string AgentNamespace = Genesys + "agent";

    // The pages the table comes from (each element records its own in OrsElementInfo.Source).
    private const string TechRef81 = "https://ara.docs.genesys.com/extensions/Repository/cache/public/Universal%20Routing/8.1/81r_ref_scxml.zip";
    private const string OrchExt = "https://docs.genesys.com/Documentation/OS/latest/Developer/OrchExt";
    private const string IxnActions = "https://docs.genesys.com/Documentation/OS/latest/Developer/IxnIntfActionElements";
    private const string DialogInterface = "https://docs.genesys.com/Documentation/OS/latest/Developer/DialogIntf";
    private const string ComposerPlayMessage = "https://docs.genesys.com/Documentation:Composer:Help:PlayMessageBlock:8.1.5";
    private const string ComposerTarget = "https://docs.genesys.com/Documentation/Composer/latest/Help/TargetBlock";

    private static readonly string[] Booleans = { "true", "false" };

    // URS target types (Agent, Agent Place, Group of Agents, Group of Places, Campaign Group, queues and skills).
    private static readonly string[] TargetTypes = { "agent", "agentgroup", "place", "placegroup", "skill", "queue", "routingpoint", "campaigngroup" };

    public static IReadOnlyList<OrsModule> Modules { get; } = new[]
    {
        Module("session", SessionNamespace, new[] { "session" }, TechRef81, new OrsElementInfo[]
        {
            Action("fetch", "session", OrsSideEffect.UnlessHttpGet,
                Attributes(
                    Location("requestid"), Required("srcexpr"), Expr("method"), Expr("enctype"), Expr("maxage"),
                    Expr("maxstale"), Expr("type"), Expr("gdelivery"), Expr("gd_retries"), Expr("gd_retry_interval"),
                    Expr("timeout"), Expr("headers")),
                Children(Core(ScxmlNames.Param), Core(ScxmlNames.Content))),
            Action("start", "session", OrsSideEffect.Always, null, null),
            Action("terminate", "session", OrsSideEffect.Always, null, null),
            Action("updatestart", "session", OrsSideEffect.Always, null, null),
        }),
        Module("ws", WebServicesNamespace, new[] { "ws" }, OrchExt, None),
        Module("queue", QueueNamespace, new[] { "queue" }, TechRef81, new OrsElementInfo[]
        {
            Action("submit", "queue", OrsSideEffect.Always,
                Attributes(
                    Location("requestid"), Expr("interactionid"), Expr("queue"), Expr("priority"), Expr("ordertype"),
                    Expr("orderstat"), Expr("timeout"), OneOf("route", Booleans), Expr("clearontimeout"), Expr("hints")),
                // Busy treatments: Composer's Target block writes them inside the submit (Composer Help "Target Block",
                // Busy Treatments property; Composer output, ors-scxml-dialect.md §4).
                Children(Own(QueueNamespace, "targets"), Own(DialogNamespace, "runtreatments")),
                "queue.submit.requestid"),
            Part("targets", Attributes(), Children(Own(QueueNamespace, "target"), Own(QueueNamespace, "targetid"))),
            Part("target", Attributes(Required("name", Literal), OneOf("type", TargetTypes), Expr("weight"), new OrsAttributeInfo("statserver", Literal)), Children()),
            Part("targetid", Attributes(Required("expr")), Children()),
            Action("cancel", "queue", OrsSideEffect.Always, Attributes(Location("requestid"), Expr("interactionid"), Expr("queue")), Children()),
            Action("query", "queue", OrsSideEffect.None, Attributes(Location("requestid"), Expr("interactionid")), Children()),
        }),
        Module("ixn", InteractionNamespace, new[] { "interaction", "voice", "msgbased", "chat" }, IxnActions, new OrsElementInfo[]
        {
            Action("redirect", "interaction", OrsSideEffect.Always,
                Attributes(
                    Location("requestid"), Expr("interactionid"), Expr("from"), Required("to"), Expr("type"), Expr("hints"),
                    OneOf("detach", Booleans)),
                Children()),
            Action("terminate", "interaction", OrsSideEffect.Always,
                Attributes(Location("requestid"), Expr("interactionid"), Expr("reason"), Expr("resource"), Expr("hints")),
                Children()),
            Action("attach", "interaction", OrsSideEffect.Always, Attributes(Location("requestid"), Expr("interactionid")), Children()),
            Action("detach", "interaction", OrsSideEffect.Always, Attributes(Location("requestid"), Expr("interactionid")), Children()),
            Action("accept", "interaction", OrsSideEffect.Always, Attributes(Location("requestid"), Expr("interactionid"), Expr("resource")), Children()),
            Action("associate", "interaction", OrsSideEffect.Always, null, null),

            // Voice action (8.1 SCXML Technical Reference, "Voice Interaction Interface > Action Elements"); its
            // attributes are not all in the stored copy, so any are accepted.
            Sourced(TechRef81, Action("createcall", "interaction", OrsSideEffect.Always, null, null)),
        }),
        Module("dialog", DialogNamespace, new[] { "dialog" }, DialogInterface, new OrsElementInfo[]
        {
            Action("start", "dialog", OrsSideEffect.Always,
                Attributes(Location("requestid"), Expr("interactionid"), Expr("type"), Expr("device")),
                Children(Core(ScxmlNames.Param)),
                "dialog.start.requestid"),
            Action("stop", "dialog", OrsSideEffect.Always, null, null),
            Action("collect", "dialog", OrsSideEffect.Always, null, null),
            // Composer Help "Play Message Block": Device ID, Hints, Interaction ID, Language, Prompts, Type of Prompts, Request ID.
            Sourced(ComposerPlayMessage, Action("play", "dialog", OrsSideEffect.Always,
                Attributes(Location("requestid"), Expr("interactionid"), Expr("language"), Expr("device"), Expr("hints")),
                Children(Own(DialogNamespace, "prompts")))),
            Action("playsound", "dialog", OrsSideEffect.Always,
                Attributes(Location("requestid"), Expr("interactionid"), Expr("type"), Expr("duration")),
                Children()),
            Action("playandcollect", "dialog", OrsSideEffect.Always,
                Attributes(Location("requestid"), Expr("interactionid"), Expr("language"), Expr("device")),
                Children(Own(DialogNamespace, "prompts"), Own(DialogNamespace, "input"))),
            Sourced(ComposerTarget, Action("runtreatments", "dialog", OrsSideEffect.Always, null, null)),
            Part("prompts", Attributes(new OrsAttributeInfo("type", Literal)), Children(Own(DialogNamespace, "prompt"))),
            Part("prompt", Attributes(new OrsAttributeInfo("interrupt", Literal), new OrsAttributeInfo("text", Literal)), Children()),
            Part("input",
                Attributes(
                    new OrsAttributeInfo("clear", Literal), new OrsAttributeInfo("total_timeout", Literal),
                    new OrsAttributeInfo("digit_timeout", Literal), new OrsAttributeInfo("start_timeout", Literal),
                    new OrsAttributeInfo("ignore_digits", Literal), new OrsAttributeInfo("term_digits", Literal),
                    new OrsAttributeInfo("max_digits", Literal)),
                Children()),
        }),

        // Documented namespaces whose element names the stored sources do not give: known, but any element is accepted.
        Module("statistic", StatisticNamespace, new[] { "statistic" }, OrchExt, None),
        Module("classification", ClassificationNamespace, new[] { "classification" }, OrchExt, None),
        Module("resource", ResourceNamespace, new[] { "resource" }, OrchExt, None),
        Module("elasticconnector", ElasticConnectorNamespace, new[] { "elasticconnector" }, OrchExt, None),
        Module("agent", AgentNamespace, new[] { "agent" }, OrchExt, None),
    };

    private static OrsElementInfo[] None => new OrsElementInfo[0];

    public static OrsModule? FindModule(string namespaceUri)
    {
        foreach (var module in Modules)
        {
            if (module.NamespaceUri == namespaceUri)
            {
                return module;
            }
        }

        return null;
    }

    /// <summary>The action named <paramref name="localName"/> in the module; null for parts (queue:target) and unknown names.</summary>
    public static OrsActionInfo? FindAction(string namespaceUri, string localName) =>
        FindModule(namespaceUri)?.FindElement(localName) as OrsActionInfo;

    public static OrsActionInfo? FindAction(SyntaxElement element) => FindAction(element.NamespaceUri, element.LocalName);

    public static OrsElementInfo? FindElement(string namespaceUri, string localName) =>
        FindModule(namespaceUri)?.FindElement(localName);

    // Elements without a page of their own come from the module's.
    private static OrsModule Module(string name, string namespaceUri, string[] eventPrefixes, string source, OrsElementInfo[] elements)
    {
        foreach (var element in elements)
        {
            if (element.Source.Length == 0)
            {
                element.Source = source;
            }
        }

        return new(name, namespaceUri, eventPrefixes, elements) { Source = source };
    }

    private static OrsElementInfo Sourced(string source, OrsElementInfo element)
    {
        element.Source = source;
        return element;
    }

    private static OrsActionInfo Action(
        string localName, string eventPrefix, OrsSideEffect sideEffect, OrsAttributeInfo[]? attributes, OrsChildElement[]? children, params string[] otherEvents) =>
        new(localName, eventPrefix, sideEffect, attributes, children, otherEvents);

    private static OrsElementInfo Part(string localName, OrsAttributeInfo[] attributes, OrsChildElement[] children) =>
        new(localName, attributes, children);

    private static OrsAttributeInfo[] Attributes(params OrsAttributeInfo[] attributes) => attributes;

    private static OrsChildElement[] Children(params OrsChildElement[] children) => children;

    private static OrsChildElement Own(string namespaceUri, string localName) => new(namespaceUri, localName);

    private static OrsChildElement Core(string localName) => new(ScxmlNames.Namespace, localName);

    private static OrsAttributeInfo Expr(string name) => new(name, Expression);

    private static OrsAttributeInfo Required(string name, OrsAttributeKind kind = Expression) => new(name, kind, isRequired: true);

    private static OrsAttributeInfo Location(string name) => new(name, OrsAttributeKind.Location);

    private static OrsAttributeInfo OneOf(string name, string[] values) => new(name, Enumeration, allowedValues: values);
}
