namespace ResolutionDrafts.Domain.Drafts;

/// <summary>Quotations held by paragraphs and sub-paragraphs: their lines added, removed, moved (ADR 0028).</summary>
public sealed partial class Draft
{
    /// <summary>The most lines one quotation holds (a rule or a short set of articles, not a treaty).</summary>
    public const int MaxQuotedLines = 200;

    /// <summary>Adds a quoted line to the quotation of <paramref name="holderId"/> at <paramref name="index"/> (the end when null).</summary>
    public DomainResult<QuotedLine> AddQuotedLine(string holderId, string text, int? index = null, string? id = null) =>
        AddQuotedLine(holderId, text, index, id, asTyped: false);

    /// <summary>Removes a quoted line.</summary>
    public DomainResult RemoveQuotedLine(string id)
    {
        var (holder, index) = FindHolderOf(id);
        if (holder is null)
        {
            return DomainResult.Fail($"There is no quoted line with id '{id}'.");
        }

        nodesById?.Remove(id);
        holder.MutableQuotation.RemoveAt(index);
        return DomainResult.Ok();
    }

    /// <summary>Moves a quoted line to <paramref name="newIndex"/> in its quotation.</summary>
    public DomainResult MoveQuotedLine(string id, int newIndex)
    {
        var (holder, index) = FindHolderOf(id);
        return holder is null
            ? DomainResult.Fail($"There is no quoted line with id '{id}'.")
            : MoveWithin(holder.MutableQuotation, index, newIndex);
    }

    /// <summary>Where a quoted line sits: the id of the node holding its quotation and its index there.</summary>
    public bool TryLocateQuotedLine(string id, out string? holderId, out int index)
    {
        var (holder, at) = FindHolderOf(id);
        holderId = holder?.Id;
        index = at;
        return holder is not null;
    }

    internal DomainResult<QuotedLine> AddQuotedLine(string holderId, string text, int? index, string? id, bool asTyped)
    {
        var holder = FindNode(holderId);
        if (holder is null || holder is QuotedLine)
        {
            return DomainResult<QuotedLine>.Fail(holder is null
                ? $"There is no paragraph with id '{holderId}'."
                : "A quoted line cannot hold a quotation of its own; add the line to the quotation it is in.");
        }

        if (holder.MutableQuotation.Count >= MaxQuotedLines)
        {
            return DomainResult<QuotedLine>.Fail($"A quotation holds at most {MaxQuotedLines} lines.");
        }

        var error = (asTyped ? CheckTypedText(text) : CheckText(text, "A quoted line")) ?? CheckNewId(ref id);
        if (error is not null)
        {
            return DomainResult<QuotedLine>.Fail(error);
        }

        var at = index ?? holder.MutableQuotation.Count;
        if (at < 0 || at > holder.MutableQuotation.Count)
        {
            return DomainResult<QuotedLine>.Fail($"Position {at} is outside the quotation's {holder.MutableQuotation.Count} lines.");
        }

        var line = new QuotedLine(id!, asTyped ? text : NormalizeText(text));
        holder.MutableQuotation.Insert(at, line);
        nodesById?.TryAdd(line.Id, line);
        return DomainResult<QuotedLine>.Ok(line);
    }

    private (ParagraphNode? Holder, int Index) FindHolderOf(string id)
    {
        if (FindNode(id) is not QuotedLine)
        {
            return (null, -1);
        }

        foreach (var node in AllNodes())
        {
            var at = node.MutableQuotation.FindIndex(l => l.Id == id);
            if (at >= 0)
            {
                return (node, at);
            }
        }

        return (null, -1);
    }

    private static void CopyQuotation(ParagraphNode from, ParagraphNode to)
    {
        foreach (var line in from.Quotation)
        {
            to.MutableQuotation.Add(new QuotedLine(line.Id, line.Text) { Source = line.Source });
        }
    }
}
