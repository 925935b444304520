namespace ResolutionDrafts.Precedents.Storage;

/// <summary>What an import did: the adopted texts added (<paramref name="Decisions"/> of them decisions) and every file left out, with the reason.</summary>
/// <param name="Texts">Resolutions and decisions added.</param>
public sealed record CorpusImportReport(int Texts, int Decisions, int Paragraphs, IReadOnlyList<SkippedFile> Skipped)
{
    /// <summary>The resolutions added: the texts that are not decisions.</summary>
    public int Resolutions => Texts - Decisions;
}
