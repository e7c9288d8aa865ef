using System;
using OrsCompiler.Configuration;

namespace OrsCompiler.Core.Tests.Configuration;

public class DurationTextTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("1.5m", 90_000)]
    [InlineData(" 24h ", 86_400_000)]
    [InlineData("2D", 172_800_000)]
    [InlineData(".5s", 500)]
    [InlineData("1.00:00:00", 86_400_000)]
    [InlineData("00:01:30", 90_000)]
    public void Parses_number_and_unit(string text, long milliseconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("h")]
    [InlineData("-5s")]
    [InlineData("-01:00:00")]
    [InlineData("5 weeks")]
    [InlineData("1e3s")]
    [InlineData("99999999999999999999d")]
    [InlineData(null)]
    public void Rejects_anything_else(string? text)
    {
        Assert.False(DurationText.TryParse(text, out _));
    }

    [Theory]
    [InlineData(86_400_000, "24h")]
    [InlineData(5_400_000, "90m")]
    [InlineData(1_500, "1500ms")]
    [InlineData(30_000, "30s")]
    public void Formats_in_the_largest_exact_unit(long milliseconds, string text)
    {
        Assert.Equal(text, DurationText.Format(TimeSpan.FromMilliseconds(milliseconds)));
    }
}
