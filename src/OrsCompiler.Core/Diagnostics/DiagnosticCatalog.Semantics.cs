namespace OrsCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // ORS2000-2999: SCXML semantics: references between states, state kinds, attribute value formats.
    public static readonly DiagnosticDescriptor DuplicateId = new(
        "ORS2001",
        "Duplicate id",
        "The id '{0}' is already used by the <{1}> at line {2}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "State and data ids are XML IDs: each must be unique in the whole document, or transitions cannot tell which one they mean. Rename one of them.");

    public static readonly DiagnosticDescriptor UnknownTransitionTarget = new(
        "ORS2002",
        "Transition target does not exist",
        "The transition target '{0}' does not name a state{1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "Every id in a transition's 'target' must be the id of a <state>, <parallel>, <final> or <history> of the document. Fix the spelling or add the state.");

    public static readonly DiagnosticDescriptor UnknownInitialState = new(
        "ORS2003",
        "Initial state does not exist",
        "The initial state '{0}' does not name a state{1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "Every id in an 'initial' attribute must be the id of a state of the document. Fix the spelling or add the state.");

    public static readonly DiagnosticDescriptor InitialAttributeAndElement = new(
        "ORS2004",
        "Both 'initial' attribute and <initial> element",
        "<{0}> has both an 'initial' attribute and an <initial> child; use one of them",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "SCXML 1.0 (3.3) forbids specifying the initial state twice. Keep the attribute, or the <initial> element when the initial transition needs executable content.");

    public static readonly DiagnosticDescriptor InitialOnAtomicState = new(
        "ORS2005",
        "Initial state on a state without children",
        "'{0}' has no child states, so it cannot have {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "Only compound states (states with child states) have an initial state. Remove the 'initial' attribute or <initial> element, or add the child states.");

    public static readonly DiagnosticDescriptor InitialTargetNotDescendant = new(
        "ORS2006",
        "Initial state outside the state",
        "The initial state '{0}' is not a descendant of '{1}'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "The initial state of a compound state must be one of its descendants (for <scxml>: a state of the document). Point it at a state inside.");

    public static readonly DiagnosticDescriptor PseudoStateTransitionHasEventOrCond = new(
        "ORS2007",
        "Initial or history transition with event or condition",
        "The transition of <{0}> must not have an '{1}' attribute",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "The transition inside <initial> or <history> is taken unconditionally when the state is entered; SCXML 1.0 forbids 'event' and 'cond' on it. Remove the attribute.");

    public static readonly DiagnosticDescriptor PseudoStateTransitionWithoutTarget = new(
        "ORS2008",
        "Initial or history transition without target",
        "The transition of <{0}> must have a 'target'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "The transition inside <initial> or <history> names the state(s) to enter; SCXML 1.0 requires its 'target'. Add it.");

    public static readonly DiagnosticDescriptor HistoryNotInCompoundState = new(
        "ORS2009",
        "History state outside a compound or parallel state",
        "The history state '{0}' must be a child of a compound or parallel state; '{1}' has no other child states",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "A history state records which children of its parent were active, so its parent needs child states. Add them or remove the history.");

    public static readonly DiagnosticDescriptor HistoryDefaultOutsideParent = new(
        "ORS2010",
        "History default transition leaves the parent",
        "The default transition of history '{0}' targets '{1}', which is not a descendant of '{2}'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "The default transition of a history state names the states to enter when the parent has no recorded history: they must be descendants of the history's parent. Retarget the transition.");

    public static readonly DiagnosticDescriptor BranchAfterElse = new(
        "ORS2011",
        "Branch after <else>",
        "<{0}> must not follow <else> in the same <if>",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "<else> is the last branch of an <if>: everything after it is part of the else branch and an <elseif> there can never be reached. Move the <else> to the end.");

    public static readonly DiagnosticDescriptor DuplicateElse = new(
        "ORS2012",
        "More than one <else>",
        "An <if> has at most one <else>",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "The second <else> of an <if> belongs to the first else branch and is never a branch of its own. Remove it or turn it into <elseif cond=...>.");

    public static readonly DiagnosticDescriptor InvalidDelay = new(
        "ORS2013",
        "Invalid delay",
        "'{0}' is not a valid delay; expected a CSS2 time such as '500ms', '2s' or '1.5s'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "The 'delay' of <send> is a CSS2 time: a non-negative number followed by 'ms' or 's'. For a computed delay use 'delayexpr'.");

    public static readonly DiagnosticDescriptor DelayWithInternalTarget = new(
        "ORS2014",
        "Delayed send to the internal queue",
        "A <send> to target '_internal' must not have a delay",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "SCXML 1.0 (6.2.4) forbids 'delay' or 'delayexpr' with the target '#_internal': internal events are processed in the current macrostep. Remove the delay or send to the external queue.");

    public static readonly DiagnosticDescriptor InvalidEventName = new(
        "ORS2015",
        "Invalid event name",
        "'{0}' is not a valid event name: names are dot-separated tokens without spaces or '*'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "The 'event' of <raise> and <send> is one event name such as 'error.queue' (SCXML 1.0, 3.12.1). Wildcards belong in transition descriptors only.");

    public static readonly DiagnosticDescriptor InvalidEventDescriptor = new(
        "ORS2016",
        "Invalid event descriptor",
        "'{0}' is not a valid event descriptor",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "A transition's 'event' lists descriptors separated by spaces: '*', or dot-separated tokens optionally ending in '.*' (SCXML 1.0, 3.12.1). A '*' inside a token or an empty token never matches as intended.");

    public static readonly DiagnosticDescriptor UnsupportedDataModel = new(
        "ORS2017",
        "Unsupported data model",
        "The data model '{0}' cannot be compiled: ORS runs only 'ecmascript'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "Orchestration Server supports only the ECMAScript data model, and OrsCompiler compiles only ECMAScript. A document written for another data model (null, xpath) would have its expressions read as ECMAScript, so it is rejected for build. Use datamodel=\"ecmascript\".");

    public static readonly DiagnosticDescriptor ScriptSourceNotLoadable = new(
        "ORS2018",
        "Script source cannot be loaded",
        "The script source '{0}' cannot be loaded: {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "SCXML 1.0 (5.8) requires a processor to reject a document whose <script src> cannot be fetched. Fix the path (relative to the document) or inline the script.");

    public static readonly DiagnosticDescriptor UnknownSendType = new(
        "ORS2019",
        "Unknown send type",
        "The send type '{0}' is not an event I/O processor OrsCompiler knows; at run time the send raises error.execution if the server does not support it",
        DiagnosticSeverity.Info,
        DiagnosticCategory.Semantics,
        "Known types: 'http://www.w3.org/TR/scxml/#SCXMLEventProcessor' (the default) and 'http://www.w3.org/TR/scxml/#BasicHTTPEventProcessor'.");

    public static readonly DiagnosticDescriptor UnknownInvokeType = new(
        "ORS2020",
        "Unknown invoke type",
        "The invoke type '{0}' is not a service type OrsCompiler knows; at run time the invoke fails if the server does not support it",
        DiagnosticSeverity.Info,
        DiagnosticCategory.Semantics,
        "Known types: 'http://www.w3.org/TR/scxml/' (the default) and its short form 'scxml'.");

    public static readonly DiagnosticDescriptor IllegalConfiguration = new(
        "ORS2021",
        "States that cannot be active together",
        "'{0}' and '{1}' cannot be active at the same time: {2}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "An 'initial' attribute or a transition 'target' that names several states must name a legal configuration (SCXML 1.0, 3.11): no two children of one compound state, not a state together with its own descendant; states in different regions only under a common <parallel>. Keep one of the states, or name states of different regions of a <parallel>.");

    public static readonly DiagnosticDescriptor InvalidId = new(
        "ORS2022",
        "Id is not an XML name",
        "'{0}' is not a valid id: {1}",
        DiagnosticSeverity.Error,
        DiagnosticCategory.Semantics,
        "Ids are of type xsd:ID: an XML name that starts with a letter or '_' and contains only letters, digits, '.', '-' and '_' (no white space, no ':'). A target list is split at white space, so an id with a space can never be targeted. Rename the id.");

    public static readonly DiagnosticDescriptor ShadowedTransition = new(
        "ORS2023",
        "Transition never taken",
        "This transition is never taken: {0}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Semantics,
        "SCXML selects, in each state, the first transition in document order whose event matches and whose condition holds (3.13). An earlier transition without 'cond' whose events cover every event of a later one (or an earlier eventless transition without 'cond', for a later eventless one) always wins. Reorder the transitions, add a 'cond', or remove the dead one.");

    public static readonly DiagnosticDescriptor HistoryNeverRecords = new(
        "ORS2024",
        "History state never records a configuration",
        "The history state '{0}' only ever restores the default: '{1}' is always left at once by the eventless transition at line {2}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.Semantics,
        "A history state records the active children of its parent when the parent is left. A parent that always leaves at once (an eventless transition without 'cond' and no eventless transition inside it to run first) is never left from any state but its initial ones, so the history restores the same states as entering the parent would. Remove the history, or let the parent wait for an event.");
}
