namespace ResolutionDrafts.Web.Reading;

/// <param name="Id">The top-level paragraph's id.</param>
/// <param name="Key">Everything its printed form depends on (<see cref="ReadingKeys"/>): the same key, the same HTML.</param>
/// <param name="Html">The paragraph with its sub-paragraphs as the draft page prints it (Components/Drafts/ParagraphBlock).</param>
public sealed record ReadingParagraphHtml(string Id, string Key, string Html);
