using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Precedents.Reading;

/// <summary>
/// One paragraph or sub-paragraph of an adopted resolution: its own words (a paragraph's
/// sub-paragraphs are paragraphs of their own, as in a draft).
/// </summary>
/// <param name="Key">
/// The AKN paragraph id (eId, e.g. "para_101_list_point_a"): the UN gives the English and Chinese
/// versions of one paragraph the same id, which is what links them.
/// </param>
/// <param name="Label">As a delegate cites it: "PP3", "OP5", "OP5 (b)".</param>
public sealed record CorpusParagraph(string Key, string Label, ParagraphKind Kind, string Text);
