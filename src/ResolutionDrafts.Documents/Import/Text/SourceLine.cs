namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// One line of text to recognise, with what surrounded it: whether it was indented, whether blank
/// lines or removed page furniture stood before it, and whether it is a whole paragraph (a Word
/// paragraph) rather than a hard-wrapped piece of one. <see cref="QuoteIndent"/>: a Word paragraph set off as a
/// block quotation (a quotation style, or clearly indented past the body), with where its first line starts, in twips.
/// <see cref="Column"/>: for a cell of a masthead line printed in columns (a PDF's layout, Word's tabs or a table's cells),
/// which column it stood in, from 1 on the left; 0 for a line of its own (<see cref="MastheadColumns"/>).
/// </summary>
internal readonly record struct SourceLine(string Text, bool Indented, bool BlankBefore, bool PageBreakBefore, bool Whole = false, bool Continues = false, int? QuoteIndent = null, int Column = 0)
{
    public override string ToString() => Text;
}
