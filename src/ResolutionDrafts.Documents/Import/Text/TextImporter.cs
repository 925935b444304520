namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>Imports text extracted from an issued PDF.</summary>
internal static class TextImporter
{
    /// <param name="quoteIndents">
    /// For a Word file read as text: beside each line of <paramref name="text"/>, where its paragraph's first line starts
    /// when Word sets it off as a block quotation (ADR 0028, amendment 2); carried to the lines read, so such a quotation
    /// is read here as in the Word path.
    /// </param>
    public static ParsedDocument Import(string text, string language, IReadOnlyList<int?>? quoteIndents = null)
    {
        // Tables first (ADR 0029): their rows are not words of a paragraph.
        // A recorded vote set in columns before them (ADR 0044): its rows are no table of the resolution's.
        var source = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var voted = VoteColumns.Join(source, ResolutionDrafts.Domain.Drafts.DraftLanguage.IsChinese(language));
        var (lines, tables) = TableText.Extract(voted);
        var clean = PageCleaner.Clean(tables.Count == 0 && voted.SequenceEqual(source) ? text : string.Join("\n", lines), ResolutionDrafts.Domain.Drafts.DraftLanguage.IsChinese(language));
        if (clean.Lines.Count == 0)
        {
            throw new ImportRefusedException("the file has no text");
        }

        if (quoteIndents is not null && quoteIndents.Any(i => i is not null))
        {
            QuoteIndents.Carry(clean, text.Split('\n'), quoteIndents);
        }

        // A word a line's end cut after a hyphen: mended when the text spells it whole elsewhere (ADR 0042); English only.
        var chinese = ResolutionDrafts.Domain.Drafts.DraftLanguage.IsChinese(language);
        var hyphens = chinese ? [] : LineEndHyphens.Mend(clean);
        var doc = StructureReader.Read(clean, language);
        doc.Warnings.AddRange(hyphens);
        TableText.Attach(doc, tables);
        if (chinese)
        {
            ChineseSpacing.Apply(doc); // a PDF's spaces around numbers and Latin words, once the structure no longer needs them
        }

        doc.SourceLines.AddRange(text.Split('\n').Select(l => l.TrimEnd('\r')));
        return doc;
    }
}
