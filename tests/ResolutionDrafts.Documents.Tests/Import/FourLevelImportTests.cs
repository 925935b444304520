using System.Text;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Four levels of sub-paragraphs, as Security Council texts nest them ((a) → (i) → a. → i.), survive
/// the text importer, AKN and DOCX export and import again (issue 16).
/// </summary>
public sealed class FourLevelImportTests
{
    private const string Text = """
        The Security Council,
        Recalling its previous resolutions,
        1. Decides that the measures imposed by paragraph 2 shall not apply:
        (a) To supplies of non-lethal military equipment:
        (i) Intended solely for the support of:
        a. The United Nations Mission, including:
        i. Its police component;
        ii. Its civilian component;
        b. The African Union Mission;
        (ii) Intended for humanitarian use;
        (b) To protective clothing;
        2. Decides to remain seized of the matter.
        """;

    [Fact]
    public void TextWithFourLevels_ImportsTheFourthLevelUnderTheThird()
    {
        var draft = Import(Encoding.UTF8.GetBytes(Text), ImportFormat.Text);

        AssertFourLevels(draft);
    }

    [Fact]
    public void FourLevels_SurviveAknExportAndImport()
    {
        var draft = Import(Encoding.UTF8.GetBytes(Text), ImportFormat.Text);

        var again = Import(AknExporter.ExportBytes(draft), ImportFormat.Akn);

        AssertFourLevels(again);
        Assert.Equal(Paragraphs(draft), Paragraphs(again));
    }

    [Fact]
    public void FourLevels_SurviveDocxExportAndImport()
    {
        var draft = Import(Encoding.UTF8.GetBytes(Text), ImportFormat.Text);

        var again = Import(DocxExporter.Export(draft), ImportFormat.Docx);

        AssertFourLevels(again);
        Assert.Equal(Paragraphs(draft), Paragraphs(again));
    }

    [Fact]
    public void FourLevels_SurviveTheDraftJson()
    {
        var draft = Import(Encoding.UTF8.GetBytes(Text), ImportFormat.Text);

        var again = DraftJson.Deserialize(DraftJson.Serialize(draft));

        Assert.True(again.IsSuccess, again.Error);
        AssertFourLevels(again.Value!);
    }

    private static Draft Import(byte[] data, ImportFormat format)
    {
        var result = DraftImporter.Import(data, new ImportOptions { Format = format, Language = "en" });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static void AssertFourLevels(Draft draft)
    {
        Assert.Equal(2, draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
        Assert.Equal("Its police component;", draft.FindNode("op1-a-i-a-i")?.Text);
        Assert.Equal("Its civilian component;", draft.FindNode("op1-a-i-a-ii")?.Text);
        Assert.Equal("The African Union Mission;", draft.FindNode("op1-a-i-b")?.Text);
        Assert.Equal("Intended for humanitarian use;", draft.FindNode("op1-a-ii")?.Text);
        Assert.Equal("To protective clothing;", draft.FindNode("op1-b")?.Text);
    }

    private static string Paragraphs(Draft draft) =>
        string.Join("\n", draft.AllNodes().Select(n => $"{n.Id} {n.Text}"));
}
