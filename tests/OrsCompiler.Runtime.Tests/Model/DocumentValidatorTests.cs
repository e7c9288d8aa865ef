using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Runtime.Tests.Support;

namespace OrsCompiler.Runtime.Tests.Model;

/// <summary>Each structural invariant, broken one at a time in an otherwise valid document.</summary>
public class DocumentValidatorTests
{
    [Fact]
    public void The_sample_documents_are_valid()
    {
        SampleDocuments.Full().Validate();
        SampleDocuments.Large(50).Validate();
    }

    [Fact]
    public void An_index_range_is_a_valid_exit_set()
    {
        var large = SampleDocuments.Large(5);
        var transitions = large.Transitions.Select(t => new CompiledTransition
        {
            Index = t.Index,
            Source = t.Source,
            Targets = t.Targets,
            Domain = 0,
            ExitSet = new IndexRange(1, 6),
        });

        new CompiledDocument { States = large.States, Transitions = transitions.ToArray() }.Validate();
        Assert.Equal([1, 2, 3, 4, 5], new IndexRange(1, 6));
        Assert.Empty(new IndexRange(4, 2));
    }

    [Fact]
    public void Ids_of_one_document_do_not_leak_into_the_next()
    {
        // The validator reuses one id set per thread: it must be empty again after a success and after a failure.
        SampleDocuments.Full().Validate();
        SampleDocuments.Full().Validate();
        Assert.Throws<InvalidDocumentBlobException>(Break(SampleDocuments.Full(), "duplicate-id").Validate);
        SampleDocuments.Full().Validate();
        SampleDocuments.Large(2000).Validate();
        SampleDocuments.Full().Validate();
        Assert.Contains("repeats the id", Assert.Throws<InvalidDocumentBlobException>(Break(SampleDocuments.Full(), "duplicate-id").Validate).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_copies_what_it_is_given()
    {
        var targets = new List<int> { 1 };
        var transition = new CompiledTransition { Targets = targets };
        targets.Add(2);

        Assert.Equal([1], transition.Targets);
        Assert.IsType<int[]>(transition.Targets);
    }

    [Fact]
    public void Derived_views_follow_the_tree()
    {
        var document = SampleDocuments.Full();

        Assert.True(document.IsDescendant(2, 1));
        Assert.True(document.IsDescendant(6, 0));
        Assert.False(document.IsDescendant(1, 2));
        Assert.False(document.IsDescendant(5, 1));
        Assert.False(document.IsDescendant(1, 1));
        Assert.Equal(["counter", "config", "inline", "defaultTargetTimeout", "lateValue"], document.DataDeclarations.Select(d => d.Id));
        Assert.Equal(0, document.InitialTransition);
    }

    public static TheoryData<string, string> Breakages => new()
    {
        { "root-kind", "state 0 must be the root" },
        { "index", "is stored at index" },
        { "duplicate-id", "repeats the id" },
        { "parent-after-child", "does not precede it" },
        { "parent-atomic", "cannot hold states" },
        { "depth", "has depth" },
        { "children", "lists 1 children but 2 states name it as parent" },
        { "no-initial", "has no initial transition" },
        { "initial-on-atomic", "cannot have an initial transition" },
        { "negative-history-initial", "names initial transition -5, which is out of range" },
        { "transition-out-of-range", "out of range or belongs to another state" },
        { "transition-unowned", "is referenced by 0 states" },
        { "target-out-of-range", "which is out of range" },
        { "domain-not-ancestor", "which is not its source or an ancestor of it" },
        { "target-outside-domain", "outside its domain" },
        { "exit-set", "exit set that is not the descendants" },
        { "exit-set-range", "exit set that is not the descendants" },
        { "targetless-with-domain", "must have no domain" },
        { "custom-without-name", "local name if and only if" },
        { "unknown-action-kind", "unknown kind 99" },
        { "donedata-on-atomic", "has donedata but is not a final state" },
        { "deep-actions", "nested deeper than 64 levels" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_invariant_is_reported_clearly(string breakage, string message)
    {
        var document = Break(SampleDocuments.Full(), breakage);

        var exception = Assert.Throws<InvalidDocumentBlobException>(document.Validate);
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("Invalid compiled document: ", exception.Message, StringComparison.Ordinal);
    }

    private static CompiledDocument Break(CompiledDocument document, string breakage)
    {
        var states = document.States.ToArray();
        var transitions = document.Transitions.ToArray();
        switch (breakage)
        {
            case "root-kind":
                states[0] = Copy(states[0], kind: StateKind.Compound);
                break;
            case "index":
                states[2] = Copy(states[2], index: 5);
                break;
            case "duplicate-id":
                states[5] = Copy(states[5], id: "s1a");
                break;
            case "parent-after-child":
                states[2] = Copy(states[2], parent: 3);
                break;
            case "parent-atomic":
                states[3] = Copy(states[3], parent: 2, depth: 3);
                states[1] = Copy(states[1], children: [2]);
                break;
            case "depth":
                states[5] = Copy(states[5], depth: 1);
                break;
            case "children":
                states[1] = Copy(states[1], children: [2]);
                break;
            case "no-initial":
                states[1] = Copy(states[1], initial: -1);
                transitions[1] = Copy(transitions[1], source: 2);
                states[2] = Copy(states[2], transitions: [3, 1]);
                break;
            case "initial-on-atomic":
                states[5] = Copy(states[5], initial: 4, transitions: []);
                break;
            case "negative-history-initial":
                states[3] = Copy(states[3], initial: -5);
                transitions[2] = Copy(transitions[2], source: 1);
                states[1] = Copy(states[1], transitions: [6, 2]);
                break;
            case "transition-out-of-range":
                states[2] = Copy(states[2], transitions: [3, 42]);
                break;
            case "transition-unowned":
                states[5] = Copy(states[5], transitions: []);
                break;
            case "target-out-of-range":
                transitions[5] = Copy(transitions[5], targets: [8]);
                break;
            case "domain-not-ancestor":
                transitions[5] = Copy(transitions[5], domain: 1, exitSet: [2, 3]);
                break;
            case "target-outside-domain":
                transitions[6] = Copy(transitions[6], targets: [5]);
                break;
            case "exit-set":
                transitions[3] = Copy(transitions[3], exitSet: [1, 2, 3]);
                break;
            case "exit-set-range":
                transitions[3] = Copy(transitions[3], exitSet: new IndexRange(1, 7));
                break;
            case "targetless-with-domain":
                transitions[4] = Copy(transitions[4], domain: 4);
                break;
            case "custom-without-name":
                document = WithScript(document, new CompiledAction { Kind = ActionKind.Custom, Namespace = "urn:x" });
                break;
            case "unknown-action-kind":
                document = WithScript(document, new CompiledAction { Kind = (ActionKind)99 });
                break;
            case "donedata-on-atomic":
                states[2] = Copy(states[2], doneData: new CompiledAction { Kind = ActionKind.DoneData });
                break;
            case "deep-actions":
                var action = new CompiledAction { Kind = ActionKind.Log };
                for (var i = 0; i < 64; i++)
                {
                    action = new CompiledAction { Kind = ActionKind.If, Children = [action] };
                }

                document = WithScript(document, action);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage));
        }

        return new CompiledDocument { Name = document.Name, States = states, Transitions = transitions, Script = document.Script };
    }

    private static CompiledDocument WithScript(CompiledDocument document, CompiledAction action) =>
        new() { Name = document.Name, States = document.States, Transitions = document.Transitions, Script = [action] };

    private static CompiledState Copy(
        CompiledState state,
        int? index = null,
        string? id = null,
        StateKind? kind = null,
        int? parent = null,
        int[]? children = null,
        int? depth = null,
        int? initial = null,
        int[]? transitions = null,
        CompiledAction? doneData = null) => new()
    {
        Index = index ?? state.Index,
        Id = id ?? state.Id,
        Kind = kind ?? state.Kind,
        Parent = parent ?? state.Parent,
        Children = children ?? state.Children,
        Depth = depth ?? state.Depth,
        InitialTransition = initial ?? state.InitialTransition,
        Transitions = transitions ?? state.Transitions,
        OnEntry = state.OnEntry,
        OnExit = state.OnExit,
        Invokes = state.Invokes,
        DoneData = doneData ?? state.DoneData,
        DataDeclarations = state.DataDeclarations,
        Position = state.Position,
    };

    private static CompiledTransition Copy(CompiledTransition transition, int? source = null, int[]? targets = null, int? domain = null, IReadOnlyList<int>? exitSet = null) => new()
    {
        Index = transition.Index,
        Source = source ?? transition.Source,
        Targets = targets ?? transition.Targets,
        Events = transition.Events,
        Condition = transition.Condition,
        Type = transition.Type,
        Actions = transition.Actions,
        Domain = domain ?? transition.Domain,
        ExitSet = exitSet ?? transition.ExitSet,
        Position = transition.Position,
    };
}
