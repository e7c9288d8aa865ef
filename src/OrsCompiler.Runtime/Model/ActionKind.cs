namespace OrsCompiler.Runtime.Model;

/// <summary>
/// The element a <see cref="CompiledAction"/> stands for. The numeric values are part of the blob format: append, never
/// renumber (a new kind needs a new major format version, since older engines could not run it).
/// </summary>
public enum ActionKind
{
    /// <summary>An extension element (e.g. ORS <c>queue:submit</c>), kept with its namespace and local name.</summary>
    Custom = 0,
    Raise = 1,
    Send = 2,
    Cancel = 3,
    Log = 4,
    Assign = 5,
    Script = 6,

    /// <summary>Children are the actions of every branch, with <see cref="ElseIf"/> and <see cref="Else"/> as separators, as in the XML.</summary>
    If = 7,
    ElseIf = 8,
    Else = 9,
    Foreach = 10,

    /// <summary>A <c>&lt;param&gt;</c> of send, invoke, donedata or an extension element.</summary>
    Param = 11,

    /// <summary>A <c>&lt;content&gt;</c>; inline content is in <see cref="CompiledAction.Body"/>.</summary>
    Content = 12,

    /// <summary>An <c>&lt;invoke&gt;</c>; children are its params, content and <see cref="Finalize"/>.</summary>
    Invoke = 13,

    /// <summary>The <c>&lt;finalize&gt;</c> of an invoke; children are its actions.</summary>
    Finalize = 14,

    /// <summary>The <c>&lt;donedata&gt;</c> of a final state; children are its params or content.</summary>
    DoneData = 15,
}
