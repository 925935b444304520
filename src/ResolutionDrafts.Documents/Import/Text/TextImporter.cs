namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>Imports text extracted from an issued PDF.</summary>
internal static class TextImporter
{
    public static ParsedDocument Import(string text, string language)
    {
        // Tables first (ADR 0029): their rows are not words of a paragraph.
        var (lines, tables) = TableText.Extract(text.Split('\n').Select(l => l.TrimEnd('\r')).ToList());
        var clean = PageCleaner.Clean(tables.Count == 0 ? text : string.Join("\n", lines), ResolutionDrafts.Domain.Drafts.DraftLanguage.IsChinese(language));
        if (clean.Lines.Count == 0)
        {
            throw new ImportRefusedException("the file has no text");
        }

        var doc = StructureReader.Read(clean, language);
        TableText.Attach(doc, tables);
        if (ResolutionDrafts.Domain.Drafts.DraftLanguage.IsChinese(language))
        {
            ChineseSpacing.Apply(doc); // a PDF's spaces around numbers and Latin words, once the structure no longer needs them
        }

        doc.SourceLines.AddRange(text.Split('\n').Select(l => l.TrimEnd('\r')));
        return doc;
    }
}
