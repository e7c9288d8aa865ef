using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace OrsCompiler.Engine;

/// <summary>
/// What a realm's global holds beside the ECMAScript built-ins, for every session on it: the SCXML system variables,
/// <c>In()</c>, the XML node functions and ORS's <c>_genesys</c> object. Each reads or acts on the session being
/// evaluated (<see cref="JintRealm.Current"/>).
/// </summary>
internal static class RealmScripts
{
    private static readonly string[] SystemVariables = ["_event", "_sessionid", "_name", "_ioprocessors"];

    // ORS's _genesys object, as far as the repository's strategies use it: calls that change the call (user data) are
    // recorded as side effects like the module actions; reads answer empty. Anything else is undefined, so a call to it
    // fails with error.execution, a clear error rather than a silent guess. Documents of other dialects do not see it
    // (EcmaScriptDataModel hides it).
    private const string GenesysObject = @"(function (g) {
  function effect(name) { return function () { __ors_effect(name, JSON.stringify(Array.prototype.slice.call(arguments))); return true; }; }
  g._genesys = {
    session: {},
    ixn: { interactions: {}, setuData: effect('_genesys.ixn.setuData'), deleteuData: effect('_genesys.ixn.deleteuData') },
    queue: {}, dialog: {}, statistic: {}, resource: {}, classification: {}, ws: {}
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
            session.RecordEffect(TypeConverter.ToString(arguments.At(0)), TypeConverter.ToString(arguments.At(1)));
            return JsValue.Undefined;
        }), true, false, true);

        realm.Engine.Execute(XmlNodes);
        realm.Engine.Execute(GenesysObject);
    }

    private static JsValue At(this JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;
}
