namespace OrsCompiler.Runtime.Model;

/// <summary>The <c>type</c> attribute of a transition. The numeric values are part of the blob format.</summary>
public enum TransitionType
{
    External = 0,
    Internal = 1,
}
