namespace ResolutionDrafts.Documents.Import;

/// <summary>
/// Thrown inside an importer when the input is not a resolution it can read ("no author line
/// found"). <see cref="DraftImporter"/> turns it into a failed <see cref="ImportResult"/>; it never
/// leaves the library.
/// </summary>
internal sealed class ImportRefusedException(string message) : Exception(message);
