using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Collaboration;

/// <summary>
/// Quoted lines over the real hub and a real SQLite file (ADR 0028): one delegate starts a quotation and types
/// into its lines while another edits and removes lines at the same time; everyone converges, and the stored
/// draft holds the quotation as they see it.
/// </summary>
public sealed class QuotationHubTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private Guid draftId;

    public async Task InitializeAsync()
    {
        var draft = SampleDrafts.Demo();
        draft.AddQuotedLine("op1", "“Rule 5", id: "op1-q1");
        draft.AddQuotedLine("op1", "1. The President shall open the session.”", id: "op1-q2");
        draftId = await app.CreateDraftAsync(draft);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ConcurrentEditsOfOneQuotation_Converge_AndAreStored()
    {
        await using var cuba = await HubClients.JoinAsync(app, draftId, "cuba");
        await using var brazil = await HubClients.JoinAsync(app, draftId, "brazil");

        // Cuba adds a line at the end and types into it; Brazil, at the same time, types into line 2 and removes line 1.
        var added = cuba.EditAsync(_ => DomainResult<DraftOperation>.Ok(new AddQuotedLine("op1", "op1-q3", 2, "2. ")));
        var typed = brazil.EditAsync(HubClients.Splice("op1-q2", 3, "Acting "));
        Assert.True((await added).IsSuccess);
        Assert.True((await typed).IsSuccess);
        Assert.True((await cuba.EditAsync(HubClients.Splice("op1-q3", 3, "The Vice-President shall act.”"))).IsSuccess);
        Assert.True((await brazil.EditAsync(d => DeleteQuotedLine.Of(d, "op1-q1") is { IsSuccess: true } del ? DomainResult<DraftOperation>.Ok(del.Value!) : DomainResult<DraftOperation>.Fail("gone"))).IsSuccess);
        await HubClients.ConvergeAsync(app, draftId, cuba, brazil);

        var stored = (await app.Drafts.LoadAsync(draftId, CancellationToken.None))!.Draft;
        Assert.Equal(["1. Acting The President shall open the session.”", "2. The Vice-President shall act.”"], stored.FindNode("op1")!.Quotation.Select(l => l.Text));
        Assert.Equal(DraftCanonicalForm.Of(stored), DraftCanonicalForm.Of((await cuba.SnapshotAsync()).Draft));
        Assert.Equal(DraftCanonicalForm.Of(stored), DraftCanonicalForm.Of((await brazil.SnapshotAsync()).Draft));
        Assert.Empty(cuba.Refusals.Concat(brazil.Refusals));

        // A new joiner's snapshot carries the quotation too.
        await using var burundi = await HubClients.JoinAsync(app, draftId, "burundi");
        Assert.Equal(DraftCanonicalForm.Of(stored), DraftCanonicalForm.Of((await burundi.SnapshotAsync()).Draft));
    }
}
