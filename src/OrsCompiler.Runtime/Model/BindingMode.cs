namespace OrsCompiler.Runtime.Model;

/// <summary>The <c>binding</c> attribute of <c>&lt;scxml&gt;</c>: when data declarations are initialized.</summary>
public enum BindingMode
{
    /// <summary>Every declaration is initialized when the session starts.</summary>
    Early = 0,

    /// <summary>A state's declarations are initialized the first time it is entered.</summary>
    Late = 1,
}
