using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>
/// What a fault document declares it must give: <c>&lt;!-- expect: ORS2003 at 7:15 --&gt;</c> (line:column of the
/// diagnostic's start), with <c>also 9:1</c> for a second location (an unterminated comment: where the file ends).
/// Read by the in-process fault suite and by the one that runs the real <c>orsc lint</c>.
/// </summary>
internal sealed record FaultExpectation(string Id, int Line, int Column, string Also)
{
    private static readonly Regex Declaration = new(@"expect:\s*(ORS\d{4})\s+at\s+(\d+):(\d+)(?:\s+also\s+(\d+):(\d+))?", RegexOptions.Compiled);

    public static List<FaultExpectation> Read(string path) =>
        Declaration.Matches(File.ReadAllText(path))
            .Select(m => new FaultExpectation(
                m.Groups[1].Value,
                int.Parse(m.Groups[2].Value),
                int.Parse(m.Groups[3].Value),
                m.Groups[4].Success ? $"{m.Groups[4].Value}:{m.Groups[5].Value}" : ""))
            .ToList();

    public override string ToString() => Also.Length == 0 ? $"{Id} at {Line}:{Column}" : $"{Id} at {Line}:{Column} also {Also}";
}
