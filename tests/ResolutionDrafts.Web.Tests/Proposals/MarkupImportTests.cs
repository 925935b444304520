using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Tests.Markup;
using ResolutionDrafts.Domain.Negotiation;
using ResolutionDrafts.Web.Data;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Proposals;

/// <summary>Issue 21: a marked-up Word file imported as proposals and comments, on a real SQLite file.</summary>
public sealed class MarkupImportTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    private MarkupImportService Markup => app.Services.GetRequiredService<MarkupImportService>();

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<byte[]> MarkedUpAsync(Func<WordMarkup, WordMarkup> markUp) =>
        markUp(new WordMarkup(DocxExporter.Export((await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft))).ToBytes();

    private async Task<int> CountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Proposals.CountAsync(p => p.DraftId == draftId) + await db.Comments.CountAsync(c => c.DraftId == draftId) + await db.MarkupImports.CountAsync();
    }

    [Fact]
    public async Task Secretariat_MapsAuthorsToDelegations_ProposalsAndCommentsInTheirNames_MappingRemembered()
    {
        var file = await MarkedUpAsync(m =>
        {
            m.Insert("Once again urges", "Once again", " strongly", "Ana Pérez").Delete("Reiterates its call upon", "and navigation", "L. Almeida");
            var question = m.Comment("Once again urges", "legal regime", "L. Almeida", "Which regime?");
            m.Comment("Once again urges", "legal regime", "Ana Pérez", "Their own.", replyTo: question);
            return m;
        });
        var secretariat = await app.AccessAsync("secretariat", draftId);

        var preview = (await Markup.PreviewAsync(secretariat, file, CancellationToken.None)).Value!;
        Assert.Empty(preview.Mapping);
        Assert.Equal(["Brazil", "Burundi", "Cuba"], preview.Delegations);
        var keys = preview.Result.Proposals.Select(MarkupImportService.KeyOf).ToList();
        var mapping = new Dictionary<string, string> { ["Ana Pérez"] = "Cuba", ["L. Almeida"] = "Brazil" };

        var outcome = await Markup.CreateAsync(secretariat, file, "L6-cuba-brazil.docx", mapping, keys, comments: true, CancellationToken.None);

        Assert.True(outcome.IsSuccess, outcome.Error);
        Assert.Empty(outcome.Value!.NotMade);
        var proposals = await app.Services.GetRequiredService<IProposalService>().ListAsync(draftId, CancellationToken.None);
        Assert.Equal(2, proposals.Count);
        Assert.Equal("Cuba", proposals.Single(p => p.Wording("en").Contains("strongly", StringComparison.Ordinal)).Delegations);
        Assert.Equal("Brazil", proposals.Single(p => p.Wording("en").Contains("navigation", StringComparison.Ordinal)).Delegations);
        Assert.All(proposals, p => Assert.Equal(ProposalState.Proposed, p.Proposal.State));
        var comments = await app.Services.GetRequiredService<NegotiationService>().CommentsAsync(draftId, CancellationToken.None);
        Assert.Equal([("op3", "Brazil"), ("op3", "Cuba")], comments.Select(c => (c.ParagraphId, c.Delegation!)).Order());
        var question = comments.Single(c => c.Text == "Which regime?");
        Assert.Equal((question.Id, "Their own."), (comments.Single(c => c.ReplyToId is not null).ReplyToId!.Value, comments.Single(c => c.ReplyToId is not null).Text));
        var import = Assert.Single(await Markup.ImportsAsync(draftId, CancellationToken.None));
        Assert.Equal(("L6-cuba-brazil.docx", 2), (import.FileName, import.ProposalIds.Split(',').Length));

        // Next time, the same names come back mapped.
        var again = (await Markup.PreviewAsync(secretariat, file, CancellationToken.None)).Value!;
        Assert.Equal(mapping, again.Mapping);
    }

    [Fact]
    public async Task Delegation_ImportsItsOwnFile_OnlyInItsOwnName()
    {
        var file = await MarkedUpAsync(m => m.Insert("Once again urges", "Once again", " strongly", "Jean N."));
        var burundi = await app.AccessAsync("burundi", draftId);
        var preview = (await Markup.PreviewAsync(burundi, file, CancellationToken.None)).Value!;
        Assert.Equal(["Burundi"], preview.Delegations);
        Assert.Equal("Burundi", preview.Mapping["Jean N."]);
        var keys = preview.Result.Proposals.Select(MarkupImportService.KeyOf).ToList();

        var refused = await Markup.CreateAsync(burundi, file, "f.docx", new Dictionary<string, string> { ["Jean N."] = "Cuba" }, keys, false, CancellationToken.None);
        Assert.Contains("only in your own delegation's name", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());

        var made = await Markup.CreateAsync(burundi, file, "f.docx", preview.Mapping, keys, false, CancellationToken.None);
        Assert.True(made.IsSuccess, made.Error);
        Assert.Equal("Burundi", Assert.Single(made.Value!.Proposals).Delegations);
    }

    [Fact]
    public async Task ObserverAndEditor_MayNotImport()
    {
        var file = await MarkedUpAsync(m => m.Insert("Once again urges", "Once again", " strongly", "X"));
        foreach (var user in new[] { "observer", "editor" })
        {
            var result = await Markup.PreviewAsync(await app.AccessAsync(user, draftId), file, CancellationToken.None);
            Assert.False(result.IsSuccess);
            Assert.Contains("may not propose amendments", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BadFiles_ClearErrors_NothingCreated()
    {
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var other = SampleDrafts.Full();
        var otherFile = new WordMarkup(DocxExporter.Export(other)).ToBytes();
        var mapping = new Dictionary<string, string> { ["X"] = "Cuba" };

        foreach (var (file, reason) in new[] { (new byte[] { 1, 2, 3 }, "not a DOCX file"), (otherFile, "not a version of this draft") })
        {
            var preview = await Markup.PreviewAsync(secretariat, file, CancellationToken.None);
            Assert.Contains(reason, preview.Error, StringComparison.Ordinal);
            var create = await Markup.CreateAsync(secretariat, file, "bad.docx", mapping, ["X\nanything"], true, CancellationToken.None);
            Assert.Contains(reason, create.Error, StringComparison.Ordinal);
        }

        // An author not mapped, a delegation not in the draft: refused before anything is made.
        var good = await MarkedUpAsync(m => m.Insert("Once again urges", "Once again", " strongly", "X"));
        var key = MarkupImportService.KeyOf((await Markup.PreviewAsync(secretariat, good, CancellationToken.None)).Value!.Result.Proposals.Single());
        Assert.Contains("Say which delegation", (await Markup.CreateAsync(secretariat, good, "g.docx", new Dictionary<string, string>(), [key], true, CancellationToken.None)).Error);
        Assert.Contains("not a delegation of this draft", (await Markup.CreateAsync(secretariat, good, "g.docx", new Dictionary<string, string> { ["X"] = "China" }, [key], true, CancellationToken.None)).Error);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task LiveTextChangedSincePreview_RefusedAsAWhole()
    {
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var file = await MarkedUpAsync(m => m.Insert("Once again urges", "Once again", " strongly", "X"));
        var key = MarkupImportService.KeyOf((await Markup.PreviewAsync(secretariat, file, CancellationToken.None)).Value!.Result.Proposals.Single());
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        var edit = await app.Services.GetRequiredService<IProposalService>().ProposeTextAsync(await app.AccessAsync("cuba", draftId), "op3",
            live.FindNode("op3")!.Text.Replace("Once again urges", "Urges", StringComparison.Ordinal), null, CancellationToken.None);
        Assert.True(edit.IsSuccess, edit.Error);
        Assert.Null((await app.Services.GetRequiredService<IProposalService>().AcceptAsync(secretariat, edit.Value!.Id, CancellationToken.None)).Error);

        var create = await Markup.CreateAsync(secretariat, file, "g.docx", new Dictionary<string, string> { ["X"] = "Cuba" }, [key], true, CancellationToken.None);

        Assert.Contains("preview the file again", create.Error, StringComparison.Ordinal);
        Assert.Single(await app.Services.GetRequiredService<IProposalService>().ListAsync(draftId, CancellationToken.None));
    }

    [Fact]
    public async Task Downloads_WithComments_CarryThemAsWordComments_ThatComeBackOnTheirParagraphs()
    {
        Assert.Null((await app.Services.GetRequiredService<NegotiationService>().CommentAsync(await app.AccessAsync("cuba", draftId), "op3", "We could join consensus.", CancellationToken.None)).Error);
        var client = await app.ClientAsAsync("brazil");
        var live = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;

        foreach (var url in new[] { $"/drafts/{draftId}/export/docx?comments=true", $"/drafts/{draftId}/compare/docx?old=live&comments=true" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var read = ResolutionDrafts.Documents.Markup.MarkupAmendments.Read(live, await response.Content.ReadAsByteArrayAsync());
            var comment = Assert.Single(read.Comments);
            Assert.Equal(("op3", "Ana Pérez (Cuba)", "We could join consensus."), (comment.ParagraphId, comment.Comment.Author, comment.Comment.Text));
        }

        var plain = await client.GetAsync($"/drafts/{draftId}/export/docx");
        Assert.Empty(ResolutionDrafts.Documents.Markup.MarkupAmendments.Read(live, await plain.Content.ReadAsByteArrayAsync()).Comments);
    }

    [Fact]
    public async Task IssuedRevisionsFile_ImportedAsAmendmentsToTheRevision_NamedByItsSymbol()
    {
        var revisions = app.Services.GetRequiredService<ResolutionDrafts.Web.Revisions.IRevisionService>();
        var issued = (await revisions.IssueAsync(await app.AccessAsync("secretariat", draftId), new ResolutionDrafts.Web.Revisions.IssueRevisionRequest("A/80/L.6/Rev.1", null), CancellationToken.None)).Value!;
        var revisionText = (await revisions.LoadAsync(issued.Id, CancellationToken.None))!.Draft;
        var file = new WordMarkup(DocxExporter.Export(revisionText)).Insert("Reiterates its call upon", "upon all", " Member", "Jean N.").ToBytes();
        var burundi = await app.AccessAsync("burundi", draftId);

        var preview = (await Markup.PreviewAsync(burundi, file, CancellationToken.None, issued.Id)).Value!;
        var made = await Markup.CreateAsync(burundi, file, "rev1.docx", preview.Mapping, preview.Result.Proposals.Select(MarkupImportService.KeyOf).ToList(), false, CancellationToken.None, issued.Id);

        Assert.True(made.IsSuccess, made.Error);
        var proposal = Assert.Single(made.Value!.Proposals);
        Assert.Equal("A/80/L.6/Rev.1", proposal.Proposal.Target.Symbol);
        Assert.Equal("In operative paragraph 2, after the word “all”, insert the word “Member”.", proposal.Wording("en"));
        Assert.Contains("no such revision", (await Markup.PreviewAsync(burundi, file, CancellationToken.None, Guid.NewGuid())).Error, StringComparison.Ordinal);
    }
}
