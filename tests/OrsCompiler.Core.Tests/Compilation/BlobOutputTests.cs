using System.Linq;
using OrsCompiler.Compilation;
using OrsCompiler.Runtime;
using static OrsCompiler.Core.Tests.Compilation.TestCompiler;

namespace OrsCompiler.Core.Tests.Compilation;

public class BlobOutputTests
{
    private static readonly string Rich = Document(
        """
        <datamodel><data id="a" expr="1"/><data id="b" _type="parameter" _desc="d"/></datamodel>
        <script>var x = 1;</script>
        <state id="s" initial="s2">
          <onentry><queue:submit queue="'q'" priority="1" timeout="3"><queue:targets><queue:target name="t"/></queue:targets></queue:submit></onentry>
          <state id="s1"/><state id="s2"><transition event="e f.* g" cond="a > 0" target="p"><send event="'x'" delay="'1s'"><param name="n" expr="1"/></send></transition></state>
        </state>
        <parallel id="p"><state id="r1"/><state id="r2"/><history id="h" type="deep"><transition target="r1"/></history></parallel>
        """,
        rootAttributes: "name=\"rich\" _persist=\"true\" xmlns:queue=\"http://www.genesyslab.com/modules/queue\"");

    [Fact]
    public void Compiling_twice_gives_byte_identical_blobs()
    {
        var first = Compile(Rich).Blob!;
        var second = Compile(Rich).Blob!;

        Assert.Equal(first, second);
        Assert.Equal(first, Compile(Rich, new CompileOptions { DocumentName = "t" }).Blob);
    }

    [Fact]
    public void The_blob_loads_back_to_the_compiled_document()
    {
        var result = Compile(Rich);

        var loaded = OrsDocumentLoader.Load(result.Blob!);

        Assert.Equal(result.Document!.States.Select(s => (s.Id, s.Kind, s.Parent, s.InitialTransition)), loaded.States.Select(s => (s.Id, s.Kind, s.Parent, s.InitialTransition)));
        Assert.Equal(result.Document.Transitions.Select(t => (t.Source, t.Domain, t.ExitSet.Count)), loaded.Transitions.Select(t => (t.Source, t.Domain, t.ExitSet.Count)));
        Assert.Equal("submit", loaded.State("s").OnEntry[0][0].LocalName);
    }

    [Fact]
    public void Header_records_name_compiler_version_and_source_hash()
    {
        var header = OrsDocumentLoader.ReadHeader(Compile(Rich).Blob!);

        Assert.Equal("t", header.DocumentName);
        Assert.Equal(CompilerVersion.Current, header.CompilerVersion);
        Assert.DoesNotContain("+", header.CompilerVersion, System.StringComparison.Ordinal);
        Assert.Equal(SourceHash.Sha256Hex(Rich), header.SourceSha256);
        Assert.Equal("billing/main", OrsDocumentLoader.ReadHeader(Compile(Rich, new CompileOptions { DocumentName = "billing/main" }).Blob!).DocumentName);
    }

    [Fact]
    public void Compression_is_applied_above_the_threshold_only()
    {
        Assert.False(OrsDocumentLoader.ReadHeader(Compile(Rich, new CompileOptions { Compress = true }).Blob!).Compressed);
        Assert.True(OrsDocumentLoader.ReadHeader(Compile(Rich, new CompileOptions { Compress = true, CompressThreshold = 64 }).Blob!).Compressed);
    }

    [Theory]
    [InlineData("0.1.0+a3fd6056", "0.1.0")]
    [InlineData("1.2.3-beta.1+build.5", "1.2.3-beta.1")]
    [InlineData("2.0.0", "2.0.0")]
    public void Build_metadata_is_not_part_of_the_compiler_version(string informational, string expected) =>
        Assert.Equal(expected, CompilerVersion.WithoutBuildMetadata(informational));

    [Fact]
    public void Source_hash_is_sha256_of_utf8() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SourceHash.Sha256Hex("abc"));
}
