using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Precedents;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Precedents;

/// <summary>
/// ADR 0016 amendment 12: agreed language taken from a Chinese paragraph of a corpus imported before its second level was
/// labelled ㈠ ("OP9 (a) (i)" in the corpus row, and so in the draft's source) is cited as the Chinese text labels it, in
/// the margin and the AKN download, also after a restart; an English source keeps "(i)".
/// </summary>
public sealed partial class ChineseAgreedLanguageLabelTests : IAsyncLifetime
{
    private const string Chinese = "请秘书长向大会第八十一届会议报告本决议的执行情况；";
    private const string English = "Requests the Secretary-General to report to the General Assembly at its eighty-first session;";

    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Theory]
    [InlineData("zh", Chinese, "A/RES/76/165, OP9 (a) ㈠")]
    [InlineData("en", English, "A/RES/76/165, OP9 (a) (i)")]
    public async Task ASourceLabelledBefore_IsCitedAsItsLanguageLabelsIt_InTheMarginAndTheAkn(string language, string text, string citation)
    {
        var draft = Draft.Create(language).Value!;
        draft.InsertParagraph(ParagraphKind.Operative, language == "zh" ? "决定继续审议这一问题。" : "Decides to remain seized of the matter.", id: "op1");
        var id = await app.CreateDraftAsync(draft);
        var secretariat = await app.AccessAsync("secretariat", id);
        var source = new AgreedLanguage("A/RES/76/165", "OP9 (a) (i)", text, "2021", language);

        Assert.Null((await app.Drafts.ApplyAsync(id, AgreedLanguageChanges.Use("op1", source), secretariat, CancellationToken.None)).Error);

        await using (var restarted = new AppFactory(app.DatabasePath))
        {
            Assert.Equal(citation, (await restarted.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op1")!.Source!.Citation);
        }

        var client = await app.ClientAsAsync("secretariat");
        // The page writes ㈠ as a character reference: what the reader sees is the decoded text.
        Assert.Contains($"agreed language: {citation} (2021)", System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/drafts/{id}/read")), StringComparison.Ordinal);
        Assert.Contains($"showAs=\"{citation}\"", await client.GetStringAsync($"/drafts/{id}/export/akn"), StringComparison.Ordinal);
    }

    /// <summary>
    /// ADR 0016 amendment 16: a Chinese resolution whose second level prints "i)" (A/RES/76/109's Chinese file with its ㈠ … ㈤
    /// printed so) is found by the search with the label its page prints, and a paragraph using it is cited so in the margin.
    /// </summary>
    [Fact]
    public async Task AChineseCorpusResolutionNumberedIParen_IsFoundAndCitedAsItPrints()
    {
        var file = Directory.GetFiles(CorpusFolder("76-zh"), "*.xml").Single(f => Path.GetFileName(f).StartsWith("A_RES_76_109-", StringComparison.Ordinal));
        var folder = Directory.CreateTempSubdirectory("rd-zh-paren-");
        try
        {
            var rewritten = Path.Combine(folder.FullName, Path.GetFileName(file));
            await File.WriteAllTextAsync(rewritten, SecondLevelNum().Replace(await File.ReadAllTextAsync(file), m => $"<num>{Domain.Numbering.ParagraphLabels.Roman(m.Groups[1].Value[0] - 0x3220 + 1)})</num>"));
            Assert.Equal(1, (await app.Services.GetRequiredService<PrecedentSearch>().ImportAsync([rewritten], null, CancellationToken.None)).Resolutions);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        var client = await app.ClientAsAsync("secretariat");
        var hits = await client.GetFromJsonAsync<JsonElement[]>($"/api/precedents?q={Uri.EscapeDataString("非洲国家两席；")}&lang=zh&top=1");
        Assert.Equal("OP3 (a) i)", Assert.Single(hits!).GetProperty("label").GetString());

        var draft = Draft.Create("zh").Value!;
        draft.InsertParagraph(ParagraphKind.Operative, "决定继续审议这一问题。", id: "op1");
        var id = await app.CreateDraftAsync(draft);
        var found = (await app.Services.GetRequiredService<PrecedentSearch>().FindAsync("非洲国家两席；", "zh", 1)).Single();
        Assert.Null((await app.Drafts.ApplyAsync(id, AgreedLanguageChanges.Use("op1", AgreedLanguageChanges.SourceOf(found.Precedent)), await app.AccessAsync("secretariat", id), CancellationToken.None)).Error);

        Assert.Contains("agreed language: A/RES/76/109, OP3 (a) i) (2021)", System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/drafts/{id}/read")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<num>\s*([\u3220-\u3229])\s*</num>")]
    private static partial Regex SecondLevelNum();

    private static string CorpusFolder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResolutionDrafts.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "fixtures", "corpus", "ga", name);
            }
        }

        throw new InvalidOperationException("ResolutionDrafts.sln not found above the test directory.");
    }
}
