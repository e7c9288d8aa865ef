using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>The resolved options of one document and the configuration files they came from (inputs of its blob).</summary>
internal sealed record DocumentOptions(AnalysisOptions Analysis, CompileOptions Compile, IReadOnlyList<string> ConfigurationFiles);
