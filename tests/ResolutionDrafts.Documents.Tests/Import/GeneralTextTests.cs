using System.Text;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>Shapes of documents the fixtures do not show, written here by hand.</summary>
public sealed class GeneralTextTests
{
    private static ImportResult Import(string text, ImportOptions? options = null) => DraftImporter.Import(Encoding.UTF8.GetBytes(text), options);

    [Fact]
    public void Import_SecurityCouncilDraftWithOneUnnumberedOperativeParagraph()
    {
        const string text = """
            United Nations
            S/2026/100
            Security Council
            Distr.: General
            3 March 2026
            Original: English

            France and Japan: draft resolution

            The Security Council,

            Recalling its previous resolutions on the matter,

            Decides to remain seized of the matter.
            """;

        var draft = Import(text).Draft!;

        Assert.Equal("Security Council", draft.Metadata.Body);
        Assert.Equal(["France", "Japan"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal(ParagraphKind.Preambular, draft.Paragraphs[0].Kind);
        Assert.Equal(ParagraphKind.Operative, draft.Paragraphs[1].Kind);
        Assert.Equal("op1", draft.Paragraphs[1].Id);
    }

    [Fact]
    public void Import_ParagraphPerLineText_NeedsNoBlankLines()
    {
        var pp = "Recalling " + string.Join(", ", Enumerable.Range(1, 40).Select(i => $"its resolution {i}/1")) + ",";
        var text = $"Australia: draft resolution\nTitle of the draft\nThe General Assembly,\n{pp}\n{pp.Replace("Recalling", "Noting", StringComparison.Ordinal)}\n1. Decides {new string('x', 300)};\n2. Decides to remain seized of the matter.\n";

        var draft = Import(text).Draft!;

        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.Equal(2, Fixtures.Count(draft, ParagraphKind.Operative));
    }

    [Fact]
    public void Import_ChineseDraftWithSubParagraphs()
    {
        const string text = """
            第八十届会议
            议程项目 12
            中国和法国：决议草案
            某项决议
            大会，
            回顾其以往的决议，
            1. 请秘书长：
            (a) 提交报告；
            (b) 提出建议；
            2. 决定继续审议这一问题。
            """;

        var result = Import(text);

        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        Assert.Equal("zh", draft.Language);
        Assert.Equal(["中国", "法国"], draft.Sponsors.Select(s => s.Name));
        Assert.Equal("某项决议", draft.Title);
        Assert.Equal(["op1-a", "op1-b"], draft.Paragraphs[1].SubParagraphs.Select(s => s.Id));
    }

    [Fact]
    public void Import_ForcedLanguage_WinsOverDetection()
    {
        var result = Import("Cuba: draft resolution\n\nTitle\n\nThe General Assembly,\n\n1. Decides to act.\n", new ImportOptions { Language = "fr" });

        Assert.Equal("fr", result.Draft!.Language);
    }

    [Fact]
    public void Import_Utf16TextWithBom_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Cuba: draft resolution\n\nTitle\n\nThe General Assembly,\n\n1. Decides to act.\n")).ToArray();

        var result = DraftImporter.Import(bytes);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(ImportFormat.Text, result.Format);
    }

    [Fact]
    public void Import_AnnexAfterTheLastParagraph_IsLeftOutWithAWarning()
    {
        var result = Import("Cuba: draft resolution\n\nTitle\n\nThe General Assembly,\n\n1. Adopts the declaration annexed to the present resolution.\n\nAnnex\n\nDeclaration\n\nWe, the Heads of State,\n");

        Assert.Single(result.Draft!.Paragraphs);
        Assert.Contains(result.Warnings, w => w.Contains("Annex", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_FootnoteNumberAloneOnItsLine_IsAReferenceNotAHeading()
    {
        const string text = "Cuba: draft resolution\n\nTitle\n\nThe General Assembly,\n\n1.\nTakes note of the report;\n1\n\n2.\nDecides to act.\n__________________\n1 A/80/1.\n";

        var draft = Import(text).Draft!;

        Assert.Equal("Takes note of the report;[^1]", draft.Paragraphs[0].Text);
        Assert.Null(draft.Paragraphs[1].Heading);
    }

    [Fact]
    public void Import_HumanRightsCouncilDraft_ReadsTheCouncilAsCommittee()
    {
        const string text = """
            United Nations
            A/HRC/58/L.9
            General Assembly
            Distr.: Limited
            1 April 2025
            Original: English
            Human Rights Council
            Fifty-eighth session
            24 February–4 April 2025
            Agenda item 3
            Promotion and protection of all human rights

            Chile and Peru: draft resolution

            The right to food

            The Human Rights Council,

            Recalling all its previous resolutions,

            1. Decides to remain seized of the matter.
            """;

        var draft = Import(text).Draft!;

        Assert.Equal("General Assembly", draft.Metadata.Body);
        Assert.Equal("Human Rights Council", draft.Metadata.Committee);
        Assert.Equal("24 February–4 April 2025", draft.Metadata.PlaceAndDates);
        Assert.Equal("The right to food", draft.Title);
    }

    [Fact]
    public void Import_LayoutPreservingExtraction_SplitsTheMastheadColumns()
    {
        const string text = """
            United Nations                                                A/C.2/80/L.7
                      General Assembly                        Distr.: Limited
                                                              12 October 2025

                                                              Original: English
            Eightieth session
            Second Committee
            Agenda item 19
            Sustainable development

                  Ghana and Kenya: draft resolution

                  Desertification

                  The General Assembly,

                  Recalling its resolution 79/200,

                  1.     Decides to remain seized of the matter.
            """;

        var draft = Import(text).Draft!;

        Assert.Equal("A/C.2/80/L.7", draft.Metadata.Symbol);
        Assert.Equal("General Assembly", draft.Metadata.Body);
        Assert.Equal("Limited", draft.Metadata.Distribution);
        Assert.Equal("12 October 2025", draft.Metadata.Date);
        Assert.Equal("Desertification", draft.Title);
        Assert.Equal("Decides to remain seized of the matter.", draft.Paragraphs[1].Text);
    }

    [Fact]
    public void Import_HardWrappedTextWithoutBlankLines_StartsPreambularParagraphsAtTheirParticiples()
    {
        const string text = """
            Norway: draft resolution
            Oceans and the law of the sea
            The General Assembly,
            Recalling its annual resolutions on the law of the sea, including
            resolution 79/144 of 10 December 2024, and other relevant resolutions,
            Member States having been consulted,
            Reaffirming the importance of the Convention,
            Deeply concerned about the state of the oceans,
            1. Calls upon all States to become parties to the Convention;
            2. Decides to include the item in the provisional agenda of its
            eighty-first session.
            """;

        var draft = Import(text).Draft!;

        Assert.Equal(3, Fixtures.Count(draft, ParagraphKind.Preambular));
        Assert.EndsWith("and other relevant resolutions, Member States having been consulted,", draft.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal("Decides to include the item in the provisional agenda of its eighty-first session.", draft.Paragraphs[4].Text);
    }
}
