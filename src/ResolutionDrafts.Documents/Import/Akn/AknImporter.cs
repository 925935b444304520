namespace ResolutionDrafts.Documents.Import.Akn;

internal static class AknImporter
{
    public static ParsedDocument Import(string xml, string? language) => throw new ImportRefusedException("AKN not yet");
}
