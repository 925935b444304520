namespace ResolutionDrafts.Documents.Import.Docx;

internal static class DocxImporter
{
    public static ParsedDocument Import(byte[] data, string? language) => throw new ImportRefusedException("DOCX not yet");
}
