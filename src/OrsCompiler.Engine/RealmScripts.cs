using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace OrsCompiler.Engine;

/// <summary>
/// What a realm's global holds beside the ECMAScript built-ins, for every session on it: the SCXML system variables,
/// <c>In()</c>, the XML node functions and ORS's <c>_genesys</c> (<see cref="GenesysObject"/>). Each reads or acts on the session being
/// evaluated (<see cref="JintRealm.Current"/>).
/// </summary>
internal static class RealmScripts
{
    private static readonly string[] SystemVariables = ["_event", "_sessionid", "_name", "_ioprocessors"];

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
        realm.Engine.Execute(XmlNodes);
        GenesysObject.Install(realm);
    }
}
