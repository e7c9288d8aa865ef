// OrsCompiler build script. `dotnet tool restore && dotnet cake --target=Test` is what CI runs.
using System.Xml.Linq;

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var solution = "./OrsCompiler.sln";
var artifacts = Directory("./artifacts");
var testResults = artifacts + Directory("test-results");
var localFeed = artifacts + Directory("packages");

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./src/**/bin");
    CleanDirectories("./src/**/obj");
    CleanDirectories("./tests/**/bin");
    CleanDirectories("./tests/**/obj");
    CleanDirectories("./analyzers/**/bin");
    CleanDirectories("./analyzers/**/obj");
    CleanDirectories("./msbuild/**/bin");
    CleanDirectories("./msbuild/**/obj");
    CleanDirectories("./examples/**/bin");
    CleanDirectories("./examples/**/obj");
    CleanDirectories("./benchmarks/**/bin");
    CleanDirectories("./benchmarks/**/obj");
    CleanDirectory(artifacts);
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

// Packages: the MSBuild package (with the analyzer), the runtime libraries and the CLI tool, into artifacts/packages.
Task("Pack")
    .IsDependentOn("Build")
    .Does(() =>
{
    EnsureDirectoryExists(localFeed);
    DotNetPack(solution, new DotNetPackSettings
    {
        Configuration = configuration,
        NoBuild = true,
        OutputDirectory = localFeed,
    });
});

// What a fresh Debian machine lacks for the tests: redis-server, openssl, npm packages.
Task("TestPrerequisites")
    .Does(() =>
{
    var exitCode = StartProcess("bash", new ProcessSettings { Arguments = "build/install-test-prerequisites.sh" });
    if (exitCode != 0)
    {
        throw new Exception($"Installing test prerequisites failed with exit code {exitCode}.");
    }
});

Task("Test")
    .IsDependentOn("TestPrerequisites")
    .IsDependentOn("Pack")
    .Does(() =>
{
    CleanDirectory(testResults);
    var failures = new List<string>();
    foreach (var project in GetFiles("./tests/**/*.Tests.csproj"))
    {
        var name = project.GetFilenameWithoutExtension().ToString();
        try
        {
            DotNetTest(project.FullPath, new DotNetTestSettings
            {
                Configuration = configuration,
                NoBuild = true,
                Loggers = new[] { $"trx;LogFileName={name}.trx", "console;verbosity=normal" },
                ResultsDirectory = testResults,
            });
        }
        catch (Exception e)
        {
            failures.Add($"{name}: {e.Message}");
        }
    }

    // One closing line over every test project, so a reader (and CI) sees the whole run at a glance.
    int passed = 0, failed = 0, skipped = 0;
    XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    foreach (var trx in GetFiles(testResults.Path.FullPath + "/*.trx"))
    {
        var counters = XDocument.Load(trx.FullPath).Descendants(ns + "Counters").FirstOrDefault();
        if (counters == null) continue;
        passed += (int?)counters.Attribute("passed") ?? 0;
        failed += (int?)counters.Attribute("failed") ?? 0;
        skipped += (int?)counters.Attribute("notExecuted") ?? 0;
    }

    // Plain text, alone on its line: Cake's log would colour the numbers, and CI reads this line as written.
    Console.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
    if (failures.Count > 0 || failed > 0)
    {
        throw new Exception("Tests failed:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    if (passed == 0)
    {
        throw new Exception("No test ran.");
    }
});

// The README's main job: build the example strategy project with the package built from this repository.
Task("Example")
    .IsDependentOn("Pack")
    .Does(() =>
{
    // The examples cache packages apart (examples/NuGet.config): drop the copy of the version just packed.
    CleanDirectory("./examples/.packages/orscompiler.msbuild");
    DotNetBuild("./examples/RoutingStrategies", new DotNetBuildSettings { Configuration = configuration });
});

RunTarget(target);
