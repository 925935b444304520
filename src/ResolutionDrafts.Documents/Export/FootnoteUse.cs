namespace ResolutionDrafts.Documents.Export;

/// <summary>One reference to a note: the Word footnote id, its printed number, the bookmark of the real reference, and whether this is it.</summary>
internal sealed record FootnoteUse(int WordId, int PrintedNumber, string BookmarkName, int BookmarkId, bool IsReal);
