using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.NegotiationSamples;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// The L document of an amendment to a quotation (ADR 0028): a line inserted and a line deleted are printed as their
/// items, worded the UN way, in a DOCX that validates (and that LibreOffice opens: looked at through soffice).
/// </summary>
public sealed class AmendmentQuotationDocxTests
{
    private static Draft Target()
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.DraftResolution).Value!;
        TestDrafts.Ok(draft.SetTitle("Rules of procedure"));
        TestDrafts.Ok(draft.SetMetadata(draft.Metadata with { Symbol = "A/80/L.30" }));
        TestDrafts.Ok(draft.InsertParagraph(ParagraphKind.Operative, "Decides to amend rule 5 of its rules of procedure to read as follows:", id: "op1").Untyped());
        TestDrafts.Ok(draft.AddQuotedLine("op1", "“Rule 5", id: "op1-q1").Untyped());
        TestDrafts.Ok(draft.AddQuotedLine("op1", "1. The President shall open the session.", id: "op1-q2").Untyped());
        TestDrafts.Ok(draft.AddQuotedLine("op1", "2. The Vice-President shall act for the President.”", id: "op1-q3").Untyped());
        return draft;
    }

    [Fact]
    public void TheLDocument_PrintsTheLinesInsertedAndDeleted_AsItems()
    {
        var target = Target();
        var bytes = AmendmentDocxExporter.Export(new AmendmentDocument
        {
            Target = target,
            Amendment = Amend(target, d =>
            {
                d.AddQuotedLine("op1", "1 bis. The President shall close the session.", 2, "op1-new");
                d.RemoveQuotedLine("op1-q3");
            }),
            Proposers = ["Cuba"], Symbol = "A/80/L.31", Date = "14 November 2025", OriginalLanguage = "en",
        });
        if (Environment.GetEnvironmentVariable("RD_KEEP_DOCX") is { Length: > 0 } keep)
        {
            File.WriteAllBytes(keep, bytes);
        }

        var file = new DocxFile(bytes);
        Assert.Empty(file.ValidationErrors);
        var items = file.ParagraphsWithStyle("OP").Select(DocxFile.VisibleText).ToList();
        Assert.Contains(items, t => t.Contains("In the quoted text of the operative paragraph, delete the line “2. The Vice-President shall act for the President.’”.", StringComparison.Ordinal));
        Assert.Contains(items, t => t.Contains("In the quoted text of the operative paragraph, after the line “1. The President shall open the session.”, insert a new line reading “1 bis. The President shall close the session.”.", StringComparison.Ordinal));
    }
}
