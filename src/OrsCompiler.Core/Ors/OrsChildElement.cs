namespace OrsCompiler.Ors;

/// <summary>An element allowed inside a Genesys element: another element of the module or a core SCXML one (param, content).</summary>
public sealed record OrsChildElement(string NamespaceUri, string LocalName);
