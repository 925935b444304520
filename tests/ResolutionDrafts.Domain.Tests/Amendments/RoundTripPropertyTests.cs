using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Tests.Comparison;
using static ResolutionDrafts.Domain.Tests.Amendments.AmendmentDrafts;

namespace ResolutionDrafts.Domain.Tests.Amendments;

/// <summary>
/// Random proposals made from real paragraphs (seeded, so a failure repeats): applying the
/// computed instructions to the original gives the proposed text exactly, every quotation names
/// one place, and reading the instructions one by one arranges the paragraphs as the applier does.
/// </summary>
public sealed class RoundTripPropertyTests
{
    /// <summary>A/C.3/80/L.24 (Report of the Human Rights Council), 4 PP and 2 OP, as issued.</summary>
    private static Draft L24() => English(
        "PP Recalling its resolutions 60/251 of 15 March 2006, by which it established the Human Rights Council, and 65/281 of 17 June 2011 on the review of the Council,",
        "PP Recalling also its resolutions 62/219 of 22 December 2007, 63/160 of 18 December 2008, 64/143 of 18 December 2009, 65/195 of 21 December 2010, 66/136 of 19 December 2011, 67/151 of 20 December 2012, 68/144 of 18 December 2013, 69/155 of 18 December 2014, 70/136 of 17 December 2015, 71/174 of 19 December 2016, 72/153 of 19 December 2017, 73/152 of 17 December 2018, 74/132 of 18 December 2019, 75/165 of 16 December 2020, 76/145 of 16 December 2021, 77/200 of 15 December 2022, 78/186 of 19 December 2023 and 79/157 of 17 December 2024,",
        "PP Recalling further its resolution 79/192 of 17 December 2024 on working methods of the Third Committee,",
        "PP Having considered the recommendations contained in the report of the Human Rights Council,[^1]",
        "OP Takes note of the report of the Human Rights Council, including the addendum thereto, and its recommendations;",
        "OP Encourages Member States to streamline requests for interactive dialogues with the Third Committee.");

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void English_RandomProposals_RoundTrip(int seed, bool structure) =>
        Check(L24(), new Random(seed), cases: 400, structure);

    [Theory]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Chinese_RandomProposals_RoundTrip(int seed, bool structure) =>
        Check(TestDrafts.Cosp7RevisedDraft(), new Random(seed), cases: 150, structure);

    [Fact]
    public void Chinese_ManyEditsAtOnce_RoundTrip() =>
        Check(TestDrafts.Cosp7RevisedDraft(), new Random(5), cases: 30, structure: true, edits: 25);

    private static void Check(Draft original, Random random, int cases, bool structure, int edits = 0)
    {
        var proposals = new RandomProposals(random);
        var kinds = new HashSet<AmendmentKind>();
        var anchors = new HashSet<WordAnchor>();
        for (var i = 0; i < cases; i++)
        {
            var proposed = proposals.Propose(original, edits > 0 ? edits : random.Next(1, 6), structure);
            var amendment = RoundTrip(original, proposed);
            kinds.UnionWith(amendment.Instructions.Select(x => x.Kind));
            anchors.UnionWith(amendment.Instructions.Where(x => x.IsWordEdit).Select(x => x.Anchor));
            Assert.Equal(Structure(proposed), SequentialStructure(original, amendment));
            foreach (var language in new[] { "en", "zh" })
            {
                Assert.All(amendment.Wording(language), w => Assert.False(string.IsNullOrWhiteSpace(w)));
            }
        }

        // The cases did exercise what they are meant to.
        Assert.Superset(new HashSet<AmendmentKind> { AmendmentKind.InsertWords, AmendmentKind.DeleteWords, AmendmentKind.ReplaceWords }, kinds);
        Assert.Superset(new HashSet<WordAnchor> { WordAnchor.None, WordAnchor.AfterWords }, anchors);
        if (structure)
        {
            Assert.Superset(
                new HashSet<AmendmentKind> { AmendmentKind.InsertParagraph, AmendmentKind.DeleteParagraph, AmendmentKind.MoveParagraph, AmendmentKind.ReplaceHeading },
                kinds);
        }
    }

    /// <summary>Ids in order, nested: the arrangement of the paragraphs.</summary>
    private static string Structure(Draft draft) =>
        string.Join(" ", draft.Paragraphs.Select(p => p.Id + Children(p)));

    private static string Children(ParagraphNode node) =>
        node.SubParagraphs.Count == 0 ? "" : "(" + string.Join(" ", node.SubParagraphs.Select(s => s.Id + Children(s))) + ")";

    /// <summary>
    /// The paragraph instructions carried out one at a time in their printed order, each next to
    /// its reference as it stands at that moment: how a delegate reads the document. A paragraph
    /// that changes kind is deleted and inserted again under its id, so new paragraphs get a
    /// temporary id until the end.
    /// </summary>
    private static string SequentialStructure(Draft original, Amendment amendment)
    {
        var draft = original.Clone();
        foreach (var i in amendment.Instructions)
        {
            switch (i.Kind)
            {
                case AmendmentKind.DeleteParagraph:
                    Ok(draft.Delete(i.Target!.Id));
                    break;
                case AmendmentKind.MoveParagraph:
                    Assert.True(draft.TryLocate(i.Target!.Id, out var parentId, out var from));
                    var without = Siblings(draft, parentId).Count - 1;
                    var to = Index(draft, i.Placement!, without, parentId, from);
                    Ok(draft.Move(i.Target.Id, to));
                    break;
                case AmendmentKind.InsertParagraph:
                    var at = Index(draft, i.Placement!, Siblings(draft, i.Parent?.Id).Count, i.Parent?.Id, -1);
                    foreach (var content in i.Content)
                    {
                        Add(draft, i.Parent is null ? null : Temporary(draft, i.Parent.Id), content, at++);
                    }

                    break;
            }
        }

        return Structure(draft).Replace("n.", "", StringComparison.Ordinal);
    }

    private static int Index(Draft draft, ParagraphPlacement placement, int count, string? parentId, int from)
    {
        if (placement.Kind is PlacementKind.AtStart or PlacementKind.AtEnd)
        {
            return placement.Kind == PlacementKind.AtStart ? 0 : count;
        }

        Assert.True(draft.TryLocate(Temporary(draft, placement.Reference!.Id), out var referenceParent, out var at));
        Assert.Equal(parentId is null ? null : Temporary(draft, parentId), referenceParent);
        at = from >= 0 && at > from ? at - 1 : at;
        return placement.Kind == PlacementKind.After ? at + 1 : at;
    }

    private static void Add(Draft draft, string? parentId, ParagraphContent content, int at)
    {
        var id = "n." + content.Id;
        var error = parentId is null
            ? draft.InsertParagraphAsTyped(content.Kind, content.Text, at, id, content.Heading).Error
            : draft.AddSubParagraphAsTyped(parentId, content.Text, at, id).Error;
        Assert.Null(error);
        for (var k = 0; k < content.SubParagraphs.Count; k++)
        {
            Add(draft, id, content.SubParagraphs[k], k);
        }
    }

    /// <summary>The id a paragraph has in the draft being read: its own, or its temporary one.</summary>
    private static string Temporary(Draft draft, string id) => draft.FindNode(id) is not null ? id : "n." + id;

    private static IReadOnlyList<ParagraphNode> Siblings(Draft draft, string? parentId) =>
        parentId is null ? draft.Paragraphs : draft.FindNode(Temporary(draft, parentId))!.SubParagraphs;
}
