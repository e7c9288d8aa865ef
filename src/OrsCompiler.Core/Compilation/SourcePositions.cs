using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Text;

namespace OrsCompiler.Compilation;

/// <summary>Where a compiled item came from: the start of its location (for included content, in the included file).</summary>
internal static class SourcePositions
{
    public static SourcePosition Of(Location location) => new(location.Start.Line, location.Start.Column);
}
