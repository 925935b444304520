namespace ResolutionDrafts.Documents.Import.Text;

/// <summary>
/// One line of text to recognise, with what surrounded it: whether it was indented, whether blank
/// lines or removed page furniture stood before it, and whether it is a whole paragraph (a Word
/// paragraph) rather than a hard-wrapped piece of one. <see cref="QuoteIndent"/>: a Word paragraph set off as a
/// block quotation (a quotation style, or clearly indented past the body), with where its first line starts, in twips.
/// </summary>
internal readonly record struct SourceLine(string Text, bool Indented, bool BlankBefore, bool PageBreakBefore, bool Whole = false, bool Continues = false, int? QuoteIndent = null)
{
    public override string ToString() => Text;
}
