namespace OrsCompiler.Engine;

/// <summary>The <c>_event.type</c> field.</summary>
public enum EventType
{
    Platform,
    Internal,
    External,
}
