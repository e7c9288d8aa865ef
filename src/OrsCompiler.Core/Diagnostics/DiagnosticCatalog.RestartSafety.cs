namespace OrsCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // ORS4001-4008: persistence, recovery and restart on switchover. ORS4009-4011: the structure those rules rely on.
    // ORS4012-4014: events the session waits for and never gets.
    public static readonly DiagnosticDescriptor InvalidPersistenceAttributeValue = new(
        "ORS4001",
        "Invalid persistence attribute value",
        "'{0}' must be 'true' or 'false', not '{1}'",
        DiagnosticSeverity.Error,
        DiagnosticCategory.RestartSafety,
        "ORS reads _persist and _sendSessionRecovered on <scxml> as the literal values true or false; anything else "
        + "leaves the session's persistence to chance. Write true or false (lower case).");

    public static readonly DiagnosticDescriptor RecoveryWithoutPersistence = new(
        "ORS4002",
        "session.recovered requested without persistence",
        "_sendSessionRecovered=\"true\" has no effect: the document is not persisted ({0})",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "Only a persisted session can be recovered after a failover, so session.recovered is never sent while persistence "
        + "is off. Set _persist=\"true\" on <scxml> (or turn on the project's persistence default), or remove _sendSessionRecovered.");

    public static readonly DiagnosticDescriptor SessionRecoveredNotHandled = new(
        "ORS4003",
        "session.recovered not handled",
        "{0} does not handle 'session.recovered', which _sendSessionRecovered=\"true\" sends after a failover",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "A recovered session receives session.recovered in whatever state it was persisted; a waiting state without a "
        + "transition for it (on the state or an ancestor) ignores it and may wait for an event that was lost in the failover. "
        + "Add a transition with event=\"session.recovered\" (or session.*) to the state or a common ancestor; a handler "
        + "guarded by a cond counts as handling it.");

    public static readonly DiagnosticDescriptor DeadSessionRecoveredHandler = new(
        "ORS4004",
        "session.recovered handler is never triggered",
        "'{0}' never occurs: the document does not set _sendSessionRecovered=\"true\"",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "ORS sends session.recovered only to documents with _sendSessionRecovered=\"true\" on <scxml>, so this handler is dead "
        + "code. Set the attribute (with _persist=\"true\") or remove the transition. Wildcards such as *, session and "
        + "session.* are not reported.");

    public static readonly DiagnosticDescriptor SessionRestartedNotHandled = new(
        "ORS4005",
        "session.restarted not handled",
        "{0} does not handle 'session.restarted'; after a switchover the restarted session repeats what it already did",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "With restart-session-on-switchover, the backup ORS restarts a non-persisted session from the beginning, sends "
        + "session.restarted and redelivers the call's events: user data is attached again, treatments replay and the call is "
        + "routed twice unless the strategy treats session.restarted. Add a transition with event=\"session.restarted\" "
        + "(or session.*) to each waiting state or a common ancestor; a handler guarded by a cond counts as handling it.");

    public static readonly DiagnosticDescriptor SideEffectBeforeFirstWait = new(
        "ORS4006",
        "Side effect repeats on restart",
        "<{0}> runs before the session first waits for an event and runs again when the session is restarted after a switchover",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "A restarted session executes everything up to its first wait again; actions that act on the interaction, queue or "
        + "media, external <send> and <invoke> are visible twice. Wait for the first event (for example interaction.added) "
        + "before acting, or handle session.restarted so the strategy can skip what was already done.");

    public static readonly DiagnosticDescriptor PersistedScriptFunction = new(
        "ORS4007",
        "Function in a persisted document",
        "The persisted document defines the function '{0}' in <script>; its scope may change when the session is restored",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "ORS persists the data model but functions defined in <script> may not behave as expected after a persisted session "
        + "is restored. Move the logic into expressions, or into an included script that only defines stateless helpers, "
        + "and test the document with failover.");

    public static readonly DiagnosticDescriptor SendDelayBeyondSessionLifetime = new(
        "ORS4008",
        "Send delay beyond the session lifetime",
        "The delay '{0}' exceeds the maximum session lifetime of {1}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "Without orchestration/sessionid-with-nodeid a session must not live longer than 24 hours (configurable as "
        + "orsc_max_session_lifetime), so the delayed event never arrives. Shorten the delay or restructure the wait.");

    public static readonly DiagnosticDescriptor UnreachableState = new(
        "ORS4009",
        "Unreachable state",
        "State '{0}' is never entered: no transition or initial reaches it",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "No initial state, initial transition or transition target leads here, so the state and everything in it is dead. "
        + "Target it from a transition or remove it.");

    public static readonly DiagnosticDescriptor DeadEndState = new(
        "ORS4010",
        "State without a way out",
        "State '{0}' has no transition that leaves it, so the session waits in it forever",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "Neither the state nor an ancestor has a transition with a target, so the session never reaches a final state. "
        + "Transitions on session.restarted and session.recovered do not count: they occur only after a failover. "
        + "Add a transition out (for example on interaction.deleted or a timeout), or make the state <final>.");

    public static readonly DiagnosticDescriptor EventlessLoop = new(
        "ORS4011",
        "Eventless transitions loop forever",
        "Eventless transitions without a cond loop forever through {0}",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "An eventless transition without a cond is taken as soon as its state is active; when such transitions lead back to "
        + "where they started, the session never waits for an event and never ends. Give one of them a cond or an event.");

    public static readonly DiagnosticDescriptor VariableNameAsEvent = new(
        "ORS4012",
        "Event descriptor is a variable name",
        "The event descriptor '{0}' is the name of a data model variable, and no event of that name is raised, sent or received from ORS",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "Transition event descriptors are literal names, never expressions: event=\"nextEvent\" waits for an event called "
        + "'nextEvent', not for the value of the variable nextEvent. Write the event name itself.");

    public static readonly DiagnosticDescriptor ActionResultNotHandled = new(
        "ORS4013",
        "Action result not handled",
        "No transition active after <{0}> handles {1}; the session may wait forever",
        DiagnosticSeverity.Warning,
        DiagnosticCategory.RestartSafety,
        "An ORS action with a requestid reports its outcome as <module>.<action>.done or error.<module>.<action>. If no "
        + "state that can be active afterwards has a transition for it, the result is dropped and the strategy stalls. "
        + "Add transitions for both events (correlated on _event.data.requestid); a handler guarded by a cond, a prefix "
        + "such as error.queue or error, and a handler on an ancestor all count.");

    public static readonly DiagnosticDescriptor NoErrorHandler = new(
        "ORS4014",
        "No error handler",
        "The document has no transition for error events (error or error.*)",
        DiagnosticSeverity.Info,
        DiagnosticCategory.RestartSafety,
        "ORS reports failed actions, scripts and sends as error.* events; a strategy without a catch-all handler ignores "
        + "them and may stall with the interaction. Add <transition event=\"error\"> on an outer state.");
}
