using System.IO;
using OrsCompiler.Cli.Simulation;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine.Tests.Support;

/// <summary>Documents for engine tests, compiled to a blob and loaded back as a release would be.</summary>
internal static class Documents
{
    public static CompiledDocument Compile(string scxml) => CompilingDocumentSources.CompileText(Path.Combine(Path.GetTempPath(), "engine-test.scxml"), scxml);

    public static string Scxml(string body, string attributes = "") =>
        "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" datamodel=\"ecmascript\" " + attributes + ">" + body + "</scxml>";

    public static string Ors(string body, string attributes = "") =>
        "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\" "
        + "xmlns:queue=\"http://www.genesyslab.com/modules/queue\" xmlns:ixn=\"http://www.genesyslab.com/modules/interaction\" " + attributes + ">" + body + "</scxml>";
}
