namespace OrsCompiler.Configuration;

/// <summary>A value one source gave an option that is not valid for it; the front end reports it its own way.</summary>
public sealed record OptionProblem(OptionKey Key, string Value)
{
    public string Expected => Key.Expected;
}
