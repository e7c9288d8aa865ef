using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using Jint.Native;
using Jint.Native.Array;
using Jint.Native.Global;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Environments;
using Jint.Runtime.Interop;

namespace OrsCompiler.Engine;

/// <summary>
/// One Jint engine shared by many sessions. A Jint 2.10 engine costs about 70 µs and 120 KB of built-in objects, far
/// more than the rest of a session, so sessions no longer build their own: each gets a global object of its own whose
/// prototype is the realm's global, entered under the realm's lock for every evaluation. The built-ins are hardened
/// once, as SES's lockdown does: no object reachable from the realm's global can be extended, and each writable
/// property is an accessor whose setter gives the assigning object its own property (so <c>F.prototype.toString =
/// ...</c> and <c>Array = ...</c> still work, for the assigning session only) and refuses to change the built-in
/// itself. A document whose scripts change built-ins (a polyfill) gets a private, unhardened realm instead
/// (<see cref="BuiltInMutation"/>).
/// </summary>
internal sealed class JintRealm
{
    // Jint 2.10.4 (pinned) resolves an assignment to an undeclared name, and `this` of a plain function call, against
    // Engine.Global, which has a private setter; swapping it per entry keeps implicit globals in the session.
    private static readonly Action<Jint.Engine, GlobalObject> SetEngineGlobal =
        (Action<Jint.Engine, GlobalObject>)typeof(Jint.Engine).GetProperty(nameof(Jint.Engine.Global))!
            .GetSetMethod(nonPublic: true)!.CreateDelegate(typeof(Action<Jint.Engine, GlobalObject>));

    private static readonly ConcurrentDictionary<(int Statements, int Recursion), JintRealm[]> Pools = new();
    private static int _nextInPool;

    // One realm per core, up to a few: an evaluation holds its realm for microseconds, and each realm is a Jint engine
    // (about 120 KB and its hardened built-ins) that lives as long as the process.
    private const int MaxSharedRealms = 8;

    private readonly Lock _gate = new();
    private readonly GlobalObject _realmGlobal;

    private JintRealm(EngineLimits limits, bool harden)
    {
        Engine = new Jint.Engine(options => options.MaxStatements(limits.MaxScriptStatements).LimitRecursion(limits.MaxScriptRecursion));
        _realmGlobal = Engine.Global;
        RealmScripts.Install(this);
        Reviver = _realmGlobal.Get("__ors_revive");
        if (harden)
        {
            Harden(_realmGlobal);
        }
    }

    public Jint.Engine Engine { get; }

    /// <summary>The session whose evaluation is running (read by the system variables, <c>In</c> and <c>_genesys</c>).</summary>
    public EcmaScriptDataModel? Current { get; private set; }

    public JsValue Reviver { get; }

    /// <summary>A shared, hardened realm for these limits (one of a few, handed out in turn, so that parallel hosts rarely wait on one lock).</summary>
    public static JintRealm Shared(EngineLimits limits)
    {
        var pool = Pools.GetOrAdd(
            (limits.MaxScriptStatements, limits.MaxScriptRecursion),
            _ => Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount, 1, MaxSharedRealms)).Select(_ => new JintRealm(limits, harden: true)).ToArray());
        return pool[(int)((uint)Interlocked.Increment(ref _nextInPool) % (uint)pool.Length)];
    }

    /// <summary>A realm for one session alone, unhardened: its scripts may change the built-ins.</summary>
    public static JintRealm Private(EngineLimits limits) => new(limits, harden: false);

    /// <summary>A session's global object: its variables, over the realm's built-ins.</summary>
    public (GlobalObject Global, LexicalEnvironment Scope) CreateSessionScope()
    {
        lock (_gate)
        {
            var global = GlobalObject.CreateGlobalObject(Engine);
            global.Prototype = _realmGlobal;
            return (global, new LexicalEnvironment(new ObjectEnvironmentRecord(Engine, global, provideThis: false), null));
        }
    }

    /// <summary>Takes the realm for a session's evaluation; dispose to give it back.</summary>
    public Entry Enter(EcmaScriptDataModel session)
    {
        _gate.Enter();
        var entry = new Entry(this, Current, Engine.Global, Engine.GlobalEnvironment);
        Current = session;
        SetEngineGlobal(Engine, session.Global);
        Engine.GlobalEnvironment = session.Scope;
        entry.Context = Engine.EnterExecutionContext(session.Scope, session.Scope, session.Global);
        return entry;
    }

    internal void Leave(Entry entry)
    {
        try
        {
            // A script that failed half way may leave Jint's own contexts behind.
            while (!ReferenceEquals(Engine.ExecutionContext, entry.Context))
            {
                Engine.LeaveExecutionContext();
            }

            Engine.LeaveExecutionContext();
            Current = entry.PreviousSession;
            SetEngineGlobal(Engine, entry.PreviousGlobal);
            Engine.GlobalEnvironment = entry.PreviousEnvironment;
        }
        finally
        {
            _gate.Exit();
        }
    }

    /// <summary>A realm-level function that acts for the session being evaluated.</summary>
    internal ClrFunctionInstance SessionFunction(Func<EcmaScriptDataModel, JsValue[], JsValue> body) =>
        new(Engine, (_, arguments) => body(Current ?? throw new JavaScriptException(Engine.Error, "no session is running"), arguments));

    private void Harden(ObjectInstance root)
    {
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<ObjectInstance>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var target = pending.Pop();
            if (!seen.Add(target))
            {
                continue;
            }

            if (target.Prototype is { } prototype)
            {
                pending.Push(prototype);
            }

            foreach (var (name, property) in target.GetOwnProperties().ToArray())
            {
                foreach (var value in new[] { property.Value, property.Get, property.Set })
                {
                    if (value is not null && value.IsObject())
                    {
                        pending.Push(value.AsObject());
                    }
                }

                // An array's length is not a plain property in Jint; Array.prototype is empty and stays so.
                if (property.IsDataDescriptor() && property.Writable == true && !(target is ArrayInstance && name == "length"))
                {
                    target.FastSetProperty(name, OverridableProperty(target, name, property));
                }
            }

            target.Extensible = false;
        }
    }

    private PropertyDescriptor OverridableProperty(ObjectInstance owner, string name, PropertyDescriptor property)
    {
        var value = property.Value ?? JsValue.Undefined;
        var getter = new ClrFunctionInstance(Engine, (_, _) => value);
        var setter = new ClrFunctionInstance(Engine, (self, arguments) =>
        {
            if (!self.IsObject() || ReferenceEquals(self.AsObject(), owner))
            {
                throw new JavaScriptException(
                    Engine.TypeError,
                    "cannot change the built-in '" + name + "': built-in objects are shared by all sessions and frozen");
            }

            self.AsObject().DefineOwnProperty(
                name,
                new PropertyDescriptor(arguments.Length > 0 ? arguments[0] : JsValue.Undefined, writable: true, enumerable: true, configurable: true),
                throwOnError: false);
            return JsValue.Undefined;
        });
        return new PropertyDescriptor(getter, setter, property.Enumerable, property.Configurable);
    }

    /// <summary>The realm and session state to restore when an evaluation ends.</summary>
    internal sealed class Entry : IDisposable
    {
        private readonly JintRealm _realm;

        public Entry(JintRealm realm, EcmaScriptDataModel? previousSession, GlobalObject previousGlobal, LexicalEnvironment previousEnvironment)
        {
            _realm = realm;
            PreviousSession = previousSession;
            PreviousGlobal = previousGlobal;
            PreviousEnvironment = previousEnvironment;
        }

        public EcmaScriptDataModel? PreviousSession { get; }

        public GlobalObject PreviousGlobal { get; }

        public LexicalEnvironment PreviousEnvironment { get; }

        public Jint.Runtime.Environments.ExecutionContext? Context { get; set; }

        public void Dispose() => _realm.Leave(this);
    }
}
