using System.Linq;
using OrsCompiler.Ors;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Ors;

public class OrsModuleCatalogTests
{
    [Theory]
    [InlineData("http://www.genesyslab.com/modules/queue", "submit", "queue.submit.done", "error.queue.submit", true)]
    [InlineData("http://www.genesyslab.com/modules/queue", "query", "queue.query.done", "error.queue.query", false)]
    [InlineData("http://www.genesyslab.com/modules/interaction", "redirect", "interaction.redirect.done", "error.interaction.redirect", true)]
    [InlineData("http://www.genesyslab.com/modules/dialog", "playandcollect", "dialog.playandcollect.done", "error.dialog.playandcollect", true)]
    [InlineData("http://www.genesyslab.com/modules/session", "fetch", "session.fetch.done", "error.session.fetch", true)]
    public void Actions_know_their_events_and_side_effects(string ns, string name, string done, string error, bool touches)
    {
        var action = OrsModuleCatalog.FindAction(ns, name);
        Assert.NotNull(action);
        Assert.Equal(done, action!.DoneEvent);
        Assert.Equal(error, action.ErrorEvent);
        Assert.Equal(touches, action.TouchesOutsideWorld);
    }

    [Fact]
    public void Every_module_and_element_names_the_genesys_page_it_comes_from()
    {
        foreach (var module in OrsModuleCatalog.Modules)
        {
            Assert.StartsWith("https://", module.Source);
            Assert.Contains("genesys.com/", module.Source);
            foreach (var element in module.Elements)
            {
                Assert.True(element.Source.StartsWith("https://", System.StringComparison.Ordinal) && element.Source.Contains("genesys.com/"),
                    $"{module.Name}:{element.LocalName} has no source page");
            }
        }

        Assert.EndsWith("PlayMessageBlock:8.1.5", OrsModuleCatalog.FindElement(OrsModuleCatalog.DialogNamespace, "play")!.Source);
    }

    [Fact]
    public void Parts_of_actions_are_elements_but_not_actions()
    {
        Assert.Null(OrsModuleCatalog.FindAction(OrsModuleCatalog.QueueNamespace, "target"));
        var target = OrsModuleCatalog.FindElement(OrsModuleCatalog.QueueNamespace, "target");
        Assert.NotNull(target);
        var type = target!.FindAttribute("type");
        Assert.Equal(OrsAttributeKind.Enumeration, type!.Kind);
        Assert.Contains("agentgroup", type.AllowedValues);
        Assert.True(OrsModuleCatalog.FindElement(OrsModuleCatalog.QueueNamespace, "targets")!.AllowsChild(OrsModuleCatalog.QueueNamespace, "targetid"));
    }

    [Fact]
    public void Requestid_is_a_location_and_submit_announces_its_request_id()
    {
        var submit = OrsModuleCatalog.FindAction(OrsModuleCatalog.QueueNamespace, "submit")!;
        Assert.Equal(OrsAttributeKind.Location, submit.FindAttribute("requestid")!.Kind);
        Assert.Contains("queue.submit.requestid", submit.Events);
    }

    [Fact]
    public void Interaction_module_is_ixn_with_interaction_events()
    {
        var module = OrsModuleCatalog.FindModule(OrsModuleCatalog.InteractionNamespace)!;
        Assert.Equal("ixn", module.Name);
        Assert.Equal("interaction", module.EventPrefix);
        Assert.Equal(10, OrsModuleCatalog.Modules.Count);
        Assert.All(OrsModuleCatalog.Modules, m => Assert.True(ScxmlNames.IsGenesysNamespace(m.NamespaceUri)));
        Assert.Equal(OrsModuleCatalog.Modules.Count, OrsModuleCatalog.Modules.Select(m => m.NamespaceUri).Distinct().Count());
    }

    [Theory]
    [InlineData("", false)]
    [InlineData(" method=\"'get'\"", false)]
    [InlineData(" method=\"'GET'\"", false)]
    [InlineData(" method=\"'post'\"", true)]
    [InlineData(" method=\"verb\"", true)]
    public void Fetch_touches_the_outside_world_unless_it_is_a_get(string method, bool touches)
    {
        var text = $"<session:fetch xmlns:session=\"{OrsModuleCatalog.SessionNamespace}\" srcexpr=\"'http://x'\"{method}/>";
        var element = SyntaxParser.Parse(new SourceDocument("f.xml", text)).Root!;
        Assert.Equal(touches, OrsModuleCatalog.FindAction(element)!.TouchesOutsideWorldAt(element));
    }
}
