using System.IO;

namespace OrsCompiler.Engine.Tests.Conformance;

/// <summary>Finds the conformance documents that build/install-test-prerequisites.sh installs with npm.</summary>
internal static class ConformanceSuite
{
    private const string RelativeFolder = "tests/node/node_modules/@scion-scxml/test-framework/test";

    public static string Folder()
    {
        for (var directory = new DirectoryInfo(System.AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, RelativeFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(directory.FullName, "OrsCompiler.sln")))
            {
                break;
            }
        }

        Assert.Fail(
            $"The SCXML conformance documents ({RelativeFolder}) are missing. Run build/install-test-prerequisites.sh "
            + "(or `dotnet cake --target=Test`), which installs them with npm.");
        return null!;
    }
}
