using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Import;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;
using static ResolutionDrafts.Documents.Tests.Export.NegotiationSamples;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>Amendments printed as the UN issues them: the issued L.64 and L.65 made again, in English and Chinese.</summary>
public sealed class AmendmentDocxExporterTests
{
    private static AmendmentDocument L64Document()
    {
        var rev1 = RightsOfTheChild();
        return new AmendmentDocument
        {
            Target = rev1,
            Amendment = L64(rev1),
            Proposers = ["Burundi"],
            Symbol = "A/C.3/80/L.64",
            Date = "14 November 2025",
            OriginalLanguage = "en",
        };
    }

    private static AmendmentDocument L65Document()
    {
        var l24 = Fixtures.Import("text", "A_C.3_80_L.24.txt");
        var issued = Fixtures.Import("text", "A_C.3_80_L.65.txt");
        return new AmendmentDocument
        {
            Target = l24,
            Amendment = Amend(l24, d =>
            {
                TestDrafts.Ok(d.Delete(l24.Paragraphs[2].Id));
                TestDrafts.Ok(d.Delete(l24.Paragraphs[5].Id));
            }),
            Proposers = issued.Sponsors.Select(s => s.Name).ToList(),
            Symbol = "A/C.3/80/L.65",
            Date = "14 November 2025",
            OriginalLanguage = "en",
        };
    }

    [Fact]
    public void L64_PrintsMastheadHeadingTitleAndNumberedInstructions_AsIssued()
    {
        var file = new DocxFile(AmendmentDocxExporter.Export(L64Document()));

        Assert.Empty(file.ValidationErrors);
        var rows = file.Masthead.Elements(W + "tr").Select(r => r.Elements(W + "tc").Select(c => VisibleText(c)).ToList()).ToList();
        Assert.Equal(["United Nations", "A/C.3/80/L.64"], rows[0]);
        Assert.Equal(["General Assembly", "Distr.: Limited\n14 November 2025\n\nOriginal: English"], rows[1]);
        Assert.Equal(
            [
                ("SessionLine", "Eightieth session"),
                ("SessionLine", "Third Committee"),
                ("SessionLine", "Agenda item 67"),
                ("AgendaTitle", "Promotion and protection of the rights of children"),
                ("SponsorsLine", "Burundi: amendment to revised draft resolution A/C.3/80/L.20/Rev.1"),
                ("ResolutionTitle", "Rights of the child"),
                ("OP", "1.\tIn operative paragraph 13, delete “sexual and reproductive health,”."),
                ("OP", "2.\tIn operative paragraphs 27 and 43, delete “sexual and reproductive”."),
                ("OP", "3.\tIn operative paragraph 46, delete “including sexual and reproductive health,”."),
                ("EndRule", "__________________"),
            ],
            file.BodyParagraphs.Select(p => (StyleOf(p)!, VisibleText(p))));
        Assert.DoesNotContain(file.Body.Descendants(W + "i"), _ => true);
        Assert.Equal("A/C.3/80/L.64", file.Subject);
    }

    [Fact]
    public void L64_InstructionsReadAsTheIssuedDocument()
    {
        var issued = Fixtures.Import("text", "A_C.3_80_L.64.txt").Paragraphs.Select(p => p.Text).ToList();

        var printed = new DocxFile(AmendmentDocxExporter.Export(L64Document())).ParagraphsWithStyle("OP").Select(p => VisibleText(p).Split('\t')[1]);

        Assert.Equal(issued, printed);
    }

    [Fact]
    public void L65_ASingleInstructionIsNotNumbered_AndTwentySponsorsAreJoinedAsIssued()
    {
        var file = new DocxFile(AmendmentDocxExporter.Export(L65Document()));

        Assert.Empty(file.ValidationErrors);
        var heading = VisibleText(file.ParagraphsWithStyle("SponsorsLine").Single());
        Assert.StartsWith("Bulgaria, Chile, Croatia, Cyprus,", heading, StringComparison.Ordinal);
        Assert.EndsWith("United Kingdom of Great Britain and Northern Ireland and Uruguay: amendment to draft resolution A/C.3/80/L.24", heading, StringComparison.Ordinal);
        var instruction = file.ParagraphsWithStyle("OP").Single();
        Assert.Equal("Delete the third preambular paragraph and operative paragraph 2.", VisibleText(instruction));
        Assert.Equal("Report of the Human Rights Council", VisibleText(file.ParagraphsWithStyle("ResolutionTitle").Single()));
    }

    [Fact]
    public void ExportedAmendment_ImportsBackAsAnAmendmentToTheSameText()
    {
        var document = L64Document();

        var imported = DraftImporter.Import(AmendmentDocxExporter.Export(document), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(imported.IsSuccess, imported.Error);
        var draft = imported.Draft!;
        Assert.Equal(DocumentKind.Amendment, draft.Kind);
        Assert.Equal("A/C.3/80/L.20/Rev.1", draft.Metadata.AmendsSymbol);
        Assert.Equal(["Burundi"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal(document.Amendment.Wording("en"), draft.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData(DocumentKind.DraftResolution, "Uganda (on behalf of the Group of 77 and China) and Chile: amendment to draft resolution A/C.3/80/L.20")]
    [InlineData(DocumentKind.RevisedDraftResolution, "Uganda (on behalf of the Group of 77 and China) and Chile: amendment to revised draft resolution A/C.3/80/L.20")]
    [InlineData(DocumentKind.DraftDecision, "Uganda (on behalf of the Group of 77 and China) and Chile: amendment to draft decision A/C.3/80/L.20")]
    [InlineData(DocumentKind.RevisedDraftDecision, "Uganda (on behalf of the Group of 77 and China) and Chile: amendment to revised draft decision A/C.3/80/L.20")]
    public void Heading_WordsTheKindOfTheTextAmendedAndTheGroupSpokenFor(DocumentKind kind, string expected)
    {
        var text = RightsOfTheChild();
        TestDrafts.Ok(text.SetKind(kind, kind.IsRevised() ? 2 : null));
        var document = L64Document() with { Target = text, TargetSymbol = "A/C.3/80/L.20", Proposers = ["Uganda", "Chile"], OnBehalfOf = "the Group of 77 and China" };

        Assert.Equal(expected, AmendmentDocxExporter.Heading(document));
        Assert.Equal(expected, VisibleText(new DocxFile(AmendmentDocxExporter.Export(document)).ParagraphsWithStyle("SponsorsLine").Single()));
    }

    [Fact]
    public void Chinese_HeadingNamesTheStatesInChinese_AndTheInstructionsAreWordedInChinese()
    {
        var text = ChineseRevised();
        var document = new AmendmentDocument
        {
            Target = text,
            Amendment = Amend(text, d =>
            {
                Replace(d, "op1", "提供技术援助", "提供技术和财政援助");
                TestDrafts.Ok(d.Delete("pp1"));
            }),
            Proposers = ["Burundi", "Egypt"],
            Symbol = "CAC/COSP/2017/L.9",
            Date = "2017年11月9日",
            OriginalLanguage = "en",
        };

        var file = new DocxFile(AmendmentDocxExporter.Export(document));

        Assert.Empty(file.ValidationErrors);
        Assert.Equal("布隆迪和埃及：对决议修订草案CAC/COSP/2017/L.3/Rev.1的修正", VisibleText(file.ParagraphsWithStyle("SponsorsLine").Single()));
        Assert.Equal(["1.\t删除序言部分第一段。", "2.\t在执行部分第1段中，将“援助”改为“和财政援助”。"], file.ParagraphsWithStyle("OP").Select(VisibleText));
        Assert.Equal("议程项目3", VisibleText(file.BodyParagraphs.Single(p => VisibleText(p).StartsWith("议程", StringComparison.Ordinal))));
        Assert.Contains("Chinese", VisibleText(file.Masthead), StringComparison.Ordinal);
    }

    [Fact]
    public void LetteredChanges_PrintAsSubParagraphsUnderTheLead()
    {
        var rev1 = RightsOfTheChild();
        var document = L64Document() with
        {
            Amendment = Amend(rev1, d =>
            {
                Replace(d, "op3", "Requests States", "Encourages States");
                Replace(d, "op3", "measures on matter", "effective measures on matter");
            }),
        };

        var file = new DocxFile(AmendmentDocxExporter.Export(document));

        Assert.Empty(file.ValidationErrors);
        Assert.Equal("In operative paragraph 3:", VisibleText(file.ParagraphsWithStyle("OP").Single()));
        Assert.Equal(
            ["(a)\tReplace the word “Requests” with the word “Encourages”;", "(b)\tAfter the word “take”, insert the word “effective”."],
            file.ParagraphsWithStyle("SubParagraph1").Select(VisibleText));
    }
}
