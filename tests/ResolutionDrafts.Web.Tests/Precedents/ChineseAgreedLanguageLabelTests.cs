using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Precedents;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Precedents;

/// <summary>
/// ADR 0016 amendment 12: agreed language taken from a Chinese paragraph of a corpus imported before its second level was
/// labelled ㈠ ("OP9 (a) (i)" in the corpus row, and so in the draft's source) is cited as the Chinese text labels it, in
/// the margin and the AKN download, also after a restart; an English source keeps "(i)".
/// </summary>
public sealed class ChineseAgreedLanguageLabelTests : IAsyncLifetime
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
}
