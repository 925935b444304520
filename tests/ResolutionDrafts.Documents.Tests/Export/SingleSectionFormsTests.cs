using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Import;
using ResolutionDrafts.Documents.Tests.Import.Corpus;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// Sections written out and read back the same from every form — AKN, our DOCX, a plain Word file, text one paragraph a
/// line and text hard-wrapped as copied from a PDF: a section's single operative paragraph, printed unnumbered (ending with
/// a comma, as 76/246's section III does, or leading in to sub-paragraphs); and a single section that opens at the first
/// operative paragraph, which prints as a heading over 1., 2. … does and which every form, AKN too, now reads back as
/// that heading (AKN alone used to read back the section; ADR 0016, amendment 6).
/// </summary>
public sealed class SingleSectionFormsTests
{
    private static readonly (string Name, Func<Draft, byte[]> Render)[] Forms =
    [
        ("akn", AknExporter.ExportBytes),
        ("docx", d => DocxExporter.Export(d)),
        ("plain docx", PlainDocxRendering.Render),
        ("text", d => PlainTextRendering.Render(d, "\n", blankLines: false)),
        ("text-crlf-blank", d => PlainTextRendering.Render(d, "\r\n", blankLines: true)),
    ];

    /// <summary>PP1, OP1–OP2; section II: its preamble and one paragraph; section III: one paragraph with (a), (b); section IV: 1., 2.</summary>
    private static Draft Budget(string language)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Symbol = "A/RES/80/998", Body = "General Assembly" }));
        Ok(draft.SetTitle(zh ? "方案预算所涉问题" : "Questions relating to the programme budget"));
        Ok(draft.SetAuthorLine(zh ? "大会，" : "The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其各项决议，" : "Recalling its resolutions on the programme budget,", id: "pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "重申其在预算进程中的作用；" : "Reaffirms its role in the budget process;", id: "op1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "注意到秘书长的报告；" : "Takes note of the report of the Secretary-General;", id: "op2").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其关于拟议方案预算的第76/245号决议；" : "Recalling its resolution 76/245 on the proposed programme budget,", id: "pp2",
            heading: zh ? "二. 国际贸易中心" : "II. International Trade Centre").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "核可拟议方案预算第13款下2022年拟议资源20 174 900美元；" : "Approves resources in the amount of 20,174,900 dollars proposed for 2022 under section 13, International Trade Centre, of the proposed programme budget for 2022,", id: "op3").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "核可共同出资的安全和安保部毛额预算，细分如下：" : "Approves the gross jointly financed budget of the Department of Safety and Security, broken down as follows:", id: "op4",
            heading: zh ? "三. 共同出资的安全和安保部毛额预算" : "III. Gross jointly financed budget for the Department of Safety and Security").Untyped());
        Ok(draft.AddSubParagraph("op4", zh ? "外地安保业务；" : "Field security operations;").Untyped());
        Ok(draft.AddSubParagraph("op4", zh ? "联合国维持和平行动；" : "Peacekeeping operations of the United Nations;").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "回顾其关于应急基金的决议；" : "Recalls its resolution on the contingency fund;", id: "op5",
            heading: zh ? "四. 应急基金" : "IV. Contingency fund").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定应急基金数额应为方案预算的0.75%。" : "Decides that the contingency fund shall be 0.75 per cent of the programme budget.", id: "op6").Untyped());
        Ok(draft.SetSection("pp2", true));
        Ok(draft.SetSection("op4", true));
        Ok(draft.SetSection("op5", true));
        return draft;
    }

    /// <summary>PP1; one section, "I. Revised estimates", from the first operative paragraph: 1., 2., 3.</summary>
    private static Draft OneSection(string language, string? heading = null, bool section = true)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Symbol = "A/RES/80/997", Body = "General Assembly" }));
        Ok(draft.SetTitle(zh ? "方案预算所涉问题" : "Questions relating to the programme budget"));
        Ok(draft.SetAuthorLine(zh ? "大会，" : "The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其各项决议，" : "Recalling its resolutions on the programme budget,", id: "pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "核准订正概算；" : "Approves the revised estimates;", id: "op1",
            heading: heading ?? (zh ? "一. 订正概算" : "I. Revised estimates")).Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定批款；" : "Decides to appropriate an additional amount;", id: "op2").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "又决定审议该事项。" : "Also decides to consider the matter again.", id: "op3").Untyped());
        if (section)
        {
            Ok(draft.SetSection("op1", true));
        }

        return draft;
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void ASectionsSingleParagraph_PrintsUnnumbered_AndEveryFormReadsBackItsSections(string language)
    {
        var draft = Budget(language);
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal(["", "", "1.", "2."], new[] { "op3", "op4", "op5", "op6" }.Select(id => labels[id].Marker));

        foreach (var (name, render) in Forms)
        {
            var again = Import(render(draft), name);
            Assert.True(Shape(draft) == Shape(again), $"{name}: {Shape(again)}");
        }
    }

    [Fact]
    public void Docx_PrintsASectionsSingleParagraphWithoutANumber()
    {
        var file = new DocxFile(DocxExporter.Export(Budget(DraftLanguage.English)));

        var operative = file.BodyParagraphs.Where(p => StyleOf(p) == "OP").Select(VisibleText).ToList();
        Assert.StartsWith("Approves resources", operative.Single(t => t.Contains("20,174,900", StringComparison.Ordinal)).TrimStart(), StringComparison.Ordinal);
        Assert.StartsWith("1.", operative.Single(t => t.Contains("contingency fund;", StringComparison.Ordinal)).TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void HardWrappedText_AsCopiedFromAPdf_ReadsASectionsSingleParagraph()
    {
        var draft = Budget(DraftLanguage.English);

        var again = Import(Wrapped(draft, 60), "wrapped text");

        Assert.Equal(Shape(draft), Shape(again));
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void ASingleSectionAtTheFirstOperativeParagraph_ReadsBackAsTheHeadingItPrintsAs_FromEveryForm(string language)
    {
        // It prints exactly as a heading "I. …" over 1., 2., 3. does, which nothing tells from it: every form, AKN too,
        // reads back that heading, and the numbers are the same.
        var draft = OneSection(language);
        Assert.Equal(DraftLanguage.IsChinese(language) ? "一 OP1" : "I OP1", ParagraphLabels.Compute(draft)["op1"].Label);
        var heading = OneSection(language, section: false);

        foreach (var (name, render) in Forms)
        {
            var again = Import(render(draft), name);
            Assert.True(Shape(heading) == Shape(again), $"{name}: {Shape(again)}");
            Assert.Equal(draft.Paragraphs.Select(p => p.Heading), again.Paragraphs.Select(p => p.Heading));
        }
    }

    [Theory]
    [InlineData("Financial matters")]
    [InlineData("A new agenda for the programme budget")]
    public void AHeadingNotNumberedAsAFirstSection_OverTheFirstOperativeParagraph_StaysAHeading(string heading)
    {
        var draft = OneSection(DraftLanguage.English, heading, section: false);

        foreach (var (name, render) in Forms)
        {
            var again = Import(render(draft), name);
            Assert.True(Shape(draft) == Shape(again), $"{name}: {Shape(again)}");
            Assert.Equal(heading, again.Paragraphs.Single(p => p.Heading is not null).Heading);
        }
    }

    [Fact]
    public void HeadingsIAndIIOverRunningNumbers_AreNoSections()
    {
        var draft = OneSection(DraftLanguage.English, section: false);
        Ok(draft.SetHeading("op3", "II. Other matters"));

        foreach (var (name, render) in Forms)
        {
            Assert.True(Shape(draft) == Shape(Import(render(draft), name)), name);
            Assert.DoesNotContain("§", Shape(Import(render(draft), name)), StringComparison.Ordinal);
        }
    }

    /// <summary>PP1; section I: one unnumbered paragraph before any numbered one; section II: 1., 2. (ADR 0016, amendment 9).</summary>
    private static Draft LoneFirstSection(string language)
    {
        var zh = DraftLanguage.IsChinese(language);
        var draft = Draft.Create(language, DocumentKind.AdoptedResolution).Value!;
        Ok(draft.SetMetadata(new DraftMetadata { Symbol = "A/RES/80/996", Body = "General Assembly" }));
        Ok(draft.SetTitle(zh ? "方案预算所涉问题" : "Questions relating to the programme budget"));
        Ok(draft.SetAuthorLine(zh ? "大会，" : "The General Assembly,"));
        Ok(draft.InsertParagraph(ParagraphKind.Preambular, zh ? "回顾其各项决议，" : "Recalling its resolutions on the programme budget,", id: "pp1").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定核可周转基金数额为2.5亿美元；" : "Decides to approve the level of the Working Capital Fund at 250 million dollars;", id: "op1",
            heading: zh ? "一. 周转基金" : "I. Working Capital Fund").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "请秘书长报告基金的使用情况；" : "Requests the Secretary-General to report on the use of the Fund;", id: "op2",
            heading: zh ? "二. 应急基金" : "II. Contingency fund").Untyped());
        Ok(draft.InsertParagraph(ParagraphKind.Operative, zh ? "决定在第八十一届会议上审议该事项。" : "Decides to consider the matter at its eighty-first session.", id: "op3").Untyped());
        Ok(draft.SetSection("op1", true));
        Ok(draft.SetSection("op2", true));
        return draft;
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void ALoneSectionBeforeTheFirstNumberedParagraph_ReadsBackAsASection_FromEveryForm(string language)
    {
        // Section I holds one paragraph, printed unnumbered, straight after the preamble; section II numbers 1., 2.
        var draft = LoneFirstSection(language);
        var labels = ParagraphLabels.Compute(draft);
        Assert.Equal(["", "1.", "2."], new[] { "op1", "op2", "op3" }.Select(id => labels[id].Marker));

        foreach (var (name, render) in Forms)
        {
            var again = Import(render(draft), name);
            Assert.True(Shape(draft) == Shape(again), $"{name}: {Shape(again)} (expected {Shape(draft)})");
            Assert.Equal(draft.Paragraphs.Select(p => p.Heading), again.Paragraphs.Select(p => p.Heading));
            Assert.Equal(draft.Paragraphs.Select(p => p.Text.ToString()), again.Paragraphs.Select(p => p.Text.ToString()));
        }
    }

    [Theory]
    [InlineData(DraftLanguage.English)]
    [InlineData(DraftLanguage.Chinese)]
    public void APreambularParagraphUnderHeadingI_BeforeHeadingIIAndTheFirstNumber_StaysInThePreamble(string language)
    {
        // The same layout with a preambular paragraph under "I": it closes with a comma and opens as a preamble does, so no
        // section is read and the headings stay headings.
        var zh = DraftLanguage.IsChinese(language);
        var draft = LoneFirstSection(language);
        Ok(draft.SetSection("op1", false));
        Ok(draft.SetSection("op2", false));
        Ok(draft.SetParagraphKind("op1", ParagraphKind.Preambular));
        Ok(draft.SetText("op1", zh ? "注意到周转基金的数额，" : "Noting the level of the Working Capital Fund,"));

        foreach (var (name, render) in Forms)
        {
            var again = Import(render(draft), name);
            Assert.True(Shape(draft) == Shape(again), $"{name}: {Shape(again)} (expected {Shape(draft)})");
            Assert.DoesNotContain("§", Shape(again), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ALoneFirstSection_HardWrappedAsCopiedFromAPdf_ReadsBackAsASection()
    {
        var draft = LoneFirstSection(DraftLanguage.English);

        var again = Import(Wrapped(draft, 60), "wrapped text");
        Assert.Equal(Shape(draft), Shape(again));
        Assert.Equal(draft.Paragraphs.Select(p => p.Text), again.Paragraphs.Select(p => p.Text));
    }

    /// <summary>Kinds, sections (§), headings, printed numbers and sub-paragraph counts.</summary>
    private static string Shape(Draft draft)
    {
        var labels = ParagraphLabels.Compute(draft);
        return string.Join(" ", draft.Paragraphs.Select(p =>
            (p.OpensSection ? "§" : "") + (p.Heading is null ? "" : "h") + labels[p.Id].Label.Replace(' ', '_') + "[" + labels[p.Id].Marker + "]" + new string('s', p.SubParagraphs.Count)));
    }

    /// <summary>The plain text's lines cut at about <paramref name="width"/> characters, as a PDF's text has them.</summary>
    private static byte[] Wrapped(Draft draft, int width)
    {
        var text = new StringBuilder();
        foreach (var line in PlainTextRendering.Lines(draft, typedReferences: true))
        {
            var rest = line;
            while (rest.Length > width && rest.LastIndexOf(' ', width) is > 0 and var cut)
            {
                text.Append(rest[..cut]).Append('\n');
                rest = rest[(cut + 1)..];
            }

            text.Append(rest).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static Draft Import(byte[] bytes, string form)
    {
        var result = DraftImporter.Import(bytes);
        Assert.True(result.IsSuccess, $"{form}: {result.Error}");
        return result.Draft!;
    }

    private static void Ok(DomainResult result) => Assert.True(result.IsSuccess, result.Error);
}
