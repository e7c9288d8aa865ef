using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks.Redis;

/// <summary>
/// Strategies shaped like Composer output (a chain of blocks, each an assign, a log and a queue:submit with its
/// done/error transitions, then an eventless step with a condition), compiled by our compiler. Block counts are
/// spread so the blobs run from about 10 KB to about 100 KB.
/// </summary>
internal static class ComposerShapedDocuments
{
    public static List<DocumentToPublish> Create(int count, int generation = 0) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var name = $"strategies/app{i % 20:D2}/strategy{i:D4}";
            var blocks = 29 + ((i * 7919) % 258); // 29..286 blocks, spread evenly over the documents
            var analysis = DocumentAnalyzer.Analyze(new SourceDocument(name + ".scxml", Strategy(name, blocks, generation)));
            var blob = DocumentCompiler.Compile(analysis).Blob
                ?? throw new InvalidOperationException($"{name} did not compile: {string.Join("; ", analysis.Diagnostics.Select(d => d.Message))}");
            return new DocumentToPublish(name, blob);
        }).ToList();

    private static string Strategy(string name, int blocks, int generation)
    {
        var text = new StringBuilder();
        text.Append("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\" initial=\"main\" ")
            .Append("xmlns:queue=\"http://www.genesyslab.com/modules/queue\" ")
            .Append($"name=\"{name}\">\n")
            .Append("<datamodel><data id=\"req\"/><data id=\"App_Language\" expr=\"'en-US'\"/><data id=\"App_Segment\" expr=\"'gold'\"/>")
            .Append($"<data id=\"App_Generation\" expr=\"{generation}\"/></datamodel>\n<state id=\"main\">\n")
            .Append("<transition event=\"error\" target=\"end\"/><transition event=\"interaction.deleted\" target=\"end\"/>\n");
        for (var i = 0; i < blocks; i++)
        {
            var next = i + 1 < blocks ? $"Route{i + 1}" : "end";
            text.Append($"<state id=\"Route{i}\"><onentry>")
                .Append($"<assign location=\"App_Segment\" expr=\"App_Segment == 'gold' ? 'gold' : 'silver{i}'\"/>")
                .Append($"<log expr=\"'Route{i}: submitting to VQ_{i} for ' + App_Language + '/' + App_Segment\"/>")
                .Append($"<queue:submit requestid=\"req\" queue=\"'VQ_{i}_' + App_Language\" priority=\"{i % 5}\" timeout=\"30\"/>")
                .Append("</onentry>")
                .Append($"<transition event=\"queue.submit.done\" target=\"Step{i}\"/><transition event=\"error.queue.submit\" target=\"Step{i}\"/></state>\n")
                .Append($"<state id=\"Step{i}\"><transition cond=\"req != null &amp;&amp; App_Segment != 'blocked{i}'\" target=\"{next}\"/><transition target=\"{next}\"/></state>\n");
        }

        text.Append("</state>\n<final id=\"end\"/>\n</scxml>\n");
        return text.ToString();
    }
}
