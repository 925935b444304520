namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// One row of a compilation of proposals: one numbered item of one proposal, under the paragraph
/// of the text it is about.
/// </summary>
/// <param name="ParagraphId">The paragraph of the text the item is grouped under; null when it names none of the text's paragraphs.</param>
/// <param name="Paragraph">That paragraph as the compilation names it: "OP5" (English), "执行部分第5段" (Chinese).</param>
/// <param name="Reference">How the proposal is referred to (its id unless the caller names it otherwise).</param>
/// <param name="SubAmendmentOf">For a sub-amendment, the reference of the proposal it amends.</param>
/// <param name="Lines">The item's wording: one sentence, or the lead and then "(a) …", "(b) …".</param>
/// <param name="Delegations">"Uganda (on behalf of the Group of 77 and China) and Chile".</param>
/// <param name="Status">"Adopted (85 in favour, 40 against, 20 abstentions)".</param>
public sealed record CompilationRow(
    string? ParagraphId,
    string Paragraph,
    string ProposalId,
    string Reference,
    string? SubAmendmentOf,
    IReadOnlyList<string> Lines,
    string Delegations,
    string Status)
{
    /// <summary>The item as one sentence.</summary>
    public string Wording => string.Join(" ", Lines);
}
