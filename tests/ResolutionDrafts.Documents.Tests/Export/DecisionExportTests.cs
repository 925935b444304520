using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// Decisions in print and in AKN (issue 16, ADR 0022): the kind line says "draft decision" (决定草案), an adopted
/// one "Decision adopted by the General Assembly", the sentence is printed unnumbered and in roman, and no author
/// line stands above a sentence that names the organ itself.
/// </summary>
public sealed class DecisionExportTests
{
    [Fact]
    public void Docx_OfADraftDecisionInOneSentence_PrintsTheKindLineAndTheSentenceWithoutAnAuthorLine()
    {
        var draft = TestDrafts.Decision();
        TestDrafts.Ok(draft.SetAuthorLine("The General Assembly,")); // as a new draft starts: kept, not printed twice

        var docx = new DocxFile(DocxExporter.Export(draft));

        Assert.Empty(docx.ValidationErrors);
        Assert.Equal("Austria and Mexico: draft decision", DocxFile.VisibleText(Assert.Single(docx.ParagraphsWithStyle(StyleIds.SponsorsLine))));
        Assert.Empty(docx.ParagraphsWithStyle(StyleIds.AuthorLine));
        var sentence = Assert.Single(docx.ParagraphsWithStyle(StyleIds.Operative));
        Assert.Equal(draft.Paragraphs[0].Text, DocxFile.VisibleText(sentence).Trim());
        Assert.DoesNotContain(sentence.Descendants(DocxFile.W + "r"), DocxFile.IsItalic);
    }

    [Fact]
    public void Docx_OfAChineseDraftDecision_SaysDecisionDraft()
    {
        var docx = new DocxFile(DocxExporter.Export(TestDrafts.Decision(DraftLanguage.Chinese)));

        Assert.Equal("奥地利和墨西哥：决定草案", DocxFile.VisibleText(Assert.Single(docx.ParagraphsWithStyle(StyleIds.SponsorsLine))));
    }

    [Fact]
    public void Docx_OfAnAdoptedDecision_SaysDecisionAdoptedByTheOrgan()
    {
        var docx = new DocxFile(DocxExporter.Export(TestDrafts.Decision(kind: DocumentKind.AdoptedDecision)));

        Assert.Equal("Decision adopted by the General Assembly", DocxFile.VisibleText(Assert.Single(docx.ParagraphsWithStyle(StyleIds.AdoptedHeading))));
        Assert.Empty(docx.ParagraphsWithStyle(StyleIds.SponsorsLine));
    }

    [Fact]
    public void Docx_OfADecisionWrittenAsAResolution_KeepsItsAuthorLine()
    {
        var docx = new DocxFile(DocxExporter.Export(TestDrafts.Rich(DocumentKind.DraftDecision)));

        Assert.Equal("The General Assembly,", DocxFile.VisibleText(Assert.Single(docx.ParagraphsWithStyle(StyleIds.AuthorLine))));
        Assert.EndsWith(": draft decision", DocxFile.VisibleText(Assert.Single(docx.ParagraphsWithStyle(StyleIds.SponsorsLine))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKind.DraftDecision, "draftDecision", "draftDecision")]
    [InlineData(DocumentKind.RevisedDraftDecision, "draftDecision", "revisedDraftDecision")]
    [InlineData(DocumentKind.AdoptedDecision, "decision", "adopted")]
    public void Akn_NamesTheStatementAndTheWorkflowStepAsADecision(DocumentKind kind, string statement, string outcome)
    {
        var xml = AknExporter.ToXml(TestDrafts.Decision(kind: kind));

        var document = xml.Root!.Elements().First(e => e.Name.LocalName == "statement");
        Assert.Equal(statement, (string?)document.Attribute("name"));
        Assert.Equal(outcome, (string?)xml.Descendants().First(e => e.Name.LocalName == "step").Attribute("outcome"));
        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "formula");
    }
}
