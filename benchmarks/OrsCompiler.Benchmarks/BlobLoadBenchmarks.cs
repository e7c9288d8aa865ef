using System.Linq;
using System.Text;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Benchmarks;

/// <summary>
/// Loading a blob (verify hash, inflate, decode, validate) against only parsing the XML source it stands for, on
/// synthetic chain documents of two sizes, plain and deflated: how loading scales. Issue 5's figure is measured over
/// the conformance documents by <see cref="Compilation.ConformanceLoadBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class BlobLoadBenchmarks
{
    private string _source = "";
    private byte[] _blob = [];
    private byte[] _deflatedBlob = [];

    [Params(20, 500)]
    public int States { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = ChainSource(States);
        var document = ChainDocument(States);
        _blob = DocumentBlobWriter.Write(document, new BlobWriteOptions { DocumentName = "chain" });
        _deflatedBlob = DocumentBlobWriter.Write(document, new BlobWriteOptions { DocumentName = "chain", Compress = true });
    }

    [Benchmark(Baseline = true)]
    public XDocument ParseSourceXml() => XDocument.Parse(_source);

    [Benchmark]
    public CompiledDocument LoadBlob() => OrsDocumentLoader.Load(_blob);

    [Benchmark]
    public CompiledDocument LoadDeflatedBlob() => OrsDocumentLoader.Load(_deflatedBlob);

    [Benchmark]
    public BlobHeader ReadHeaderOnly() => OrsDocumentLoader.ReadHeader(_blob);

    private static string ChainSource(int count)
    {
        var xml = new StringBuilder("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\" initial=\"state1\">\n");
        for (var i = 1; i <= count; i++)
        {
            var next = i == count ? 1 : i + 1;
            xml.Append("  <state id=\"state").Append(i).Append("\">\n")
                .Append("    <onentry><log label=\"entering\" expr=\"'state ").Append(i).Append(" of the chain'\"/></onentry>\n")
                .Append("    <transition event=\"step.next error.*\" target=\"state").Append(next).Append("\"/>\n")
                .Append("  </state>\n");
        }

        return xml.Append("</scxml>\n").ToString();
    }

    private static CompiledDocument ChainDocument(int count)
    {
        var all = Enumerable.Range(1, count).ToArray();
        var exitSet = new IndexRange(1, count + 1);
        var states = new CompiledState[count + 1];
        var transitions = new CompiledTransition[count + 1];
        states[0] = new CompiledState { Kind = StateKind.Root, Children = all, InitialTransition = 0, Position = new SourcePosition(1, 2) };
        transitions[0] = new CompiledTransition { Source = 0, Targets = [1], Domain = 0, ExitSet = exitSet };
        for (var i = 1; i <= count; i++)
        {
            var log = new CompiledAction
            {
                Kind = ActionKind.Log,
                Attributes = [new CompiledAttribute("label", "entering"), new CompiledAttribute("expr", new CompiledExpression("'state " + i + " of the chain'", true, new SourcePosition((4 * i) - 1, 33)))],
                Position = new SourcePosition((4 * i) - 1, 15),
            };
            states[i] = new CompiledState
            {
                Index = i,
                Id = "state" + i,
                Kind = StateKind.Atomic,
                Parent = 0,
                Depth = 1,
                Transitions = [i],
                OnEntry = [[log]],
                Position = new SourcePosition((4 * i) - 2, 4),
            };
            transitions[i] = new CompiledTransition
            {
                Index = i,
                Source = i,
                Targets = [i == count ? 1 : i + 1],
                Events = EventDescriptor.ParseList("step.next error.*"),
                Domain = 0,
                ExitSet = exitSet,
                Position = new SourcePosition(4 * i, 6),
            };
        }

        return new CompiledDocument { States = states, Transitions = transitions };
    }
}
