using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Runtime.Tests.Support;

/// <summary>Hand-built compiled documents: one that uses every feature of the model, and large generated ones.</summary>
internal static class SampleDocuments
{
    private const string QueueNamespace = "http://www.genesyslab.com/modules/queue";

    /// <summary>
    /// <code>
    /// 0 root ── 1 s1 (compound) ── 2 s1a (atomic)
    ///         │                  └ 3 s1h (deep history)
    ///         ├ 4 p (parallel) ──── 5 p1, 6 p2
    ///         └ 7 done (final, donedata)
    /// </code>
    /// </summary>
    public static CompiledDocument Full() => new()
    {
        Name = "sample",
        Binding = BindingMode.Late,
        Persist = true,
        SendSessionRecovered = false,
        Dialect = "ors",
        States =
        [
            State(0, "", StateKind.Root, -1, [1, 4, 7], 0, initial: 0, data:
                [
                    new CompiledData { Id = "counter", Expression = Expr("0", 4, 26), Position = At(4, 5) },
                    new CompiledData { Id = "config", Source = "file:config.json", Position = At(5, 5) },
                    new CompiledData { Id = "inline", Content = Expr("{ \"a\": [1, 2] }", 6, 5), Position = At(6, 5) },
                    new CompiledData
                    {
                        Id = "defaultTargetTimeout",
                        Expression = Expr("30"),
                        ExtensionAttributes = [new CompiledAttribute("_type", "parameter"), new CompiledAttribute("_desc", "Seconds to wait for an agent")],
                        Position = At(7, 5),
                    },
                ]),
            State(
                1,
                "s1",
                StateKind.Compound,
                0,
                [2, 3],
                1,
                initial: 1,
                transitions: [6],
                data: [new CompiledData { Id = "lateValue", Expression = Expr("counter + 1"), Position = At(11, 7) }],
                onEntry: [EveryActionKind(), [Action(ActionKind.Log, At(14, 9), Literal("label", "second block"))]],
                onExit: [[Action(ActionKind.Assign, At(17, 9), Literal("location", "counter"), Expression("expr", "counter - 1"))]],
                invokes: [Invoke()]),
            State(2, "s1a", StateKind.Atomic, 1, [], 2, transitions: [3]),
            State(3, "s1h", StateKind.HistoryDeep, 1, [], 2, initial: 2),
            State(4, "p", StateKind.Parallel, 0, [5, 6], 1),
            State(5, "p1", StateKind.Atomic, 4, [], 2, transitions: [4]),
            State(6, "p2", StateKind.Atomic, 4, [], 2, transitions: [5]),
            State(7, "done", StateKind.Final, 0, [], 1, doneData: new CompiledAction
            {
                Kind = ActionKind.DoneData,
                Children = [Action(ActionKind.Param, At(40, 9), Literal("name", "result"), Expression("expr", "counter"))],
                Position = At(39, 7),
            }),
        ],
        Transitions =
        [
            Transition(0, 0, [1], domain: 0),
            Transition(1, 1, [2], domain: 1),
            Transition(2, 3, [2], domain: 1),
            Transition(3, 2, [4], domain: 0, events: "go.* error.queue.submit", condition: new CompiledExpression("_event.data.requestid == App_Block1['requestid']", true, At(20, 40))),
            Transition(
                4,
                5,
                [],
                domain: -1,
                events: "*",
                condition: new CompiledExpression("this is not ECMAScript (", false, At(30, 20)),
                actions: [Action(ActionKind.Raise, At(31, 11), Literal("event", "internal.ping"))]),
            Transition(5, 6, [7], domain: 0, events: "done.state.p"),
            Transition(6, 1, [2], domain: 1, events: "session.recovered", type: TransitionType.Internal),
        ],
        Script = [new CompiledAction { Kind = ActionKind.Script, Body = Expr("function add(a, b) { return a + b; }", 45, 13), Position = At(45, 5) }],
    };

    /// <summary>
    /// A document whose state <c>s0</c> invokes an inline child embedded as compiled (blob format 1.1), the child in turn
    /// embedding its own child, <paramref name="levels"/> deep. Every level uses the same ids and events, so each
    /// level's string table holds the same strings: an index read against the wrong table would go unnoticed only if
    /// the tables were equal, hence the level number in the name.
    /// </summary>
    public static CompiledDocument WithEmbeddedChild(int levels) => new()
    {
        Name = "level" + levels,
        States =
        [
            State(0, "", StateKind.Root, -1, [1, 2], 0, initial: 0),
            State(1, "s0", StateKind.Atomic, 0, [], 1, transitions: [1], invokes: levels == 0 ? [] : [InlineInvoke(levels - 1)]),
            State(2, "pass", StateKind.Final, 0, [], 1),
        ],
        Transitions =
        [
            Transition(0, 0, [1], domain: 0, exitSet: [1, 2]),
            Transition(1, 1, [2], domain: 0, events: "done.invoke", exitSet: [1, 2]),
        ],
    };

    private static CompiledAction InlineInvoke(int childLevels) => new()
    {
        Kind = ActionKind.Invoke,
        Attributes = [Literal("id", "child" + childLevels)],
        Children =
        [
            new CompiledAction
            {
                Kind = ActionKind.Content,
                Body = Expr("<scxml version=\"1.0\" name=\"level" + childLevels + "\">...</scxml>", 20 + childLevels, 9),
                Document = WithEmbeddedChild(childLevels),
                Position = At(20 + childLevels, 9),
            },
        ],
        Position = At(19 + childLevels, 7),
    };

    /// <summary>A flat document of <paramref name="stateCount"/> atomic states chained by transitions, each with some content.</summary>
    public static CompiledDocument Large(int stateCount)
    {
        var states = new List<CompiledState> { State(0, "", StateKind.Root, -1, Enumerable.Range(1, stateCount).ToArray(), 0, initial: 0) };
        var transitions = new List<CompiledTransition> { Transition(0, 0, [1], domain: 0, exitSet: Enumerable.Range(1, stateCount).ToArray()) };
        for (var i = 1; i <= stateCount; i++)
        {
            var next = i == stateCount ? 1 : i + 1;
            var log = Action(ActionKind.Log, At(i, 3), Literal("label", "entering"), Expression("expr", "'state " + i + " of the chain'"));
            states.Add(State(i, "state" + i, StateKind.Atomic, 0, [], 1, transitions: [i], onEntry: [[log]]));
            transitions.Add(Transition(i, i, [next], domain: 0, events: "step.next error.*", exitSet: Enumerable.Range(1, stateCount).ToArray()));
        }

        return new CompiledDocument { Name = "large" + stateCount, States = states, Transitions = transitions };
    }

    private static IReadOnlyList<CompiledAction> EveryActionKind() =>
    [
        Action(ActionKind.Log, At(13, 9), Literal("label", "entering s1 ✓ é 😀"), Expression("expr", "'a string longer than thirty-one bytes, to need str8'")),
        Action(ActionKind.Raise, At(14, 9), [Action(ActionKind.Param, At(14, 40), Literal("name", "interactionid"), Expression("expr", "_genesys.ixn.interactions[0]"))], Literal("event", "application.start")),
        Action(
            ActionKind.Send,
            At(15, 9),
            [Action(ActionKind.Param, At(16, 11), Literal("name", "x"), Expression("expr", "1")), new CompiledAction { Kind = ActionKind.Content, Body = Expr(new string('c', 300)), Position = At(17, 11) }],
            Expression("event", "'Entry1.done'"),
            Expression("delay", "'1s'"),
            Literal("target", "_internal"),
            Literal("idlocation", "App_Block1.sendid")),
        Action(ActionKind.Cancel, At(18, 9), Expression("sendidexpr", "App_Block1.sendid")),
        Action(
            ActionKind.If,
            At(19, 9),
            [
                Action(ActionKind.Assign, At(20, 11), Literal("location", "counter"), Expression("expr", "1")),
                Action(ActionKind.ElseIf, At(21, 11), Expression("cond", "counter > 1")),
                Action(ActionKind.Foreach, At(22, 11), [Action(ActionKind.Log, At(23, 13), Expression("expr", "item"))], Expression("array", "[1, 2, 3]"), Literal("item", "item"), Literal("index", "i")),
                Action(ActionKind.Else, At(24, 11)),
                new CompiledAction { Kind = ActionKind.Script, Body = Expr("counter++;", 25, 19), Position = At(25, 11) },
            ],
            Expression("cond", "counter == 0")),
        new CompiledAction
        {
            Kind = ActionKind.Custom,
            Namespace = QueueNamespace,
            LocalName = "submit",
            Attributes = [Literal("requestid", "App_Block1.requestid"), Expression("queue", "'VQ_x'"), Expression("priority", "0"), Literal("route", "true")],
            Children =
            [
                new CompiledAction
                {
                    Kind = ActionKind.Custom,
                    Namespace = QueueNamespace,
                    LocalName = "targets",
                    Children = [new CompiledAction { Kind = ActionKind.Custom, Namespace = QueueNamespace, LocalName = "target", Attributes = [Literal("type", "agentgroup"), Expression("name", "'Billing'")], Position = At(28, 13) }],
                    Position = At(27, 11),
                },
            ],
            Position = At(26, 9),
        },
    ];

    private static CompiledAction Invoke() => new()
    {
        Kind = ActionKind.Invoke,
        Attributes = [Literal("type", "scxml"), Expression("srcexpr", "'child.scxml'"), Literal("id", "child"), Literal("autoforward", "true")],
        Children =
        [
            Action(ActionKind.Param, At(34, 9), Literal("name", "p"), Expression("expr", "counter")),
            Action(ActionKind.Finalize, At(35, 9), [Action(ActionKind.Assign, At(36, 11), Literal("location", "counter"), Expression("expr", "_event.data.p"))]),
        ],
        Position = At(33, 7),
    };

    private static CompiledState State(
        int index,
        string id,
        StateKind kind,
        int parent,
        int[] children,
        int depth,
        int initial = -1,
        int[]? transitions = null,
        CompiledData[]? data = null,
        IReadOnlyList<CompiledAction>[]? onEntry = null,
        IReadOnlyList<CompiledAction>[]? onExit = null,
        CompiledAction[]? invokes = null,
        CompiledAction? doneData = null) => new()
    {
        DataDeclarations = data ?? [],
        OnEntry = onEntry ?? [],
        OnExit = onExit ?? [],
        Invokes = invokes ?? [],
        DoneData = doneData,
        Index = index,
        Id = id,
        Kind = kind,
        Parent = parent,
        Children = children,
        Depth = depth,
        InitialTransition = initial,
        Transitions = transitions ?? [],
        Position = At(index + 1, 3),
    };

    private static CompiledTransition Transition(
        int index,
        int source,
        int[] targets,
        int domain,
        string events = "",
        CompiledExpression? condition = null,
        CompiledAction[]? actions = null,
        TransitionType type = TransitionType.External,
        int[]? exitSet = null) => new()
    {
        Index = index,
        Source = source,
        Targets = targets,
        Events = EventDescriptor.ParseList(events),
        Condition = condition,
        Actions = actions ?? [],
        Type = type,
        Domain = domain,
        ExitSet = exitSet ?? (domain < 0 ? [] : ExitSetOf(domain)),
        Position = At(100 + index, 5),
    };

    // Exit sets of the two sample shapes: the root's descendants, or s1's.
    private static int[] ExitSetOf(int domain) => domain == 1 ? [2, 3] : Enumerable.Range(1, 7).ToArray();

    private static CompiledAction Action(ActionKind kind, SourcePosition position, params CompiledAttribute[] attributes) =>
        new() { Kind = kind, Attributes = attributes, Position = position };

    private static CompiledAction Action(ActionKind kind, SourcePosition position, CompiledAction[] children, params CompiledAttribute[] attributes) =>
        new() { Kind = kind, Attributes = attributes, Children = children, Position = position };

    private static CompiledAttribute Literal(string name, string value) => new(name, value);

    private static CompiledAttribute Expression(string name, string source) => new(name, new CompiledExpression(source, true, At(1, 1)));

    private static CompiledExpression Expr(string source, int line = 0, int column = 0) => new(source, true, At(line, column));

    private static SourcePosition At(int line, int column) => new(line, column);
}
