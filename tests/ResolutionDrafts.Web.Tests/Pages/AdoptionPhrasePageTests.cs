using Bunit;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 16 (ADR 0034, amendment 7) on the page and in the import preview: the phrase the UN's workflow gives its adopted step in
/// place of a meeting record ("Adopted without vote, 90th plenary meeting") is shown with the adoption facts, kept by the masthead
/// form, and not shown twice where the vote is worded by the same phrase. English and Chinese.
/// </summary>
public sealed class AdoptionPhrasePageTests : BunitContext
{
    private static ImportResult CorpusImport(string folder, string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                var result = DraftImporter.Import(File.ReadAllBytes(Path.Combine(dir.FullName, "..", "shared", "fixtures", "corpus", "ga", folder, file)));
                Assert.True(result.IsSuccess, result.Error);
                return result;
            }
        }

        throw new InvalidOperationException("ResolutionDrafts.sln not found above the test directory.");
    }

    [Theory]
    [InlineData("75-en", "A_RES_75_257_B-2109408E.xml")]
    [InlineData("75-zh", "A_RES_75_257_B-2109408C.xml")]
    public void ThePhrase_IsShownWithTheAdoptionFacts_AndInThePreview(string folder, string file)
    {
        var imported = CorpusImport(folder, file);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(imported.Draft!)));
        var facts = Render<ImportFacts>(p => p.Add(x => x.Draft, imported.Draft!).Add(x => x.Review, imported.Review!).Add(x => x.Format, imported.Format));

        var record = document.Find("[data-testid=adoption-record]");
        Assert.Equal("Adopted without vote, 90th plenary meeting", record.QuerySelector("[data-testid=adoption-phrase]")!.TextContent);
        Assert.Equal("Adopted without vote, 90th plenary meeting", facts.Find("[data-testid=import-adoption-phrase]").TextContent);
    }

    [Fact]
    public void AVoteWordedByThePhrase_IsNotShownTwice()
    {
        var draft = CorpusImport("75-en", "75_245B_E.xml").Draft!;
        Assert.Equal(draft.Metadata.Vote?.Outcome, draft.Metadata.AdoptionPhrase);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        Assert.Equal("Adopted without vote, 59th plenary meeting", document.Find("[data-testid=vote]").TextContent.Trim());
        Assert.Empty(document.FindAll("[data-testid=adoption-phrase]"));
    }

    [Fact]
    public void TheMastheadForm_KeepsThePhrase()
    {
        var draft = CorpusImport("75-en", "A_RES_75_257_B-2109408E.xml").Draft!;

        var kept = draft.Clone();
        Assert.True(MetadataForm.From(draft).ApplyTo(kept).IsSuccess);

        Assert.Equal("Adopted without vote, 90th plenary meeting", kept.Metadata.AdoptionPhrase);
    }
}
