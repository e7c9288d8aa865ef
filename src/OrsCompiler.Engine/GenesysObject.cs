using System.Linq;
using System.Text;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace OrsCompiler.Engine;

/// <summary>
/// ORS's <c>_genesys</c> object, as far as the repository's strategies use it, one for the realm and read-only. Calls
/// that change the call (<c>_genesys.ixn.setuData</c> / <c>deleteuData</c>) are recorded as side effects like the module
/// actions and change the session's call (<see cref="CallState"/>), which <c>_genesys.ixn.interactions[id].udata</c>
/// reads; <c>interactions[id]</c> exists once <c>interaction.added</c> named it (IxnOM: the list is empty before), and
/// <c>interactions</c> is each session's own. Anything else is undefined, so a call to it fails with
/// <c>error.execution</c>, a clear error rather than a silent guess. A W3C document (no call) sees no <c>_genesys</c>.
/// Built with CLR functions rather than script: a script function call in Jint costs more than the rest of a macrostep.
/// </summary>
internal static class GenesysObject
{
    private const string SetUserData = "_genesys.ixn.setuData";
    private const string DeleteUserData = "_genesys.ixn.deleteuData";

    public static void Install(JintRealm realm)
    {
        var engine = realm.Engine;
        var ixn = ReadOnlyObject(engine);
        ixn.FastAddProperty("setuData", realm.SessionFunction((session, arguments) => ChangeUserData(session, SetUserData, arguments)), false, true, false);
        ixn.FastAddProperty("deleteuData", realm.SessionFunction((session, arguments) => ChangeUserData(session, DeleteUserData, arguments)), false, true, false);
        ixn.DefineOwnProperty(
            "interactions",
            new PropertyDescriptor(realm.SessionFunction((session, _) => session.Interactions), JsValue.Undefined, enumerable: true, configurable: false),
            throwOnError: true);

        var genesys = ReadOnlyObject(engine);
        genesys.FastAddProperty("ixn", ixn, false, true, false);
        foreach (var module in new[] { "session", "queue", "dialog", "statistic", "resource", "classification", "ws" })
        {
            var empty = ReadOnlyObject(engine);
            empty.Extensible = false;
            genesys.FastAddProperty(module, empty, false, true, false);
        }

        ixn.Extensible = false;
        genesys.Extensible = false;

        // Visible to ORS sessions only; a session may still declare its own _genesys.
        engine.Global.DefineOwnProperty(
            "_genesys",
            new PropertyDescriptor(
                realm.SessionFunction((session, _) => session.Call is null ? JsValue.Undefined : genesys),
                new Jint.Runtime.Interop.ClrFunctionInstance(engine, (self, arguments) =>
                {
                    self.AsObject().DefineOwnProperty("_genesys", new PropertyDescriptor(arguments.Length > 0 ? arguments[0] : JsValue.Undefined, true, true, true), false);
                    return JsValue.Undefined;
                }),
                enumerable: false,
                configurable: true),
            throwOnError: true);
    }

    /// <summary><c>_genesys.ixn.interactions[id]</c>: <c>g_uid</c> and the call's user data, read when asked.</summary>
    public static ObjectInstance Interaction(JintRealm realm, string interactionId)
    {
        var entry = realm.Engine.Object.Construct(Arguments.Empty);
        entry.FastAddProperty("g_uid", interactionId, false, true, false);
        entry.DefineOwnProperty(
            "udata",
            new PropertyDescriptor(realm.SessionFunction((session, _) => session.ParseJson(CallOf(session).UserDataJson)), JsValue.Undefined, enumerable: true, configurable: false),
            throwOnError: true);
        entry.Extensible = false;
        return entry;
    }

    private static JsValue ChangeUserData(EcmaScriptDataModel session, string function, JsValue[] arguments)
    {
        var call = CallOf(session);
        var json = new StringBuilder("[");
        var values = arguments.Select(argument => argument.IsUndefined() ? "null" : Json(session, argument)).ToArray();
        json.Append(string.Join(",", values)).Append(']');
        session.RecordEffect(function, json.ToString());
        if (arguments.Length > 0 && !arguments[0].IsUndefined())
        {
            if (function == SetUserData)
            {
                call.SetUserData(values[0]);
            }
            else
            {
                call.DeleteUserData(values[0]);
            }
        }

        return JsValue.True;
    }

    private static ObjectInstance ReadOnlyObject(Jint.Engine engine)
    {
        // Made read-only once filled (Install ends with Freeze).
        return engine.Object.Construct(Arguments.Empty);
    }

    private static CallState CallOf(EcmaScriptDataModel session) =>
        session.Call ?? throw new JavaScriptException(session.Realm.Engine.Error, "_genesys belongs to ORS documents");

    private static string Json(EcmaScriptDataModel session, JsValue value) =>
        session.ToJson(value) ?? throw new JavaScriptException(session.Realm.Engine.TypeError, "the value cannot be written as JSON (a cycle?)");
}
