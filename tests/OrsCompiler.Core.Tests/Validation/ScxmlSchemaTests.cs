using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Core.Tests.Validation;

public class ScxmlSchemaTests
{
    [Theory]
    [InlineData(ScxmlNames.Scxml)]
    [InlineData(ScxmlNames.State)]
    [InlineData(ScxmlNames.Parallel)]
    [InlineData(ScxmlNames.Final)]
    [InlineData(ScxmlNames.History)]
    [InlineData(ScxmlNames.Initial)]
    [InlineData(ScxmlNames.Transition)]
    [InlineData(ScxmlNames.OnEntry)]
    [InlineData(ScxmlNames.OnExit)]
    [InlineData(ScxmlNames.DataModel)]
    [InlineData(ScxmlNames.Data)]
    [InlineData(ScxmlNames.Invoke)]
    [InlineData(ScxmlNames.Finalize)]
    [InlineData(ScxmlNames.DoneData)]
    [InlineData(ScxmlNames.Content)]
    [InlineData(ScxmlNames.Param)]
    [InlineData(ScxmlNames.Script)]
    [InlineData(ScxmlNames.Raise)]
    [InlineData(ScxmlNames.If)]
    [InlineData(ScxmlNames.ElseIf)]
    [InlineData(ScxmlNames.Else)]
    [InlineData(ScxmlNames.Foreach)]
    [InlineData(ScxmlNames.Log)]
    [InlineData(ScxmlNames.Assign)]
    [InlineData(ScxmlNames.Send)]
    [InlineData(ScxmlNames.Cancel)]
    public void Every_scxml_element_is_in_both_dialects(string element)
    {
        Assert.NotNull(ScxmlSchema.W3C.Find(element));
        Assert.NotNull(ScxmlSchema.Ors.Find(element));
    }

    [Fact]
    public void The_dialects_differ_only_where_the_2009_draft_does()
    {
        Assert.Null(ScxmlSchema.W3C.Find(ScxmlNames.Scxml)!.FindAttribute("profile"));
        Assert.Equal(AttributeKind.DataModel, ScxmlSchema.Ors.Find(ScxmlNames.Scxml)!.FindAttribute("profile")!.Kind);
        Assert.Equal(AttributeKind.EventName, ScxmlSchema.W3C.Find(ScxmlNames.Send)!.FindAttribute("event")!.Kind);
        Assert.Equal(AttributeKind.ValueExpression, ScxmlSchema.Ors.Find(ScxmlNames.Send)!.FindAttribute("event")!.Kind);
        Assert.Equal(AttributeKind.Duration, ScxmlSchema.W3C.Find(ScxmlNames.Send)!.FindAttribute("delay")!.Kind);
        Assert.Equal(AttributeKind.ValueExpression, ScxmlSchema.Ors.Find(ScxmlNames.Send)!.FindAttribute("delay")!.Kind);
        Assert.False(ScxmlSchema.W3C.Find(ScxmlNames.Raise)!.AllowsChild(ScxmlNames.Param));
        Assert.True(ScxmlSchema.Ors.Find(ScxmlNames.Raise)!.AllowsChild(ScxmlNames.Param));
        Assert.Null(ScxmlSchema.W3C.Find(ScxmlNames.Cancel)!.FindAttribute("id"));
        Assert.NotNull(ScxmlSchema.Ors.Find(ScxmlNames.Cancel)!.FindAttribute("id"));
        Assert.True(ScxmlSchema.Ors.IsInternalTarget("_internal"));
        Assert.False(ScxmlSchema.W3C.IsInternalTarget("_internal"));
        Assert.True(ScxmlSchema.W3C.IsInternalTarget("#_internal"));
    }

    [Fact]
    public void Unknown_elements_have_no_schema() => Assert.Null(ScxmlSchema.W3C.Find("anchor"));
}
