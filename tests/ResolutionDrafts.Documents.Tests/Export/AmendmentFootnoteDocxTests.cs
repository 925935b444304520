using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;
using static ResolutionDrafts.Documents.Tests.Export.NegotiationSamples;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// Issue 17: a footnote reference in an amendment's quoted words printed as "[^1]" in the L document and
/// in the compilation. It is printed as the text it quotes prints it: a raised number in the footnote
/// reference style ("Council,¹" in the wording), never the markup.
/// </summary>
public sealed class AmendmentFootnoteDocxTests
{
    private static Draft Target()
    {
        var draft = Draft.Create(DraftLanguage.English, DocumentKind.DraftResolution).Value!;
        TestDrafts.Ok(draft.SetTitle("Human rights"));
        TestDrafts.Ok(draft.SetMetadata(draft.Metadata with { Symbol = "A/C.3/80/L.20" }));
        TestDrafts.Ok(draft.AddFootnote(1, "A/80/53."));
        TestDrafts.Ok(draft.InsertParagraph(ParagraphKind.Operative, "Takes note of the report of the Human Rights Council,[^1] and its recommendations;", id: "op1").Untyped());
        return draft;
    }

    /// <summary>Deletes words that carry the reference, so the wording quotes it.</summary>
    private static void ChangesCouncil(Draft d) => Replace(d, "op1", " of the Human Rights Council,[^1]", "");

    /// <summary>The runs of a paragraph or cell: (text, whether it is raised in the footnote reference style).</summary>
    private static List<(string Text, bool Raised)> Runs(XElement element) =>
        [.. element.Descendants(W + "r").Select(r => (RunText(r), r.Element(W + "rPr")?.Element(W + "rStyle")?.Attribute(W + "val")?.Value == "FootnoteReference"))];

    [Fact]
    public void TheLDocument_PrintsTheQuotedReference_AsARaisedNumber()
    {
        var target = Target();
        var file = new DocxFile(AmendmentDocxExporter.Export(new AmendmentDocument
        {
            Target = target, Amendment = Amend(target, ChangesCouncil), Proposers = ["Cuba"], Symbol = "A/C.3/80/L.70", Date = "14 November 2025", OriginalLanguage = "en",
        }));

        Assert.Empty(file.ValidationErrors);
        var op = Assert.Single(file.ParagraphsWithStyle("OP"));
        var text = VisibleText(op);
        Assert.DoesNotContain("[^", text, StringComparison.Ordinal);
        Assert.DoesNotContain("¹", text, StringComparison.Ordinal);
        Assert.Contains("Council,1”", text, StringComparison.Ordinal);
        var runs = Runs(op);
        Assert.Equal(1, runs.Count(r => r.Raised && r.Text == "1"));
        Assert.DoesNotContain(runs, r => r.Raised && r.Text != "1");
        // A quoted reference is no footnote of the L document's own.
        Assert.Empty(op.Descendants(W + "footnoteReference"));
    }

    [Fact]
    public void TheCompilation_PrintsTheQuotedReference_AsARaisedNumber()
    {
        var target = Target();
        var file = new DocxFile(CompilationDocxExporter.Export(target, [Propose(target, "CU-1", ChangesCouncil, "Cuba")]));

        Assert.Empty(file.ValidationErrors);
        var cell = file.Body.Element(W + "tbl")!.Elements(W + "tr").ElementAt(1).Elements(W + "tc").ElementAt(1);
        Assert.DoesNotContain("[^", VisibleText(cell), StringComparison.Ordinal);
        Assert.Contains(Runs(cell), r => r.Raised && r.Text == "1");
    }

    // Issue 16 item 3 (ADR 0035 amendment 1): Unicode has no raised Q; the L document printed "PostsQ" for a raised Q.
    [Theory]
    [InlineData("en", "Approves the Posts in the table;", "Posts", "Q")]
    [InlineData("zh", "核准表中员额；", "员额", "Q")]
    [InlineData("en", "Approves the Posts in the table;", "Posts", "a")]
    public void TheLDocument_PrintsAQuotedRaisedLetter_AsARaisedRunOfTheLetter(string language, string text, string words, string letter)
    {
        var target = Draft.Create(language, DocumentKind.DraftResolution).Value!;
        TestDrafts.Ok(target.SetTitle(language == "zh" ? "人权" : "Human rights"));
        TestDrafts.Ok(target.InsertParagraph(ParagraphKind.Operative, text, id: "op1").Untyped());
        var file = new DocxFile(AmendmentDocxExporter.Export(new AmendmentDocument
        {
            Target = target, Amendment = Amend(target, d => Replace(d, "op1", words, words + "{sup}" + letter + "{/sup}")), Proposers = ["Cuba"],
            Symbol = "A/C.3/80/L.70", Date = "14 November 2025", OriginalLanguage = language,
        }));

        Assert.Empty(file.ValidationErrors);
        var op = Assert.Single(file.ParagraphsWithStyle("OP"));
        var raised = op.Descendants(W + "r").Where(r => r.Element(W + "rPr")?.Element(W + "vertAlign")?.Attribute(W + "val")?.Value == "superscript").ToList();
        Assert.Equal(letter, Assert.Single(raised).Value);
        Assert.DoesNotContain("⁽", VisibleText(op), StringComparison.Ordinal);
        Assert.DoesNotContain("{", VisibleText(op), StringComparison.Ordinal);
    }
}
