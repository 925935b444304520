using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Issue 16 (ADR 0034, amendment 7): where the UN's workflow names no meeting record on its adopted step it gives a phrase
/// (<c>&lt;step outcome="adopted" as="Adopted without vote, 90th plenary meeting"/&gt;</c>, in English in its Chinese files too).
/// It was dropped, and our AKN wrote the resolution's symbol in its place. It is kept as the file words it, written back on our
/// AKN's step, and kept by the draft JSON; a record, or the symbol an older export wrote there, is no phrase.
/// </summary>
public sealed class AdoptionPhraseTests
{
    private static Draft Imported(byte[] bytes)
    {
        var result = DraftImporter.Import(bytes);
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    private static string? AdoptedStepAs(Draft draft) =>
        (string?)XDocument.Parse(Encoding.UTF8.GetString(AknExporter.ExportBytes(draft))).Descendants()
            .Single(e => e.Name.LocalName == "step" && (string?)e.Attribute("outcome") == "adopted").Attribute("as");

    [Theory]
    [InlineData("corpus/ga/75-en", "A_RES_75_257_B-2109408E.xml", "Adopted without vote, 90th plenary meeting")]
    [InlineData("corpus/ga/75-zh", "A_RES_75_257_B-2109408C.xml", "Adopted without vote, 90th plenary meeting")]
    [InlineData("corpus/ga/75-en", "A_RES_75_250_B-2109021E.xml", "Adopted 133-3-0, 88th plenary meeting")]
    [InlineData("corpus/ga/75-zh", "A_RES_75_250_B-2109021C.xml", "Adopted 133-3-0, 88th plenary meeting")]
    public void TheUnsAdoptedStepPhrase_IsKept_AndOurAknWritesItBack(string folder, string file, string phrase)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.Equal(phrase, draft.Metadata.AdoptionPhrase);
        Assert.Null(draft.Metadata.MeetingRecord);
        Assert.Equal(phrase, AdoptedStepAs(draft));
        Assert.Equal(phrase, Imported(AknExporter.ExportBytes(draft)).Metadata.AdoptionPhrase);
        Assert.Equal(draft.Metadata, DraftJson.Deserialize(DraftJson.Serialize(draft)).Value!.Metadata);
    }

    [Theory]
    [InlineData("corpus/ga/75-en", "75_100_E.xml")]
    [InlineData("corpus/ga/75-zh", "75_100_C.xml")]
    public void AStepNamingARecord_HasNoPhrase(string folder, string file)
    {
        var draft = Fixtures.Import(folder, file);

        Assert.Null(draft.Metadata.AdoptionPhrase);
        Assert.Equal("A/75/PV.41", AdoptedStepAs(draft));
    }

    [Fact]
    public void TheSymbolAnOlderExportWroteOnTheStep_IsNoPhrase()
    {
        var draft = Fixtures.Import("corpus/ga/75-en", "75_100_E.xml");
        Assert.True(draft.SetMetadata(draft.Metadata with { MeetingRecord = null }).IsSuccess);

        var bytes = AknExporter.ExportBytes(draft);

        Assert.Equal(draft.Metadata.Symbol, AdoptedStepAs(draft));
        Assert.Null(Imported(bytes).Metadata.AdoptionPhrase);
    }

    [Fact]
    public void ADraft_KeepsNoPhrase()
    {
        var draft = Fixtures.Import("corpus/ga/75-en", "A_RES_75_257_B-2109408E.xml");
        Assert.True(draft.SetKind(DocumentKind.DraftResolution, null).IsSuccess);

        Assert.Null(Imported(AknExporter.ExportBytes(draft)).Metadata.AdoptionPhrase);
    }
}
