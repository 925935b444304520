using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Pages;

/// <summary>Issue 17: what pages show is worded for people, never the code's own names.</summary>
public sealed partial class PeopleWordsTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Names of enums and JSON codes that leaked onto pages before.</summary>
    private static readonly string[] InternalNames =
        ["CoProposerJoined", "PutToVote", "NotAdopted", "AgreedAdRef", "draftResolution", "revisedDraftResolution"];

    private readonly AppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task HistoriesAuditLogComparisonAndCrumbs_SayWhatHappenedInWords()
    {
        var id = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);
        var secretariat = await app.AccessAsync("secretariat", id);
        var revisions = app.Services.GetRequiredService<IRevisionService>();
        var proposals = app.Services.GetRequiredService<ProposalService>();
        var asIssued = (await revisions.IssueAsync(secretariat, new IssueRevisionRequest("A/80/L.6", null), None)).Value!;
        var op5 = (await app.Drafts.LoadAsync(id, None))!.Draft.FindNode("op5")!.Text;
        var proposal = (await proposals.ProposeTextAsync(await app.AccessAsync("brazil", id), "op5", op5.Replace("Decides", "Further decides", StringComparison.Ordinal), null, None)).Value!;
        Assert.Null((await proposals.JoinAsync(await app.AccessAsync("cuba", id), proposal.Id, None)).Error);
        Assert.Null((await proposals.PutToVoteAsync(secretariat, proposal.Id, None)).Error);
        Assert.Null((await proposals.RecordVoteAsync(secretariat, proposal.Id, new VoteResult(12, 80, 30), None)).Error);
        Assert.Null((await app.Services.GetRequiredService<NegotiationService>().SetStatusAsync(secretariat, "op1", "OP1", ParagraphStatus.AgreedAdRef, None)).Error);
        Assert.Null((await app.Services.GetRequiredService<ResolutionDrafts.Web.Access.DraftAccessService>().SetMemberAsync(secretariat, "china", ResolutionDrafts.Web.Access.DraftRole.Delegation, None)).Error);
        Assert.True((await revisions.IssueAsync(secretariat, new IssueRevisionRequest("A/80/L.6/Rev.1", null), None)).IsSuccess);
        var http = await app.ClientAsAsync("secretariat");

        var page = Text(await http.GetStringAsync($"/drafts/{id}"));
        var audit = Text(await http.GetStringAsync($"/drafts/{id}/audit"));
        var compare = Text(await http.GetStringAsync($"/drafts/{id}/compare?old={asIssued.Id}&new=live"));
        var revision = Text(await http.GetStringAsync($"/revisions/{asIssued.Id}"));

        foreach (var (name, text) in new[] { ("draft page", page), ("audit log", audit), ("comparison", compare), ("revision", revision) })
        {
            var leaked = InternalNames.Where(n => Regex.IsMatch(text, $@"\b{Regex.Escape(n)}\b")).ToList();
            Assert.True(leaked.Count == 0, $"The {name} shows {string.Join(", ", leaked)}");
        }

        Assert.DoesNotContain(": Agreed", audit);
        Assert.Contains("joined as a co-proposer", page);
        Assert.Contains("put to the vote", page);
        Assert.Contains("now not adopted", audit);
        Assert.Contains("OP1 marked agreed ad ref", audit);
        Assert.Contains("added china as a delegation", audit);
        Assert.Contains("issued a revision", audit);
        Assert.Matches(@"document kind\s+draft resolution\s+→\s+revised draft resolution", compare);
        Assert.Contains("Drafts › A/80/L.6/Rev.1 › Revisions", compare);
        Assert.Contains("Drafts › A/80/L.6/Rev.1 ›", revision);
        Assert.DoesNotContain("Drafts › Live text", compare + revision);
    }

    [Fact]
    public async Task NewDraftForm_CreatesTheDraft_AndItsExamplesSayTheyAreExamples()
    {
        var html = await (await app.ClientAsAsync("secretariat")).GetStringAsync("/drafts/new");

        Assert.Contains(">Create the draft</button>", html);
        Assert.DoesNotContain("Save masthead", html);
        Assert.Contains("placeholder=\"e.g. A/C.3/80/L.20\"", html);
        Assert.DoesNotMatch("placeholder=\"(?!e\\.g\\. )", html);
        Assert.Contains("Chinese (中文)", Text(html));
    }

    /// <summary>What a reader sees: the text without tags and attributes, spaces collapsed.</summary>
    private static string Text(string html) =>
        WhiteSpace().Replace(WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(html, " "), " ")), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
