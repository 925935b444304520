namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// A footnote reference the importer placed, or could not place, without being sure: text whose
/// footnote numbers were typed as plain digits ("Agenda 216" where the 6 is footnote 6). What it did and
/// where, in words a person can check against the document.
/// </summary>
public sealed record FootnoteDoubt(int Number, ImportConfidence Confidence, string What);
