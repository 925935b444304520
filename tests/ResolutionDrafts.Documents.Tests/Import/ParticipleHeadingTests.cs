using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A heading over the first operative paragraph whose first word reads as a participle ("Revised estimates",
/// "Proposed programme budget", "Strengthened cooperation") comes back as that paragraph's heading from our DOCX and
/// from text (issue 16, noticed at stop 28: it came back as a preambular paragraph). What tells it from a preambular
/// paragraph is what a heading is — no final punctuation, short, a capital, the first numbered paragraph after it —
/// not its words; a preambular paragraph that closes stays one.
/// </summary>
public sealed class ParticipleHeadingTests
{
    private static Draft Text(string text)
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(text), new ImportOptions { Format = ImportFormat.Text });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static Draft Drafted(string language, string heading)
    {
        var zh = language == DraftLanguage.Chinese;
        var draft = Draft.Create(language, DocumentKind.DraftResolution).Value!;
        Assert.True(draft.SetTitle(zh ? "方案预算" : "Questions relating to the programme budget").IsSuccess);
        Assert.True(draft.SetAuthorLine(zh ? "大会，" : "The General Assembly,").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其第76/245号决议，" : "Recalling its resolution 76/245,", id: "pp1").IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "核可所需资源；" : "Approves the resources requested;", id: "op1", heading: heading).IsSuccess);
        Assert.True(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定将该项目列入议程。" : "Decides to include the item.", id: "op2").IsSuccess);
        return draft;
    }

    [Theory]
    [InlineData("en", "Revised estimates")]
    [InlineData("en", "Proposed programme budget for 2022")]
    [InlineData("en", "Strengthened and coordinated action of the United Nations system, including its funds and programmes")]
    [InlineData("zh", "订正估计数")]
    public void AHeadingOverTheFirstOperativeParagraph_ComesBackFromOurDocxAsItsHeading(string language, string heading)
    {
        var draft = Drafted(language, heading);

        var again = DraftImporter.Import(DocxExporter.Export(draft), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal([ParagraphKind.Preambular, ParagraphKind.Operative, ParagraphKind.Operative], again.Draft!.Paragraphs.Select(p => p.Kind));
        Assert.Equal(heading, again.Draft.Paragraphs[1].Heading);
        Assert.Equal(draft.Paragraphs[0].Text, again.Draft.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Revised estimates")]
    [InlineData("Considered proposals of the Secretary-General")]
    public void InText_AHeadingThatReadsAsAParticiple_IsTheFirstOperativeParagraphsHeading(string heading)
    {
        var draft = Text($"""
            The General Assembly,
            Recalling its resolution 76/245,
            {heading}
            1. Approves the resources requested;
            2. Decides to include the item.
            """);

        Assert.Equal([ParagraphKind.Preambular, ParagraphKind.Operative, ParagraphKind.Operative], draft.Paragraphs.Select(p => p.Kind));
        Assert.Equal(heading, draft.Paragraphs[1].Heading);
        Assert.Equal("Recalling its resolution 76/245,", draft.Paragraphs[0].Text);
    }

    [Fact]
    public void InText_APreambularParagraphThatCloses_StaysOne()
    {
        var draft = Text("""
            The General Assembly,
            Recalling its resolution 76/245,
            Having considered the report of the Secretary-General,
            1. Approves the resources requested;
            2. Decides to include the item.
            """);

        Assert.Equal([ParagraphKind.Preambular, ParagraphKind.Preambular, ParagraphKind.Operative, ParagraphKind.Operative], draft.Paragraphs.Select(p => p.Kind));
        Assert.Null(draft.Paragraphs[2].Heading);
    }
}
