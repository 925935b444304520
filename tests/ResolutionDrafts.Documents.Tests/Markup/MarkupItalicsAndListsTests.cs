using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// Issue 17: a marked-up Word file comes back as Word shows it — words a delegate inserts in italics
/// are italic in the proposal (w:i, and w:iCs for Arabic and other complex-script text only), the
/// draft's own italics survive a change elsewhere in the paragraph, the printed opening phrase stays
/// computed, and a paragraph Word numbers as a list item one level down ("(a)") is a sub-paragraph.
/// </summary>
public sealed class MarkupItalicsAndListsTests
{
    private static readonly XNamespace W = WordMarkup.W;

    [Fact]
    public void Read_WordsInsertedInItalics_AreItalicInTheProposal_TheDraftsItalicsKept()
    {
        var draft = TestDrafts.WithItalics();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .Insert("Decides to remain seized", "the matter", " sine die", "Cuba", Properties(new XElement(W + "i")))
            .Insert("Taking note of the report", "the report", " and recommendations", "Cuba");
        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single(a => a.Name == "Cuba");
        Assert.Empty(cuba.Skipped);
        var inserted = cuba.Proposals.Single(p => p.ParagraphIds.SequenceEqual(["op3"]));
        var op3 = inserted.Proposed.FindNode("op3")!.Text;
        Assert.Equal("Decides to remain seized of the matter sine die.", InlineItalics.Strip(op3));
        Assert.Equal(["sine die"], ItalicWords(op3));
        Assert.Contains("sine die", inserted.Wording("en"), StringComparison.Ordinal);

        // The paragraph's own italics are not a change: the proposal is the insertion alone, and keeps them.
        var noted = cuba.Proposals.Single(p => p.ParagraphIds.SequenceEqual(["pp4"]));
        Assert.Equal("In the fourth preambular paragraph, after the word “report”, insert the words “and recommendations”.", noted.Wording("en"));
        Assert.Equal("Taking note of the report and recommendations of the Human Rights Council in the {i}Official Records of the General Assembly{/i},",
            noted.Proposed.FindNode("pp4")!.Text);
    }

    [Fact]
    public void Read_ComplexScriptItalics_ApplyToArabicOnly_LatinAndChineseTakeWordsOwnItalic()
    {
        var draft = TestDrafts.WithItalics();
        var complexItalic = Properties(new XElement(W + "iCs"));
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .Insert("Bearing in mind the Charter", "the Charter", " (ميثاق الأمم المتحدة)", "Brazil", complexItalic)
            .Insert("Deeply concerned about violence", "violence", " and abuse", "Brazil", complexItalic)
            .Insert("Decides to remain seized", "the matter", " 《宪章》", "Brazil", complexItalic);
        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var brazil = result.Authors.Single(a => a.Name == "Brazil");
        Assert.Equal(["(ميثاق الأمم المتحدة)"], ItalicWords(Text(brazil, "pp2"))); // the brackets, of no script, go with the Arabic
        Assert.DoesNotContain(InlineItalics.Open, Text(brazil, "pp3"), StringComparison.Ordinal);
        Assert.Contains("and abuse", Text(brazil, "pp3"), StringComparison.Ordinal);
        Assert.DoesNotContain(InlineItalics.Open, Text(brazil, "op3"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AParagraphWordNumbersOneLevelDown_IsProposedAsASubParagraph_TheOuterLevelAsAParagraph()
    {
        var draft = TestDrafts.Rich();
        var markup = new WordMarkup(WithListNumbering(DocxExporter.Export(draft)))
            .InsertParagraphAfter("Requests also the Secretary-General", "To cooperate with the regional commissions;", "Burundi", list: (NumId: 7, Level: 1))
            .InsertParagraphAfter("Decides to remain seized", "Decides to consider the question at its next session.", "Chile", list: (NumId: 7, Level: 0));
        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var burundi = result.Authors.Single(a => a.Name == "Burundi");
        Assert.Empty(burundi.Skipped);
        var proposed = burundi.Proposals.Single().Proposed;
        Assert.Equal("To cooperate with the regional commissions;", proposed.FindNode("op2")!.SubParagraphs[0].Text);
        Assert.Equal(draft.Paragraphs.Count, proposed.Paragraphs.Count);

        var chile = result.Authors.Single(a => a.Name == "Chile").Proposals.Single().Proposed;
        Assert.Equal(draft.Paragraphs.Count + 1, chile.Paragraphs.Count);
        Assert.Equal("Decides to consider the question at its next session.", chile.Paragraphs[^1].Text);
    }

    private static string Text(MarkupAuthor author, string id) =>
        author.Proposals.Single(p => p.ParagraphIds.SequenceEqual([id])).Proposed.FindNode(id)!.Text;

    private static List<string> ItalicWords(string text) =>
        InlineItalics.Runs(text).Where(r => r.Italic).Select(r => r.Text.Trim()).ToList();

    private static XElement Properties(params XElement[] properties) => new(W + "rPr", properties);

    /// <summary>The file with a list definition as Word writes one: level 0 "1.", level 1 "(a)" (w:num 7).</summary>
    private static byte[] WithListNumbering(byte[] docx)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            var main = word.MainDocumentPart!;
            var part = main.NumberingDefinitionsPart ?? main.AddNewPart<NumberingDefinitionsPart>();
            part.Numbering ??= new Numbering();
            part.Numbering.Append(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "(%2)" }) { LevelIndex = 1 })
                { AbstractNumberId = 70 },
                new NumberingInstance(new AbstractNumId { Val = 70 }) { NumberID = 7 });
            part.Numbering.Save();
        }

        return stream.ToArray();
    }
}
