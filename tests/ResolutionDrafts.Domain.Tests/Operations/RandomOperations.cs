using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Domain.Tests.Operations;

/// <summary>
/// Makes random valid operations on a draft as a delegate would: mostly typing, sometimes
/// structure, sponsors and masthead. Ids come from the seeded random so runs repeat exactly.
/// </summary>
internal sealed class RandomOperations(Random random, string idPrefix)
{
    // Few names, so that two delegations adding the same sponsor at once happens often.
    private static readonly string[] SponsorNames = ["France", "China", "Ghana", "Peru", "Fiji", "Nepal"];

    private int nextId;

    public static Draft NewDraft(Random random, int paragraphs)
    {
        var draft = Draft.Create("en").Value!;
        var maker = new RandomOperations(random, "seed");
        for (var i = 0; i < paragraphs; i++)
        {
            maker.Insert(draft).Apply(draft);
        }

        return draft;
    }

    /// <summary>A random operation valid on <paramref name="draft"/>; text edits make up about <paramref name="textShare"/> of them.</summary>
    public DraftOperation Next(Draft draft, double textShare = 0.6)
    {
        var nodes = draft.AllNodes().ToList();
        if (nodes.Count > 0 && random.NextDouble() < textShare)
        {
            var node = nodes[random.Next(nodes.Count)];
            var edit = random.Next(4) == 0 ? RandomText.Operation(random, node.Text) : RandomText.Keystroke(random, node.Text);
            return new EditText(node.Id, edit);
        }

        var roll = random.Next(nodes.Count == 0 ? 1 : 17);
        return roll switch
        {
            0 => Insert(draft),
            1 => AddSub(draft, nodes),
            2 when nodes.Count > 3 => DeleteParagraph.Of(draft, nodes[random.Next(nodes.Count)].Id).Value!,
            3 or 2 => Move(draft, nodes),
            4 => new SetParagraphKind(Top(draft).Id, random.Next(2) == 0 ? ParagraphKind.Preambular : ParagraphKind.Operative),
            5 => new SetHeading(Top(draft).Id, random.Next(2) == 0 ? null : "Heading " + RandomText.CodePoints(random, 1, 3)),
            6 => new SetTitle("Title " + RandomText.CodePoints(random, 1, 4)),
            7 => new SetAuthorLine(random.Next(2) == 0 ? "The General Assembly," : "The Human Rights Council,"),
            8 => new SetMetadata(new DraftMetadata { Symbol = $"A/C.3/80/L.{random.Next(99)}", Body = "General Assembly" }),
            9 or 10 => SponsorChange(draft),
            11 => new SetSource(nodes[random.Next(nodes.Count)].Id, random.Next(3) == 0 ? null
                : new AgreedLanguage("A/RES/76/" + random.Next(1, 9), "OP" + random.Next(1, 9), "Urges " + RandomText.CodePoints(random, 1, 6), "2021", "en")),
            12 => new SetPart(Top(draft).Id, random.Next(3) == 0 ? null : new DraftPart("Part " + RandomText.CodePoints(random, 1, 3), "The General Assembly,")),
            13 => new SetSection(Top(draft).Id, random.Next(2) == 0),
            14 or 15 => PartEdge(draft),
            _ => OperationBatch.Of([Insert(draft), new SetTitle("Split " + random.Next(9))]),
        };
    }

    public DraftOperation Insert(Draft draft) => new InsertParagraph(
        NewId(),
        random.Next(2) == 0 ? ParagraphKind.Preambular : ParagraphKind.Operative,
        random.Next(draft.Paragraphs.Count + 1),
        random.Next(5) == 0 ? "" : RandomText.CodePoints(random, 1, 12),
        random.Next(6) == 0 ? "I. Section" : null);

    /// <summary>A change at the edge of a part or a section as the page makes it (<see cref="PartEdges"/>), or an insert when the one drawn is refused here.</summary>
    public DraftOperation PartEdge(Draft draft)
    {
        if (draft.Paragraphs.Count == 0)
        {
            return Insert(draft);
        }

        var top = Top(draft);
        var id = top.Id;
        var part = new DraftPart("Part " + RandomText.CodePoints(random, 1, 3), "The General Assembly,");
        var made = random.Next(8) switch
        {
            6 => PartEdges.Section(draft, id, !top.OpensSection),
            7 => DeleteParagraph.KeepingPart(draft, id),
            0 => DomainResult<DraftOperation>.Ok(PartEdges.InsertBefore(draft, (InsertParagraph)Insert(draft))),
            1 => PartEdges.Move(draft, id, random.Next(draft.Paragraphs.Count)),
            2 => PartEdges.MoveBy(draft, id, random.Next(2) == 0 ? -1 : 1),
            3 => PartEdges.Start(draft, id, part),
            4 => PartEdges.Edit(draft, id, part),
            _ => PartEdges.Remove(draft, id),
        };
        return made.IsSuccess ? made.Value! : Insert(draft);
    }

    private DraftOperation AddSub(Draft draft, List<ParagraphNode> nodes)
    {
        var parents = nodes.Where(n => draft.DepthOf(n.Id) < DraftLimits.MaxSubParagraphDepth).ToList();
        var parent = parents[random.Next(parents.Count)];
        return new AddSubParagraph(parent.Id, NewId(), random.Next(parent.SubParagraphs.Count + 1), RandomText.CodePoints(random, 0, 8));
    }

    private DraftOperation Move(Draft draft, List<ParagraphNode> nodes)
    {
        var node = nodes[random.Next(nodes.Count)];
        var siblings = draft.Paragraphs.Any(p => p.Id == node.Id)
            ? draft.Paragraphs.Count
            : nodes.First(n => n.SubParagraphs.Any(s => s.Id == node.Id)).SubParagraphs.Count;
        return MoveParagraph.Of(draft, node.Id, random.Next(siblings)).Value!;
    }

    private DraftOperation SponsorChange(Draft draft)
    {
        var absent = SponsorNames.Where(n => !draft.Sponsors.Any(s => s.Name == n)).ToList();
        if (absent.Count > 0 && (draft.Sponsors.Count == 0 || random.Next(3) > 0))
        {
            var additional = random.Next(3) == 0;
            var sponsor = new Sponsor(absent[random.Next(absent.Count)], additional, additional && random.Next(2) == 0 ? new DateOnly(2025, 10, 7) : null);
            return new AddSponsor(sponsor, random.Next(draft.Sponsors.Count + 1));
        }

        return RemoveSponsor.Of(draft, draft.Sponsors[random.Next(draft.Sponsors.Count)].Name).Value!;
    }

    private Paragraph Top(Draft draft) => draft.Paragraphs[random.Next(draft.Paragraphs.Count)];

    private string NewId() => $"{idPrefix}-{nextId++}";
}
