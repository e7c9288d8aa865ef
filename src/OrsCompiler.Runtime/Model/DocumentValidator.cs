using System;
using System.Collections.Generic;
using System.Globalization;
using OrsCompiler.Runtime.Blob;

namespace OrsCompiler.Runtime.Model;

/// <summary>
/// The structural invariants an engine relies on so that it can index without bounds checks: indices in range, a
/// pre-order state tree, consistent parent/children/depth, every transition owned by exactly one state, domains and exit
/// sets that agree with the tree.
/// </summary>
internal static class DocumentValidator
{
    // One id set per thread, reused: a new set per document cost about a tenth of the load time. A set that a large
    // document grew is dropped rather than kept for the thread's lifetime.
    private const int MaxKeptIds = 1024;

    [ThreadStatic]
    private static HashSet<string>? _idsOfThread;

    public static void Validate(CompiledDocument document)
    {
        var states = document.StateArray;
        var transitions = document.TransitionArray;
        if (states.Length == 0 || states[0].Kind != StateKind.Root || states[0].Parent != -1)
        {
            throw Fail("state 0 must be the root (kind Root, parent -1)");
        }

        ValidateTree(states);
        var owners = ValidateStateTransitions(states, transitions);
        ValidateTransitions(document, owners);
        ValidateActions(document);
    }

    private static void ValidateTree(CompiledState[] states)
    {
        var ids = _idsOfThread ?? new HashSet<string>(StringComparer.Ordinal);
        _idsOfThread = null;
        try
        {
            ValidateTree(states, ids);
        }
        finally
        {
            if (ids.Count <= MaxKeptIds)
            {
                ids.Clear();
                _idsOfThread = ids;
            }
        }
    }

    private static void ValidateTree(CompiledState[] states, HashSet<string> ids)
    {
        var childCounts = new int[states.Length];
        for (var i = 0; i < states.Length; i++)
        {
            var state = states[i];
            if (state.Index != i)
            {
                throw Fail(Describe(state) + " is stored at index " + Text(i));
            }

            if (state.Kind is < StateKind.Root or > StateKind.HistoryDeep || (state.Kind == StateKind.Root) != (i == 0))
            {
                throw Fail(Describe(state) + " has an invalid kind");
            }

            if (state.Id.Length > 0 && !ids.Add(state.Id))
            {
                throw Fail(Describe(state) + " repeats the id of an earlier state");
            }

            if (i > 0)
            {
                ValidateParent(states, state);
                childCounts[state.Parent]++;
            }
            else if (state.Depth != 0)
            {
                throw Fail("the root must have depth 0");
            }

            if (state.DoneData is { } doneData && (state.Kind != StateKind.Final || doneData.Kind != ActionKind.DoneData))
            {
                throw Fail(Describe(state) + " has donedata but is not a final state");
            }

            for (var j = 0; j < state.Invokes.Count; j++)
            {
                if (state.Invokes[j].Kind != ActionKind.Invoke)
                {
                    throw Fail(Describe(state) + " lists a " + state.Invokes[j].Kind + " among its invokes");
                }
            }
        }

        for (var i = 0; i < states.Length; i++)
        {
            ValidateChildren(states, states[i], childCounts[i]);
        }
    }

    private static void ValidateParent(CompiledState[] states, CompiledState state)
    {
        var parent = state.Parent;
        if (parent < 0 || parent >= state.Index)
        {
            throw Fail(Describe(state) + " has parent " + Text(parent) + ", which does not precede it");
        }

        var parentKind = states[parent].Kind;
        if (parentKind is not (StateKind.Root or StateKind.Compound or StateKind.Parallel))
        {
            throw Fail(Describe(state) + " has a parent of kind " + parentKind + ", which cannot hold states");
        }

        // Pre-order: the parent is the previous state or one of its ancestors, so every subtree is contiguous.
        var walk = state.Index - 1;
        while (walk != parent && walk >= 0)
        {
            walk = states[walk].Parent;
        }

        if (walk != parent)
        {
            throw Fail(Describe(state) + " breaks document order: its parent's subtree is not contiguous");
        }

        if (state.Depth != states[parent].Depth + 1)
        {
            throw Fail(Describe(state) + " has depth " + Text(state.Depth) + ", expected " + Text(states[parent].Depth + 1));
        }
    }

    private static void ValidateChildren(CompiledState[] states, CompiledState state, int childCount)
    {
        var children = state.Children;
        if (children.Count != childCount)
        {
            throw Fail(Describe(state) + " lists " + Text(children.Count) + " children but " + Text(childCount) + " states name it as parent");
        }

        var previous = state.Index;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child <= previous || child >= states.Length || states[child].Parent != state.Index)
            {
                throw Fail(Describe(state) + " lists child " + Text(child) + ", which is not its next child in document order");
            }

            previous = child;
        }

        var canHoldChildren = state.Kind is StateKind.Root or StateKind.Compound or StateKind.Parallel;
        if (!canHoldChildren && childCount > 0)
        {
            throw Fail(Describe(state) + " is " + state.Kind + " but has children");
        }

        if (state.Kind == StateKind.Compound && childCount == 0)
        {
            throw Fail(Describe(state) + " is compound but has no children");
        }

        var needsInitial = state.Kind == StateKind.Compound || (state.Kind == StateKind.Root && childCount > 0);
        var mayHaveInitial = needsInitial || state.IsHistory;
        if (state.InitialTransition < -1)
        {
            throw Fail(Describe(state) + " names initial transition " + Text(state.InitialTransition) + ", which is out of range");
        }

        if ((needsInitial && state.InitialTransition < 0) || (!mayHaveInitial && state.InitialTransition != -1))
        {
            throw Fail(Describe(state) + (needsInitial ? " has no initial transition" : " cannot have an initial transition"));
        }
    }

    private static int[] ValidateStateTransitions(CompiledState[] states, CompiledTransition[] transitions)
    {
        // owners[t] counts how often transition t is referenced; each must be referenced once, by its source.
        var owners = new int[transitions.Length];
        foreach (var state in states)
        {
            if (state.InitialTransition >= 0)
            {
                Own(state, state.InitialTransition, "initial transition");
                if (transitions[state.InitialTransition].Targets.Count == 0)
                {
                    throw Fail(Describe(state) + " has an initial transition without a target");
                }
            }

            for (var i = 0; i < state.Transitions.Count; i++)
            {
                Own(state, state.Transitions[i], "transition");
            }
        }

        for (var t = 0; t < owners.Length; t++)
        {
            if (owners[t] != 1)
            {
                throw Fail("transition " + Text(t) + " is referenced by " + Text(owners[t]) + " states, expected 1 (its source)");
            }
        }

        return owners;

        void Own(CompiledState state, int transition, string role)
        {
            if (transition < 0 || transition >= transitions.Length || transitions[transition].Source != state.Index)
            {
                throw Fail(Describe(state) + " names " + role + " " + Text(transition) + ", which is out of range or belongs to another state");
            }

            owners[transition]++;
        }
    }

    private static void ValidateTransitions(CompiledDocument document, int[] owners)
    {
        var states = document.StateArray;
        var transitions = document.TransitionArray;
        for (var t = 0; t < transitions.Length; t++)
        {
            var transition = transitions[t];
            if (transition.Index != t || owners[t] != 1)
            {
                throw Fail("transition " + Text(t) + " has index " + Text(transition.Index) + " or more than one owner");
            }

            if (transition.Type is not (TransitionType.External or TransitionType.Internal))
            {
                throw Fail(Describe(transition) + " has an invalid type");
            }

            for (var i = 0; i < transition.Targets.Count; i++)
            {
                var target = transition.Targets[i];
                if (target <= 0 || target >= states.Length)
                {
                    throw Fail(Describe(transition) + " targets state " + Text(target) + ", which is out of range");
                }
            }

            ValidateDomain(document, transition);
        }
    }

    private static void ValidateDomain(CompiledDocument document, CompiledTransition transition)
    {
        var states = document.StateArray;
        var domain = transition.Domain;
        if (transition.Targets.Count == 0)
        {
            if (domain != -1 || transition.ExitSet.Count != 0)
            {
                throw Fail(Describe(transition) + " has no target, so it must have no domain and an empty exit set");
            }

            return;
        }

        if (domain < 0 || domain >= states.Length || (domain != transition.Source && !document.IsDescendant(transition.Source, domain)))
        {
            throw Fail(Describe(transition) + " has domain " + Text(domain) + ", which is not its source or an ancestor of it");
        }

        for (var i = 0; i < transition.Targets.Count; i++)
        {
            var target = transition.Targets[i];
            if (!document.IsDescendant(target, domain))
            {
                throw Fail(Describe(transition) + " targets state " + Text(target) + ", which is outside its domain " + Text(domain));
            }
        }

        // The exit set is the proper descendants of the domain: a contiguous index range in a pre-order tree.
        var end = document.SubtreeEnds[domain];
        var exitSet = transition.ExitSet;
        if (exitSet is IndexRange range ? !range.Is(domain + 1, end) : !IsRange(exitSet, domain + 1, end))
        {
            throw Fail(Describe(transition) + " has an exit set that is not the descendants of its domain, in ascending order");
        }
    }

    private static bool IsRange(IReadOnlyList<int> indices, int start, int end)
    {
        if (indices.Count != end - start)
        {
            return false;
        }

        for (var i = 0; i < indices.Count; i++)
        {
            if (indices[i] != start + i)
            {
                return false;
            }
        }

        return true;
    }

    private static void ValidateActions(CompiledDocument document)
    {
        ValidateActions(document.Script, 1);
        for (var i = 0; i < document.TransitionArray.Length; i++)
        {
            ValidateActions(document.TransitionArray[i].Actions, 1);
        }

        for (var i = 0; i < document.StateArray.Length; i++)
        {
            var state = document.StateArray[i];
            ValidateBlocks(state.OnEntry);
            ValidateBlocks(state.OnExit);
            ValidateActions(state.Invokes, 1);
            if (state.DoneData is not null)
            {
                ValidateAction(state.DoneData, 1);
            }
        }
    }

    private static void ValidateBlocks(IReadOnlyList<IReadOnlyList<CompiledAction>> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            ValidateActions(blocks[i], 1);
        }
    }

    private static void ValidateActions(IReadOnlyList<CompiledAction> actions, int depth)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            ValidateAction(actions[i], depth);
        }
    }

    private static void ValidateAction(CompiledAction action, int depth)
    {
        if (action.Kind is < ActionKind.Custom or > ActionKind.DoneData)
        {
            throw Fail("the action at line " + action.Position + " has an unknown kind " + Text((int)action.Kind));
        }

        if ((action.Kind == ActionKind.Custom) != !string.IsNullOrEmpty(action.LocalName))
        {
            throw Fail("the action at line " + action.Position + " must have a local name if and only if it is a custom action");
        }

        if (depth > BlobFormat.MaxActionDepth)
        {
            throw Fail("the action at line " + action.Position + " is nested deeper than " + Text(BlobFormat.MaxActionDepth) + " levels");
        }

        ValidateActions(action.Children, depth + 1);
        if (action.Document is { } embedded)
        {
            try
            {
                Validate(embedded);
            }
            catch (InvalidDocumentBlobException exception)
            {
                throw Fail("the document embedded in the action at line " + action.Position + " is invalid: " + exception.Message);
            }
        }
    }

    private static string Describe(CompiledTransition transition) => "transition " + Text(transition.Index) + " (line " + transition.Position + ")";

    private static string Describe(CompiledState state) => "state " + Text(state.Index) + " ('" + state.Id + "')";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static InvalidDocumentBlobException Fail(string problem) => new("Invalid compiled document: " + problem + ".");
}
