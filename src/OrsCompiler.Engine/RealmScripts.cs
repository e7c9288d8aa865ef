using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace OrsCompiler.Engine;

/// <summary>
/// What a realm's global holds beside the ECMAScript built-ins, for every session on it: the SCXML system variables,
/// <c>In()</c>, the XML node functions and the functions behind ORS's <c>_genesys</c>. Each reads or acts on the session being
/// evaluated (<see cref="JintRealm.Current"/>).
/// </summary>
internal static class RealmScripts
{
    private static readonly string[] SystemVariables = ["_event", "_sessionid", "_name", "_ioprocessors"];

    // ORS's _genesys object, as far as the repository's strategies use it: calls that change the call (user data) are
    // recorded as side effects like the module actions, and change the call's user data (CallState), which
    // _genesys.ixn.interactions[id].udata reads; interactions[id] exists once interaction.added named it (IxnOM: the list
    // is empty before). Anything else is undefined, so a call to it fails with error.execution, a clear error rather than
    // a silent guess. One object for the realm: its functions act on the session being evaluated, `interactions` is
    // that session's own, and a W3C document (no call) sees no _genesys at all.
    private const string GenesysObject = @"(function (g) {
  function effect(name, apply) {
    return function () {
      __ors_effect(name, Array.prototype.slice.call(arguments));
      if (arguments.length > 0 && arguments[0] !== undefined) { apply(arguments[0]); }
      return true;
    };
  }
  var ixn = { setuData: effect('_genesys.ixn.setuData', __ors_udata_set), deleteuData: effect('_genesys.ixn.deleteuData', __ors_udata_delete) };
  Object.defineProperty(ixn, 'interactions', { get: function () { return __ors_interactions(); }, enumerable: true });
  var genesys = { session: {}, ixn: ixn, queue: {}, dialog: {}, statistic: {}, resource: {}, classification: {}, ws: {} };
  Object.defineProperty(g, '_genesys', {
    get: function () { return __ors_has_call() ? genesys : undefined; },
    set: function (value) { Object.defineProperty(this, '_genesys', { value: value, writable: true, enumerable: true, configurable: true }); },
    enumerable: false, configurable: true
  });
  function udata() { return __ors_udata(); }
  g.__ors_interaction = function (id) {
    var interactions = __ors_interactions();
    if (typeof id !== 'string' || interactions.hasOwnProperty(id)) { return; }
    var entry = { g_uid: id };
    Object.defineProperty(entry, 'udata', { get: udata, enumerable: true });
    interactions[id] = entry;
  };
})(this);";

    // XML content as a minimal DOM (getElementsByTagName, getAttribute, tagName, textContent): nodes are plain objects
    // marked __ors_xml, so they travel as JSON between sessions and are given their methods again when parsed
    // (__ors_revive: Jint 2.10's JSON.parse ignores a reviver, so the tree is walked after parsing).
    private const string XmlNodes = @"(function (g) {
  var proto = {
    getElementsByTagName: function (name) {
      var found = [];
      (function walk(node) { for (var i = 0; i < node.children.length; i++) { var c = node.children[i]; if (name === '*' || c.tagName === name) { found.push(c); } walk(c); } })(this);
      return found;
    },
    getAttribute: function (name) { return this.attributes.hasOwnProperty(name) ? this.attributes[name] : null; }
  };
  g.__ors_revive = function revive(value) {
    if (!value || typeof value !== 'object') { return value; }
    var result = value.__ors_xml ? Object.create(proto) : value;
    for (var k in value) { if (value.hasOwnProperty(k)) { result[k] = revive(value[k]); } }
    return result;
  };
})(this);";

    public static void Install(JintRealm realm)
    {
        var global = realm.Engine.Global;
        foreach (var name in SystemVariables)
        {
            var read = realm.SessionFunction((session, _) => session.SystemVariable(name));

            // Assigning one must fail (W3C: <assign location="_event"> raises error.execution).
            var write = realm.SessionFunction((_, _) =>
                throw new JavaScriptException(realm.Engine.Error, "cannot assign to the system variable " + name));
            global.DefineOwnProperty(name, new PropertyDescriptor(read, write, enumerable: true, configurable: false), throwOnError: true);
        }

        global.FastAddProperty("In", realm.SessionFunction((session, arguments) =>
            new JsValue(arguments.Length > 0 && !arguments[0].IsUndefined() && session.InState(TypeConverter.ToString(arguments[0])))), true, false, true);
        global.FastAddProperty("__ors_effect", realm.SessionFunction((session, arguments) =>
        {
            session.RecordEffect(TypeConverter.ToString(arguments.At(0)), Json(session, arguments.At(1)));
            return JsValue.Undefined;
        }), true, false, true);

        // The call (CallState) behind _genesys.ixn of an ORS session.
        global.FastAddProperty("__ors_udata", realm.SessionFunction((session, _) => session.ParseJson(CallOf(session).UserDataJson)), true, false, true);
        global.FastAddProperty("__ors_udata_set", realm.SessionFunction((session, arguments) =>
        {
            CallOf(session).SetUserData(Json(session, arguments.At(0)));
            return JsValue.Undefined;
        }), true, false, true);
        global.FastAddProperty("__ors_udata_delete", realm.SessionFunction((session, arguments) =>
        {
            CallOf(session).DeleteUserData(Json(session, arguments.At(0)));
            return JsValue.Undefined;
        }), true, false, true);

        global.FastAddProperty("__ors_has_call", realm.SessionFunction((session, _) => new JsValue(session.Call is not null)), true, false, true);
        global.FastAddProperty("__ors_interactions", realm.SessionFunction((session, _) => session.Interactions), true, false, true);

        realm.Engine.Execute(XmlNodes);
        realm.Engine.Execute(GenesysObject);
    }

    private static CallState CallOf(EcmaScriptDataModel session) =>
        session.Call ?? throw new JavaScriptException(session.Realm.Engine.Error, "_genesys belongs to ORS documents");

    private static string Json(EcmaScriptDataModel session, JsValue value) =>
        session.ToJson(value) ?? throw new JavaScriptException(session.Realm.Engine.TypeError, "the value cannot be written as JSON (a cycle?)");

    private static JsValue At(this JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;
}
