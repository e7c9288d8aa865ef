using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Redis.Tests.Connection;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("h:6379,password=abc,ssl=true", "h:6379,password=*****,ssl=true")]
    [InlineData("h:6379,Password = abc", "h:6379,Password = *****")]
    [InlineData("h:6379,ssl=true", "h:6379,ssl=true")]
    public void Password_settings_are_masked(string text, string expected) =>
        Assert.Equal(expected, SecretRedactor.Redact(text));

    [Fact]
    public void A_known_secret_is_masked_wherever_it_appears() =>
        Assert.Equal("AUTH ***** failed", SecretRedactor.Redact("AUTH hunter2 failed", "hunter2"));
}
