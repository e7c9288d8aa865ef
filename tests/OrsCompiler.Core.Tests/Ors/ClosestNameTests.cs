using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Ors;

public class ClosestNameTests
{
    [Theory]
    [InlineData("interactonid", "interactionid")]
    [InlineData("reqeustid", "requestid")]
    [InlineData("REQUESTID", "requestid")]
    [InlineData("to", "to")]
    [InlineData("srcexp", "srcexpr")]
    public void Finds_the_nearest_known_name(string typo, string expected)
    {
        Assert.Equal(expected, ClosestName.Find(typo, new[] { "requestid", "interactionid", "to", "srcexpr", "from" }));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("priority")]
    [InlineData("")]
    public void Suggests_nothing_when_no_name_is_close(string name)
    {
        Assert.Null(ClosestName.Find(name, new[] { "requestid", "interactionid", "srcexpr" }));
        Assert.Equal("", ClosestName.Suggestion(name, new[] { "requestid" }));
    }

    [Theory]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_counts_transpositions_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, ClosestName.Distance(a, b));
        Assert.Equal(distance, ClosestName.Distance(b, a));
    }
}
