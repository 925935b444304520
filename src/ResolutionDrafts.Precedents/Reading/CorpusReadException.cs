namespace ResolutionDrafts.Precedents.Reading;

/// <summary>A file that cannot join the corpus; the message says why, in one line, for the import report.</summary>
public sealed class CorpusReadException(string reason) : Exception(reason);
