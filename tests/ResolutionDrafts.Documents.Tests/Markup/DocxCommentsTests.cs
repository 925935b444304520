using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Export;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>The draft's paragraph comments written as Word comments, in the clean and the comparison DOCX, and read back onto the same paragraphs.</summary>
public sealed class DocxCommentsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Add_CleanExport_CommentsOnTheirParagraphs_ValidAndReadBack()
    {
        var draft = TestDrafts.CubaEmbargo();
        var comments = new[]
        {
            new DraftComment("op3", "Ana Pérez (Cuba)", "We could join consensus.", At),
            new DraftComment("pp1", "Lucas Almeida (Brazil)", "Quote the Charter?\nArticle 2.", At),
            new DraftComment("gone", "Someone", "On a paragraph not in the draft.", At),
        };

        var bytes = DocxComments.Add(DocxExporter.Export(draft), draft, comments);

        var file = new DocxFile(bytes);
        Assert.Empty(file.ValidationErrors);
        var op3 = file.BodyParagraphs.Single(p => string.Concat(p.Descendants(DocxFile.W + "t").Select(t => t.Value)).Contains("Once again urges", StringComparison.Ordinal));
        Assert.Single(op3.Elements(DocxFile.W + "commentRangeStart"));
        var read = MarkupAmendments.Read(draft, bytes);
        Assert.True(read.IsSuccess, read.Error);
        Assert.Equal(
            [("op3", "Ana Pérez (Cuba)", "We could join consensus."), ("pp1", "Lucas Almeida (Brazil)", "Quote the Charter?\nArticle 2.")],
            read.Comments.Select(c => (c.ParagraphId!, c.Comment.Author, c.Comment.Text)));
        Assert.Empty(read.Proposals);
    }

    [Fact]
    public void Add_Comparison_CommentsOnTheNewerTextsParagraphs()
    {
        var older = TestDrafts.CubaEmbargo();
        var newer = older.Clone();
        Assert.True(newer.Delete("op3").IsSuccess);
        Assert.True(newer.SetText("op4", newer.FindNode("op4")!.Text.Replace("Requests", "Further requests", StringComparison.Ordinal)).IsSuccess);

        var bytes = DocxComments.Add(ComparisonDocxExporter.Export(older, newer), newer, [new DraftComment("op4", "Cuba", "Why further?", At)]);

        Assert.Empty(new DocxFile(bytes).ValidationErrors);
        var read = MarkupAmendments.Read(newer, bytes);
        Assert.Equal("op4", Assert.Single(read.Comments).ParagraphId);
    }
}
