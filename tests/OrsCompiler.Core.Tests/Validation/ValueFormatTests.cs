using OrsCompiler.Rules;
using OrsCompiler.Rules.Semantics;

namespace OrsCompiler.Core.Tests.Validation;

public class ValueFormatTests
{
    [Theory]
    [InlineData("1s", true)]
    [InlineData("500ms", true)]
    [InlineData("1.5s", true)]
    [InlineData(".5s", true)]
    [InlineData("0ms", true)]
    [InlineData(" 2s ", true)]
    [InlineData("500", false)]
    [InlineData("1.s", false)]
    [InlineData("s", false)]
    [InlineData("ms", false)]
    [InlineData("-1s", false)]
    [InlineData("1m", false)]
    [InlineData("5 seconds", false)]
    [InlineData("1e3ms", false)]
    [InlineData("", false)]
    public void Css2_time(string value, bool valid) => Assert.Equal(valid, SendDelayRule.IsCss2Time(value));

    [Theory]
    [InlineData("dnoe", "done")]
    [InlineData("strat", "start")]
    [InlineData("Done", "done")]
    [InlineData("x", null)]
    [InlineData("completely-different", null)]
    public void Spelling_suggestion(string misspelled, string? expected) =>
        Assert.Equal(expected, SpellingSuggestion.Find(misspelled, new[] { "start", "done", "y2", "waiting" }));
}
