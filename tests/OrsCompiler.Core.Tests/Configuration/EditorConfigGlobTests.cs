using OrsCompiler.Configuration;

namespace OrsCompiler.Core.Tests.Configuration;

public class EditorConfigGlobTests
{
    private const string Dir = "/repo";

    [Theory]
    [InlineData("*.scxml", "/repo/a.scxml", true)]
    [InlineData("*.scxml", "/repo/deep/er/a.scxml", true)]
    [InlineData("*.scxml", "/repo/a.scxml.bak", false)]
    [InlineData("*.scxml", "/other/a.scxml", false)]
    [InlineData("*", "/repo/x/y.txt", true)]
    [InlineData("/*.scxml", "/repo/a.scxml", true)]
    [InlineData("/*.scxml", "/repo/sub/a.scxml", false)]
    [InlineData("sub/*.scxml", "/repo/sub/a.scxml", true)]
    [InlineData("sub/*.scxml", "/repo/x/sub/a.scxml", false)]
    [InlineData("**/x/*.scxml", "/repo/x/a.scxml", true)]
    [InlineData("**/x/*.scxml", "/repo/a/b/x/a.scxml", true)]
    [InlineData("**/x/*.scxml", "/repo/a/x/y/a.scxml", false)]
    [InlineData("strategies/**", "/repo/strategies/a/b.scxml", true)]
    [InlineData("*.{scxml,txml}", "/repo/t.txml", true)]
    [InlineData("*.{scxml,txml}", "/repo/t.xml", false)]
    [InlineData("{a,b/c}.scxml", "/repo/b/c.scxml", true)]
    [InlineData("{single}.scxml", "/repo/{single}.scxml", true)]
    [InlineData("{single}.scxml", "/repo/single.scxml", false)]
    [InlineData("test{1..3}.scxml", "/repo/test2.scxml", true)]
    [InlineData("test{1..3}.scxml", "/repo/test4.scxml", false)]
    [InlineData("test{1..3}.scxml", "/repo/test10.scxml", false)]
    [InlineData("?.scxml", "/repo/a.scxml", true)]
    [InlineData("?.scxml", "/repo/ab.scxml", false)]
    [InlineData("[ab].scxml", "/repo/b.scxml", true)]
    [InlineData("[!ab].scxml", "/repo/b.scxml", false)]
    [InlineData("[!ab].scxml", "/repo/c.scxml", true)]
    [InlineData("a\\*.scxml", "/repo/a*.scxml", true)]
    [InlineData("a\\*.scxml", "/repo/ab.scxml", false)]
    [InlineData("[unclosed.scxml", "/repo/[unclosed.scxml", true)]
    public void Glob_matches_as_the_editorconfig_specification_says(string glob, string path, bool matches)
    {
        Assert.Equal(matches, EditorConfigGlob.Create(Dir, glob).IsMatch(path));
    }
}
