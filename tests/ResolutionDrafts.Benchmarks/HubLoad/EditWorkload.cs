using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;

namespace ResolutionDrafts.Benchmarks.HubLoad;

/// <summary>
/// The random edits of a load run, as people make them in a negotiating room: mostly one typed
/// character, English or Chinese, at a random place in a random paragraph; some deleted
/// characters; now and then a new paragraph or one moved. The ShareDB baseline
/// (baselines/sharedb/workload.js) draws the same mix.
/// </summary>
public static class EditWorkload
{
    public const double InsertShare = 0.80;
    public const double DeleteShare = 0.15;
    public const double NewParagraphShare = 0.03;

    private const string English = "abcdefghijklmnopqrstuvwxyz ";
    private const string Chinese = "联合国大会安全理事会秘书长会员国决议草案和平发展人权可持续环境海洋法";

    /// <summary>Room left under the draft's limits, so a long run never builds an edit the draft must refuse.</summary>
    private const int ParagraphHeadroom = 100;
    private const int TextHeadroom = 100;

    /// <summary>The next edit, drawn with <paramref name="random"/> and built against the client's current text.</summary>
    public static DomainResult<DraftOperation> Next(Draft draft, Random random)
    {
        var roll = random.NextDouble();
        if (roll >= InsertShare + DeleteShare && draft.Paragraphs.Count > 1)
        {
            return roll < InsertShare + DeleteShare + NewParagraphShare && draft.Paragraphs.Count < DraftLimits.MaxParagraphs - ParagraphHeadroom
                ? NewParagraph(draft, random)
                : Move(draft, random);
        }

        var nodes = draft.AllNodes().ToList();
        var node = nodes[random.Next(nodes.Count)];
        var text = node.Text;
        if ((roll >= InsertShare && text.Length > 0) || text.Length > DraftLimits.MaxTextLength - TextHeadroom)
        {
            var at = Boundary(text, random.Next(text.Length));
            var length = char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1;
            return Wrap(EditText.Splice(draft, node.Id, at, length, ""));
        }

        var letters = random.Next(2) == 0 ? English : Chinese;
        var position = Boundary(text, random.Next(text.Length + 1));
        return Wrap(EditText.Splice(draft, node.Id, position, 0, letters[random.Next(letters.Length)].ToString()));
    }

    private static DomainResult<DraftOperation> NewParagraph(Draft draft, Random random)
    {
        var kind = random.Next(2) == 0 ? ParagraphKind.Preambular : ParagraphKind.Operative;
        // Empty, as Enter makes it; later keystrokes fill it.
        return DomainResult<DraftOperation>.Ok(new InsertParagraph(ParagraphIds.New(), kind, random.Next(draft.Paragraphs.Count + 1), ""));
    }

    private static DomainResult<DraftOperation> Move(Draft draft, Random random)
    {
        // Always to another place: json1, in the ShareDB baseline, drops a move onto itself.
        var from = random.Next(draft.Paragraphs.Count);
        var to = random.Next(draft.Paragraphs.Count - 1);
        var move = MoveParagraph.Of(draft, draft.Paragraphs[from].Id, to >= from ? to + 1 : to);
        return move.IsSuccess ? DomainResult<DraftOperation>.Ok(move.Value!) : DomainResult<DraftOperation>.Fail(move.Error!);
    }

    /// <summary>Never between the two halves of a surrogate pair (the demo text has none, but a draft given by --draft may).</summary>
    private static int Boundary(string text, int position) =>
        position > 0 && position < text.Length && char.IsLowSurrogate(text[position]) && char.IsHighSurrogate(text[position - 1]) ? position - 1 : position;

    private static DomainResult<DraftOperation> Wrap(DomainResult<EditText> edit) =>
        edit.IsSuccess ? DomainResult<DraftOperation>.Ok(edit.Value!) : DomainResult<DraftOperation>.Fail(edit.Error!);
}
