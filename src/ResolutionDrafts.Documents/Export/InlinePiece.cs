namespace ResolutionDrafts.Documents.Export;

/// <summary>
/// A stretch of text printed with one formatting and one revision state. The text may hold tabs,
/// line breaks and footnote marks (see <see cref="FootnoteMarks"/>); the run writer turns those
/// into Word elements.
/// </summary>
/// <param name="Raised">Printed raised (superscript): a raised letter that is no footnote reference (ADR 0035).</param>
internal readonly record struct InlinePiece(string Text, bool Italic = false, RevisionKind Revision = RevisionKind.None, bool Raised = false);
