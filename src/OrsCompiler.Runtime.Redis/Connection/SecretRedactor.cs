using System.Text.RegularExpressions;

namespace OrsCompiler.Runtime.Redis.Connection;

/// <summary>Removes passwords from text that may reach a log, a diagnostic or an exception message.</summary>
public static class SecretRedactor
{
    public const string Mask = "*****";

    private static readonly Regex PasswordSetting = new(
        @"(?<key>\bpassword\s*=\s*)(?<value>[^,]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Masks every <c>password=...</c> setting and every occurrence of the known secret itself.</summary>
    public static string Redact(string text, string? secret = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var redacted = PasswordSetting.Replace(text, match => match.Groups["key"].Value + Mask);
        if (!string.IsNullOrEmpty(secret))
        {
            redacted = redacted.Replace(secret, Mask);
        }

        return redacted;
    }
}
