using System.Collections.Generic;

namespace OrsCompiler.Ors;

/// <summary>The ORS extension modules and their action elements: one table, easy to extend (issue 3 fills it).</summary>
public static class OrsModuleCatalog
{
    public static IReadOnlyList<OrsModule> Modules { get; } = new List<OrsModule>();

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

    public static OrsActionInfo? FindAction(string namespaceUri, string localName)
    {
        var module = FindModule(namespaceUri);
        if (module == null)
        {
            return null;
        }

        foreach (var action in module.Actions)
        {
            if (action.LocalName == localName)
            {
                return action;
            }
        }

        return null;
    }
}
