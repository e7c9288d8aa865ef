using System.IO;
using OrsCompiler.Runtime.Tests.Support;
using Xunit.Sdk;

namespace OrsCompiler.Integration.Tests.Support;

/// <summary>The SCXML conformance documents of @scion-scxml/test-framework (installed by build/install-test-prerequisites.sh).</summary>
internal static class ConformanceSuite
{
    public const int DocumentCount = 335;

    public static string Folder
    {
        get
        {
            var folder = Path.Combine(NodeTool.ScriptsDirectory, "node_modules", "@scion-scxml", "test-framework", "test");
            if (!Directory.Exists(folder))
            {
                throw new XunitException("The SCXML conformance documents are missing from " + folder + ": run build/install-test-prerequisites.sh once.");
            }

            return folder;
        }
    }
}
