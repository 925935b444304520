using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>Every AKN fixture imports with the counts of its SOURCES.md.</summary>
public sealed class AknImportTests
{
    // file, language, kind, symbol, PP, OP, sub-paragraphs, footnotes, sponsors, title
    public static TheoryData<string, string, DocumentKind, string, int, int, int, int, int, string> Expected => new()
    {
        { "S_2024_383-2408982E.xml", "en", DocumentKind.DraftResolution, "S/2024/383", 15, 10, 2, 0, 6, "Draft resolution [on arms race in outer space]" },
        { "S_2024_383-2408982C.xml", "zh", DocumentKind.DraftResolution, "S/2024/383", 15, 10, 2, 0, 6, "Draft resolution [on arms race in outer space]" },
        { "S_2024_255-2405905E.xml", "en", DocumentKind.DraftResolution, "S/2024/255", 8, 10, 1, 0, 1, "Draft resolution [on extension of the mandate of the Panel of Experts Established pursuant to Security Council Resolution 1874 (2009) concerning the Democratic People's Republic of Korea until 30 Apr. 2025]" },
        { "S_2024_255-2405905C.xml", "zh", DocumentKind.DraftResolution, "S/2024/255", 8, 10, 1, 0, 1, "Draft resolution [on extension of the mandate of the Panel of Experts Established pursuant to Security Council Resolution 1874 (2009) concerning the Democratic People's Republic of Korea until 30 Apr. 2025]" },
        { "A_RES_79_170-2424210E.xml", "en", DocumentKind.AdoptedResolution, "A/RES/79/170", 38, 53, 5, 31, 2, "The right to development" },
        { "A_RES_79_170-2424210C.xml", "zh", DocumentKind.AdoptedResolution, "A/RES/79/170", 38, 53, 5, 31, 2, "发展权" },
        { "A_RES_80_4-2517552E.xml", "en", DocumentKind.AdoptedResolution, "A/RES/80/4", 8, 5, 0, 1, 1, "Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba" },
        { "A_RES_80_4-2517552C.xml", "zh", DocumentKind.AdoptedResolution, "A/RES/80/4", 8, 5, 0, 1, 1, "必须终止美利坚合众国对古巴的经济、商业和金融封锁" },
        { "A_HRC_RES_55_2E.xml", "en", DocumentKind.AdoptedResolution, "A/HRC/RES/55/2", 9, 7, 9, 1, 51, "Mandate of Special Rapporteur on the human right to a clean, healthy and sustainable environment" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Import_AknFixture_HasTheCountsOfSources(string file, string language, DocumentKind kind, string symbol, int pp, int op, int subs, int footnotes, int sponsors, string title)
    {
        var result = DraftImporter.Import(Fixtures.Bytes("akn", file));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(ImportFormat.Akn, result.Format);
        var draft = result.Draft!;
        Assert.Equal(language, draft.Language);
        Assert.Equal(kind, draft.Kind);
        Assert.Equal(symbol, draft.Metadata.Symbol);
        Assert.Equal(title, draft.Title);

        Assert.Equal(pp, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(op, Fixtures.Count(draft, ParagraphKind.Operative));
        Assert.Equal(subs, Fixtures.SubParagraphs(draft));
        Assert.Equal(footnotes, draft.Footnotes.Count);
        Assert.Equal(sponsors, draft.Sponsors.Count(s => !s.Additional) + draft.Sponsors.Count(s => s.Additional));
        Assert.All(Fixtures.Texts(draft), t => Assert.DoesNotContain('\t', t));
        Assert.All(Fixtures.Texts(draft), t => Assert.DoesNotContain("  ", t, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ScDraft_ReadsSponsorsFromTheSponsorsLineInTheDocumentsLanguage()
    {
        var en = Fixtures.Import("akn", "S_2024_383-2408982E.xml");
        var zh = Fixtures.Import("akn", "S_2024_383-2408982C.xml");

        Assert.Equal(["Belarus", "China", "Democratic People’s Republic of Korea", "Nicaragua", "Russian Federation", "Syrian Arab Republic"], en.Sponsors.Select(s => s.Name));
        Assert.Equal(["白俄罗斯", "中国", "朝鲜民主主义人民共和国", "尼加拉瓜", "俄罗斯联邦", "阿拉伯叙利亚共和国"], zh.Sponsors.Select(s => s.Name));
        Assert.Equal("The Security Council,", en.AuthorLine);
        Assert.Equal("Security Council", en.Metadata.Body);
    }

    [Fact]
    public void Import_ScDraft_PointsBecomeSubParagraphsUnderTheIntro()
    {
        var draft = Fixtures.Import("akn", "S_2024_383-2408982E.xml");

        var op8 = draft.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ElementAt(7);
        Assert.Equal("Calls upon all States, and above all those with major space capabilities:", op8.Text);
        Assert.Equal(["op8-a", "op8-b"], op8.SubParagraphs.Select(s => s.Id));
        Assert.StartsWith("To take urgent measures", op8.SubParagraphs[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_AdoptedResolution_TakesSponsorsFromTheWorkflowInTheDraftsLanguage()
    {
        var en = Fixtures.Import("akn", "A_RES_79_170-2424210E.xml");
        var zh = Fixtures.Import("akn", "A_RES_79_170-2424210C.xml");

        Assert.Equal(new Sponsor("Cuba", OnBehalfOf: "the States Members of the United Nations that are members of the Movement of Non-Aligned Countries"), en.Sponsors[0]);
        Assert.Equal(new Sponsor("China", Additional: true), en.Sponsors[1]);
        Assert.Equal("古巴", zh.Sponsors[0].Name);
        Assert.Equal("中国", zh.Sponsors[1].Name);
        Assert.Equal("大会，", zh.AuthorLine);
        Assert.Equal("Third Committee", en.Metadata.Committee);
        Assert.Equal(new AgendaItem("71 (b)", "Promotion and protection of human rights: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms"), en.Metadata.AgendaItem);
    }

    [Fact]
    public void Import_AuthorialNotes_BecomeFootnotesReferencedWhereTheyStood()
    {
        var en = Fixtures.Import("akn", "A_RES_80_4-2517552E.xml");
        var zh = Fixtures.Import("akn", "A_RES_79_170-2424210C.xml");

        Assert.Equal("Takes note of the report of the Secretary-General on the implementation of resolution 79/7;[^1]", en.Paragraphs[8].Text);
        Assert.Equal("A/80/83.", en.Footnotes.Single().Text);
        Assert.Equal("回顾《世界人权宣言》[^1]以及《经济社会文化权利国际公约》[^2]和《公民及政治权利国际公约》，[^3]", zh.Paragraphs[1].Text);
        Assert.Equal("同上。", zh.Footnotes[2].Text);
    }

    [Fact]
    public void Import_AknAndTextOfTheSameResolution_HaveTheSameParagraphs()
    {
        var akn = Fixtures.Import("akn", "A_RES_80_4-2517552E.xml");
        var text = Fixtures.Import("text", "A_RES_80_4.txt");

        Assert.Equal(text.Paragraphs.Select(p => p.Text), akn.Paragraphs.Select(p => p.Text));
        Assert.Equal(text.Title, akn.Title);
    }

    [Fact]
    public void Import_XmlWithADoctype_IsRefusedWithoutResolvingIt()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><akomaNtoso>&x;</akomaNtoso>";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml), new ImportOptions { Format = ImportFormat.Akn });

        Assert.False(result.IsSuccess);
        Assert.StartsWith("not well-formed XML", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_AknWithoutParagraphs_IsRefused()
    {
        const string xml = "<akomaNtoso><statement name=\"draftResolution\"><preamble><formula><p>The General Assembly,</p></formula></preamble><mainBody/></statement></akomaNtoso>";

        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(xml));

        Assert.Equal(ImportFormat.Akn, result.Format);
        Assert.StartsWith("no operative paragraphs found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ResolutionInTwoParts_ReadsEachPart()
    {
        const string xml = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><documentCollection name="publication">
            <meta><identification><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
            <collectionBody><component eId="c0"><documentRef eId="r0" href="comp_0" showAs="Resolution A"/></component>
            <component eId="c1"><documentRef eId="r1" href="comp_1" showAs="Resolution B"/></component></collectionBody></documentCollection>
            <components><component eId="comp_0"><statement name="resolution"><preface><p><docNumber>A</docNumber><docTitle>First</docTitle></p></preface><preamble><formula><p>The General Assembly,</p></formula></preamble><mainBody><paragraph><content><p>Decides to act.</p></content></paragraph></mainBody></statement></component>
            <component eId="comp_1"><statement name="resolution"><preface><p><docNumber>B</docNumber><docTitle>Second</docTitle></p></preface><preamble><formula><p>The General Assembly,</p></formula></preamble><mainBody><paragraph><content><p>Decides again.</p></content></paragraph></mainBody></statement></component></components>
            </akomaNtoso>
            """;

        var result = DraftImporter.Import(System.Text.Encoding.UTF8.GetBytes(xml));

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal(DocumentKind.AdoptedResolution, draft.Kind);
        Assert.Equal(["a-op1", "b-op1"], draft.Paragraphs.Select(p => p.Id));
        Assert.Equal(new DraftPart("First", "The General Assembly,"), draft.Paragraphs[0].Part);
        Assert.Equal(new DraftPart("Second", "The General Assembly,"), draft.Paragraphs[1].Part);
    }

    [Fact]
    public void Import_CollectionWithoutItsComponents_IsRefusedNamingTheParts()
    {
        const string xml = """
            <akomaNtoso><documentCollection name="publication"><meta><FRBRlanguage language="eng"/></meta><collectionBody>
            <component eId="c0"><documentRef eId="r0" href="comp_0" showAs="Resolution A"/></component></collectionBody></documentCollection></akomaNtoso>
            """;

        var result = DraftImporter.Import(System.Text.Encoding.UTF8.GetBytes(xml));

        Assert.Equal("a collection of documents whose parts (comp_0) are not in the file", result.Error);
    }
}
