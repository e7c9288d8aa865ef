using System;
using OrsCompiler.Runtime.Redis;
using OrsCompiler.Runtime.Redis.Resilience;

namespace OrsCompiler.Redis.Tests.Resilience;

public sealed class SourceSettingsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var settings = SourceSettings.From(new RedisDocumentSourceOptions { Configuration = "127.0.0.1:6379" });

        Assert.Equal("127.0.0.1:6379", settings.ClientConfiguration);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.OperationTimeout);
        Assert.Equal(5, settings.BreakerFailureThreshold);
        Assert.Equal(0.5, settings.BreakerFailureRatio);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.BreakerSamplingWindow);
        Assert.Equal(TimeSpan.FromSeconds(15), settings.BreakerBreakDuration);
    }

    [Fact]
    public void Keys_of_the_configuration_string_win_and_never_reach_the_client()
    {
        var settings = SourceSettings.From(new RedisDocumentSourceOptions
        {
            Configuration = "redis-a:6379,orsOperationTimeout=750,password=x,orsBreakerFailures=7,orsBreakerFailureRatio=0.8,orsBreakerWindow=60000,orsBreakDuration=2500",
            OperationTimeout = TimeSpan.FromSeconds(9),
            BreakerFailureThreshold = 3,
        });

        Assert.Equal("redis-a:6379,password=x", settings.ClientConfiguration);
        Assert.Equal(TimeSpan.FromMilliseconds(750), settings.OperationTimeout);
        Assert.Equal(7, settings.BreakerFailureThreshold);
        Assert.Equal(0.8, settings.BreakerFailureRatio);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.BreakerSamplingWindow);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), settings.BreakerBreakDuration);
    }

    [Theory]
    [InlineData("h:1,orsOperationTimeout=soon", "whole number")]
    [InlineData("h:1,orsBreakerFailures=1", "at least 2")]
    [InlineData("h:1,orsBreakerFailureRatio=1.5", "(0, 1]")]
    [InlineData("h:1,orsBreakDuration=10", "at least 500 ms")]
    [InlineData("h:1,orsBreakerTypo=3", "Unknown setting 'orsBreakerTypo'")]
    public void Bad_settings_are_refused_with_the_reason(string configuration, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => SourceSettings.From(new RedisDocumentSourceOptions { Configuration = configuration }));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
