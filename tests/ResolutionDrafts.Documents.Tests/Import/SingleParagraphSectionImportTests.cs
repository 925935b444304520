using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Tests.Import.Corpus;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Numbering;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// A section whose only operative paragraph the UN prints without a number (76/246 III and XIX–XXIII, 75/245 A and C,
/// 75/253, 76/240), as it prints a resolution's single operative paragraph: every format opens the section there and the
/// draft prints it unnumbered, where it used to join the section before and print "8." (ADR 0016, amendment 6). In the
/// corpus no section of a resolution whose sections number from 1 has a single paragraph numbered "1.".
/// </summary>
public sealed class SingleParagraphSectionImportTests
{
    public static TheoryData<string, string, string> Files => new()
    {
        { "76-en", "A_RES_76_246-2119713E.xml", "III XIX XX XXI XXII XXIII" },
        { "76-zh", "A_RES_76_246-2119713C.xml", "三 十九 二十 二十一 二十二 二十三" },
        { "75-en", "75_245_E.xml", "A C" },
        { "75-zh", "75_245_C.xml", "A C" },
        { "75-en", "75_253_E.xml", "XV XVII XXI XXII XXIII XXIV XXV" },
        { "75-zh", "75_253_C.xml", "十五 十七 二十一 二十二 二十三 二十四 二十五" },
        { "76-en", "A_RES_76_240-2119704E.xml", "C D" },
        { "76-zh", "A_RES_76_240-2119704C.xml", "C D" },
    };

    private static readonly (string Name, Func<Draft, byte[]> Render)[] Forms =
    [
        ("text", d => PlainTextRendering.Render(d, "\n", blankLines: false)),
        ("text-crlf-blank", d => PlainTextRendering.Render(d, "\r\n", blankLines: true)),
        ("plain docx", PlainDocxRendering.Render),
        ("docx export", d => DocxExporter.Export(d)),
        ("akn export", AknExporter.ExportBytes),
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Akn_OpensEachSectionWithASingleUnnumberedParagraph_AndTheOtherFormsReadTheSame(string folder, string file, string singles)
    {
        var draft = Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", folder), file)));

        Assert.Equal(singles, string.Join(" ", SingleParagraphSections(draft)));
        foreach (var (name, render) in Forms)
        {
            var again = Import(render(draft));
            Assert.True(Sections(draft).SequenceEqual(Sections(again)), $"{name}: {string.Join(", ", Sections(again))}");
            Assert.True(singles == string.Join(" ", SingleParagraphSections(again)), $"{name}: {string.Join(" ", SingleParagraphSections(again))}");
        }
    }

    [Fact]
    public void Akn_76_246_SectionIII_IsItsPreambleAndOneUnnumberedParagraph_NotParagraph8OfSectionII()
    {
        var draft = Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", "76-en"), "A_RES_76_246-2119713E.xml")));
        var labels = ParagraphLabels.Compute(draft);

        var approves = draft.Paragraphs.Single(p => p.Text.StartsWith("Approves resources in the amount of 20,174,900 dollars", StringComparison.Ordinal));
        Assert.Equal("III OP1", labels[approves.Id].Label);
        Assert.Equal("", labels[approves.Id].Marker);
        Assert.Equal(7, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative && labels[p.Id].Section == "II"));
        var recalling = draft.Paragraphs.TakeWhile(p => p != approves).Last();
        Assert.Equal("III PP1", labels[recalling.Id].Label);
        Assert.True(recalling.OpensSection);
    }

    [Fact]
    public void Akn_76_246_InChinese_ASectionsPreambleClosedWithASemicolon_StaysPreamble_WhenItsParagraphFollows()
    {
        // "回顾…第76/245号决议；" is marked as preamble and closed as a sentence; "核可…；" after it is the section's paragraph.
        var draft = Import(File.ReadAllBytes(Fixtures.Path_(Path.Combine("corpus", "ga", "76-zh"), "A_RES_76_246-2119713C.xml")));
        var labels = ParagraphLabels.Compute(draft);

        var recalling = draft.Paragraphs.Single(p => p.Text.StartsWith("回顾其2021年12月24日关于与2022年拟议方案预算有关的问题", StringComparison.Ordinal));
        Assert.Equal(ParagraphKind.Preambular, recalling.Kind);
        Assert.Equal("三 PP1", labels[recalling.Id].Label);
    }

    private static Draft Import(byte[] bytes)
    {
        var result = DraftImporter.Import(bytes);
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    /// <summary>The label of each paragraph that opens a section.</summary>
    internal static List<string> Sections(Draft draft)
    {
        var labels = ParagraphLabels.Compute(draft);
        return draft.Paragraphs.Where(p => p.OpensSection).Select(p => labels[p.Id].Label).ToList();
    }

    /// <summary>The sections with one operative paragraph, each printed without a number.</summary>
    private static List<string> SingleParagraphSections(Draft draft)
    {
        var labels = ParagraphLabels.Compute(draft);
        var operative = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative && labels[p.Id].Section is not null).ToList();
        var singles = operative.GroupBy(p => (labels[p.Id].Part, labels[p.Id].Section)).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
        Assert.All(singles, p => Assert.Equal("", labels[p.Id].Marker));
        return singles.Select(p => labels[p.Id].Section!).ToList();
    }
}
