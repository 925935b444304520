using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Markup;

/// <summary>
/// What a marked-up Word file proposes to a draft: per Word author, the proposals (one per
/// paragraph changed, worded against the draft's live text) and the changes that no longer apply,
/// with why; the comments and the paragraphs they land on; notes about what was ignored. A
/// refused file has <see cref="Error"/> and nothing else.
/// </summary>
public sealed record MarkupImportResult
{
    public string? Error { get; init; }

    public IReadOnlyList<MarkupAuthor> Authors { get; init; } = [];

    public IReadOnlyList<MarkupCommentPlacement> Comments { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many of the draft's paragraphs (and headings) were found in the file.</summary>
    public int MatchedParagraphs { get; init; }

    public bool IsSuccess => Error is null;

    public IEnumerable<MarkupProposal> Proposals => Authors.SelectMany(a => a.Proposals);

    public static MarkupImportResult Refused(string error) => new() { Error = error };
}

/// <summary>One Word author's changes.</summary>
public sealed record MarkupAuthor(string Name, IReadOnlyList<MarkupProposal> Proposals, IReadOnlyList<MarkupSkippedChange> Skipped);

/// <summary>
/// One proposal from the file: the draft's text as the author's change to one paragraph makes it
/// (<see cref="Proposed"/>, made to the live text given), and its amendment, worded.
/// </summary>
public sealed record MarkupProposal(string Author, Draft Proposed, Amendment Amendment)
{
    public string Wording(string language) => Amendment.Text(language);

    /// <summary>The ids of the paragraphs of the live text it names, in order.</summary>
    public IReadOnlyList<string> ParagraphIds => Amendment.Instructions
        .Select(i => i.Target?.Id ?? i.Placement?.Reference?.Id).OfType<string>().Distinct().ToList();
}

/// <summary>A change of the file that is not proposed, where it was and why.</summary>
public sealed record MarkupSkippedChange(string Author, string Where, string Reason);

/// <summary>A Word comment and the draft paragraph it lands on (null, with <see cref="Reason"/>, when none).</summary>
public sealed record MarkupCommentPlacement(MarkupComment Comment, string? ParagraphId, string? Reason);
