using Bunit;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Pages.Drafts;
using ResolutionDrafts.Web.Drafts;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>
/// Issue 16, item 7 (ADR 0034, amendment 2): what the printed page of an adopted resolution does not say, the draft it was
/// adopted from and its vote, was kept by no importer and shown nowhere. The page (draft and reading page alike, through the
/// document's back matter) shows both under the meeting line, set apart; the import preview lists them; the masthead form
/// edits the draft's symbol and keeps the vote. English and Chinese.
/// </summary>
public sealed class AdoptionRecordPageTests : BunitContext
{
    private static Draft Corpus(string folder, string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                var result = DraftImporter.Import(File.ReadAllBytes(Path.Combine(dir.FullName, "..", "shared", "fixtures", "corpus", "ga", folder, file)));
                Assert.True(result.IsSuccess, result.Error);
                return result.Draft!;
            }
        }

        throw new InvalidOperationException("ResolutionDrafts.sln not found above the test directory.");
    }

    [Theory]
    [InlineData("75-en", "75_165_E.xml", "Adopted by a recorded vote of 119 to 3, with 60 abstentions", "Against", "Belarus, Israel, Myanmar")]
    [InlineData("75-zh", "75_165_C.xml", "以119票赞成、3票反对、60票弃权的记录表决通过", "反对", "白俄罗斯、以色列、缅甸")]
    public void ThePage_ShowsTheDraftsSymbolAndTheVote_UnderTheMeetingLine(string folder, string file, string vote, string against, string states)
    {
        var draft = Corpus(folder, file);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        Assert.Equal("A/C.3/75/L.44", document.Find("[data-testid=draft-symbol]").TextContent);
        // The date the UN's workflow gives the draft (ADR 0034, amendment 3), as the page prints dates.
        Assert.Equal(folder.EndsWith("zh", StringComparison.Ordinal) ? "2020年11月2日" : "2 November 2020", document.Find("[data-testid=draft-date]").TextContent);
        Assert.StartsWith(vote, document.Find("[data-testid=vote]").TextContent.Trim(), StringComparison.Ordinal);
        var voters = document.Find("[data-testid=voters-against]");
        Assert.Equal(folder.EndsWith("zh", StringComparison.Ordinal) ? $"{against}（3）：{states}" : $"{against} (3): {states}", voters.TextContent); // the file's "BELARUS", by the list's name (ADR 0034, amendment 3)
        Assert.Empty(document.FindAll("[data-testid=voter-unlisted]"));
        Assert.Equal(["BELARUS", "ISRAEL", "MYANMAR"], draft.Metadata.Vote!.Counts.Single(c => c.Position == "against").Voters); // kept as given
        var markup = document.Markup;
        Assert.True(markup.IndexOf("data-testid=\"meeting-line\"", StringComparison.Ordinal) < markup.IndexOf("data-testid=\"adoption-record\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("75-en", "75_165_E.xml", "Against (3): Belarus, REPUBLIC OF ATLANTIS, Myanmar", "Not on the list of Member States, shown as the file gives them: REPUBLIC OF ATLANTIS")]
    [InlineData("75-zh", "75_165_C.xml", "反对（3）：白俄罗斯、REPUBLIC OF ATLANTIS、缅甸", "不在会员国名单上、按文件原样列出的名称：REPUBLIC OF ATLANTIS")]
    public void AStateNotOnTheList_IsShownAsTheFileGivesIt_AndListed(string folder, string file, string against, string listed)
    {
        var draft = Corpus(folder, file);
        var vote = draft.Metadata.Vote!;
        Assert.True(draft.SetMetadata(draft.Metadata with
        {
            Vote = vote with { Counts = [.. vote.Counts.Select(c => c with { Voters = [.. c.Voters.Select(v => v == "ISRAEL" ? "REPUBLIC OF ATLANTIS" : v)] })] },
        }).IsSuccess);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));

        Assert.Equal(against, document.Find("[data-testid=voters-against]").TextContent);
        Assert.Equal("REPUBLIC OF ATLANTIS", Assert.Single(document.FindAll("[data-testid=voter-unlisted]")).TextContent);
        Assert.Equal(listed, document.Find("[data-testid=voters-unlisted]").TextContent);
    }

    [Fact]
    public void AnAdoptionWithoutAVote_SaysSo_AndADraftShowsNoRecord()
    {
        var draft = Corpus("75-en", "75_100_E.xml");

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft)));
        Assert.Equal("A/C.4/75/L.6", document.Find("[data-testid=draft-symbol]").TextContent);
        Assert.Equal("Adopted without a vote", document.Find("[data-testid=vote]").TextContent.Trim());
        Assert.Empty(document.FindAll(".voters"));

        var asDraft = MetadataForm.From(draft);
        asDraft.Kind = DocumentKind.DraftResolution;
        Assert.True(asDraft.ApplyTo(draft).IsSuccess);
        Assert.Null(draft.Metadata.DraftSymbol);
        Assert.Null(draft.Metadata.Vote);
        Assert.Empty(Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(draft))).FindAll("[data-testid=adoption-record]"));
    }

    [Fact]
    public void TheMastheadForm_EditsTheDraftsSymbol_AndKeepsTheVote()
    {
        var draft = Corpus("75-en", "75_165_E.xml");
        var vote = draft.Metadata.Vote;
        MetadataForm? saved = null;
        var editor = Render<MetadataEditor>(p => p.Add(x => x.Draft, draft).Add(x => x.OnSave, (MetadataForm f) => saved = f));

        Assert.Equal("A/C.3/75/L.44", editor.Find("[data-testid=draft-symbol-input]").GetAttribute("value"));
        editor.Find("[data-testid=draft-symbol-input]").Change("A/C.4/75/L.7/Rev.1");
        editor.Find("form").Submit();

        Assert.NotNull(saved);
        Assert.True(saved!.ApplyTo(draft).IsSuccess);
        Assert.Equal("A/C.4/75/L.7/Rev.1", draft.Metadata.DraftSymbol);
        Assert.NotNull(vote);
        Assert.Equal(vote, draft.Metadata.Vote);
    }

    [Fact]
    public void TheImportPreview_ListsTheDraftsSymbolAndTheVote()
    {
        var draft = Corpus("75-en", "75_165_E.xml");
        var review = DraftImporter.Import(ResolutionDrafts.Documents.Export.AknExporter.ExportBytes(draft)).Review!;

        var facts = Render<ImportFacts>(p => p.Add(x => x.Draft, draft).Add(x => x.Review, review).Add(x => x.Format, ImportFormat.Akn));

        Assert.Equal("A/C.3/75/L.44", facts.Find("[data-testid=import-draft-symbol]").TextContent);
        Assert.Equal("adopted by a recorded vote of 119 to 3, with 60 abstentions", facts.Find("[data-testid=import-vote]").TextContent);
        Assert.Equal("2 November 2020", facts.Find("[data-testid=import-draft-date]").TextContent);
    }

    [Theory]
    [InlineData("en", "53rd meeting", "[Adopted by a recorded vote of 2 to 1, with 1 abstention. The voting was as follows:", "In favour:", "Algeria, China")]
    [InlineData("zh", "第53次会议", "[以2票赞成、1票反对、1票弃权的记录表决通过。表决情况如下：", "赞成：", "阿尔及利亚、中国")]
    public void TheCouncilsPrintedVote_IsPrintedUnderTheMeeting_NotAsAReadersNote(string language, string meeting, string head, string label, string names)
    {
        // ADR 0034, amendment 3: the Human Rights Council prints its vote under the meeting and date, so the page does too.
        var zh = language == "zh";
        var text = string.Join("\n",
            zh ? "联合国                A/HRC/RES/55/99" : "United Nations                A/HRC/RES/55/99",
            zh ? "2024年4月4日人权理事会通过的决议" : "Resolution adopted by the Human Rights Council on 4 April 2024",
            zh ? "55/99. 某国的人权状况" : "55/99. Situation of human rights in a country",
            zh ? "人权理事会，" : "The Human Rights Council,",
            zh ? "遵循《联合国宪章》的宗旨和原则，" : "Guided by the Charter of the United Nations,",
            zh ? "1. 决定继续处理此事。" : "1. Decides to remain seized of the matter.",
            meeting, zh ? "2024年4月4日" : "4 April 2024",
            head, label, zh ? "ALGERIA、CHINA" : "ALGERIA, CHINA", zh ? "反对：" : "Against:", "Germany", zh ? "弃权：" : "Abstaining:", "India]");
        var result = DraftImporter.Import(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(result.IsSuccess, result.Error);

        var document = Render<DraftDocument>(p => p.Add(x => x.View, new DraftView(result.Draft!)));

        var printed = document.Find("[data-testid=printed-vote]").QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.Equal([head, label, names], printed.Take(3)); // the file's capitals by the list's names, as the Council prints them
        var markup = document.Markup;
        Assert.True(markup.IndexOf("data-testid=\"meeting-line\"", StringComparison.Ordinal) < markup.IndexOf("data-testid=\"printed-vote\"", StringComparison.Ordinal));
        Assert.Empty(document.FindAll("[data-testid=vote]")); // not a second time as a reader's note
    }
}
