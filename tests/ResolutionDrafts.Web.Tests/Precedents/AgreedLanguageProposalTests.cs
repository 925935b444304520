using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Web.Components.Drafts;
using ResolutionDrafts.Web.Components.Proposals;
using ResolutionDrafts.Web.Proposals;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Precedents;

/// <summary>
/// A proposal made from a precedent ("Use" in the panel beside the proposed copy or the proposed new
/// paragraph) keeps the precedent's source, stored with the proposal; accepting it records the source
/// on the live paragraph as using the precedent directly would (ADR 0011). The commands are the
/// page's own (<see cref="SuggestingEdits"/>).
/// </summary>
public sealed class AgreedLanguageProposalTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly AgreedLanguage Source = new(
        "A/RES/75/289", "OP2",
        "Reiterates its call upon all States to refrain from promulgating and applying laws and measures of the kind referred to in the preamble to the present resolution;",
        "2021", "en");

    private readonly AppFactory app = new();
    private Guid draftId;

    private IProposalService Proposals => app.Services.GetRequiredService<IProposalService>();

    public async Task InitializeAsync() => draftId = await app.CreateDraftAsync(SampleDrafts.Demo(), openToDirectEditing: false);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AProposedCopyTakenFromAPrecedent_KeepsItsSource_AndAcceptingItRecordsTheSourceOnTheParagraph()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var edit = SuggestingEdits.For(new ParagraphCommand(ParagraphAction.Propose, "op2", Source.Text, Source: Source))!;

        var proposed = await Proposals.ProposeEditAsync(cuba, edit, null, None);

        Assert.True(proposed.IsSuccess, proposed.Error);
        Assert.Null((await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op2")!.Source); // not before it is accepted

        // Stored with the proposal: a restarted app reads it back.
        await using (var restarted = new AppFactory(app.DatabasePath))
        {
            var stored = Assert.Single(await restarted.Services.GetRequiredService<IProposalService>().ListAsync(draftId, None));
            Assert.Equal(Source, stored.Proposed.FindNode("op2")!.Source);
        }

        Assert.Null((await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), proposed.Value!.Id, None)).Error);

        var live = (await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op2")!;
        Assert.Equal(Source.Text, live.Text);
        Assert.Equal(Source, live.Source);
        Assert.True(live.Source!.Matches(live.Text));
    }

    [Fact]
    public async Task AnAdaptedPrecedentInAProposal_IsRecordedAsDriftedOnceAccepted()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var adapted = Source.Text.Replace("all States", "all Member States", StringComparison.Ordinal);
        var edit = SuggestingEdits.For(new ParagraphCommand(ParagraphAction.Propose, "op2", adapted, Source: Source))!;
        var proposed = (await Proposals.ProposeEditAsync(cuba, edit, null, None)).Value!;

        Assert.Null((await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), proposed.Id, None)).Error);

        var live = (await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op2")!;
        Assert.Equal(adapted, live.Text);
        Assert.Equal(Source, live.Source);
        Assert.False(live.Source!.Matches(live.Text));
    }

    [Fact]
    public async Task AProposedNewParagraphTakenFromAPrecedent_JoinsTheTextWithItsSource()
    {
        var brazil = await app.AccessAsync("brazil", draftId);
        var before = (await app.Drafts.LoadAsync(draftId, None))!.Draft;
        var edit = SuggestingEdits.For(new ParagraphCommand(ParagraphAction.ProposeNewAfter, "op2", Source.Text, Source: Source))!;

        var proposed = await Proposals.ProposeEditAsync(brazil, edit, null, None);
        Assert.True(proposed.IsSuccess, proposed.Error);
        Assert.Null((await Proposals.AcceptAsync(await app.AccessAsync("secretariat", draftId), proposed.Value!.Id, None)).Error);

        var live = (await app.Drafts.LoadAsync(draftId, None))!.Draft;
        var added = Assert.Single(live.Paragraphs, p => before.FindNode(p.Id) is null);
        Assert.Equal(Source.Text, added.Text);
        Assert.Equal(Source, added.Source);
        Assert.Equal(live.Paragraphs.ToList().FindIndex(p => p.Id == "op2") + 1, live.Paragraphs.ToList().IndexOf(added));
    }

    [Fact]
    public async Task ASubAmendmentTakenFromAPrecedent_KeepsItsSource_AndCarriesItThroughTheProposalIntoTheText()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var brazil = await app.AccessAsync("brazil", draftId);
        var secretariat = await app.AccessAsync("secretariat", draftId);
        var op2 = (await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op2")!.Text;
        var parent = (await Proposals.ProposeTextAsync(cuba, "op2", "Firmly " + op2, null, None)).Value!;
        Assert.Null(parent.Proposed.FindNode("op2")!.Source);

        // "Amend this proposal", with the panel's "Use": the amended wording and where it came from.
        var sub = await Proposals.ProposeSubAmendmentAsync(brazil, parent.Id, "op2", Source.Text, Source, None);

        Assert.True(sub.IsSuccess, sub.Error);
        await using (var restarted = new AppFactory(app.DatabasePath))
        {
            var stored = (await restarted.Services.GetRequiredService<IProposalService>().ListAsync(draftId, None)).Single(p => p.Id == sub.Value!.Id);
            Assert.Equal(Source, stored.Proposed.FindNode("op2")!.Source);
        }

        // Accepting the sub-amendment makes it the proposal's wording, source and all …
        Assert.Null((await Proposals.AcceptAsync(secretariat, sub.Value!.Id, None)).Error);
        var revised = (await Proposals.ListAsync(draftId, None)).Single(p => p.Id == parent.Id);
        Assert.Equal(Source, revised.Proposed.FindNode("op2")!.Source);
        Assert.Null((await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op2")!.Source); // the text is not changed yet

        // … and accepting the proposal records it on the paragraph, as a precedent used directly would.
        Assert.Null((await Proposals.AcceptAsync(secretariat, parent.Id, None)).Error);
        var live = (await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op2")!;
        Assert.Equal(Source.Text, live.Text);
        Assert.Equal(Source, live.Source);
    }

    [Fact]
    public async Task ASubAmendmentWithoutAPrecedent_RecordsNoSource()
    {
        var cuba = await app.AccessAsync("cuba", draftId);
        var op2 = (await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op2")!.Text;
        var parent = (await Proposals.ProposeTextAsync(cuba, "op2", "Firmly " + op2, null, None)).Value!;

        var sub = await Proposals.ProposeSubAmendmentAsync(await app.AccessAsync("brazil", draftId), parent.Id, "op2", "Strongly " + op2, null, None);

        Assert.True(sub.IsSuccess, sub.Error);
        Assert.Null(sub.Value!.Proposed.FindNode("op2")!.Source);
    }

    [Fact]
    public async Task AProposalWithoutAPrecedent_LeavesTheParagraphsSourceAsItIs()
    {
        var secretariat = await app.AccessAsync("secretariat", draftId);
        Assert.Null((await app.Drafts.ApplyAsync(draftId, ResolutionDrafts.Web.Precedents.AgreedLanguageChanges.Use("op2", Source), secretariat, None)).Error);
        var cuba = await app.AccessAsync("cuba", draftId);
        var text = Source.Text.Replace("Reiterates", "Strongly reiterates", StringComparison.Ordinal);
        var proposed = (await Proposals.ProposeEditAsync(cuba, SuggestingEdits.For(new ParagraphCommand(ParagraphAction.Propose, "op2", text))!, null, None)).Value!;

        Assert.Null((await Proposals.AcceptAsync(secretariat, proposed.Id, None)).Error);

        var live = (await app.Drafts.LoadAsync(draftId, None))!.Draft.FindNode("op2")!;
        Assert.Equal(text, live.Text);
        Assert.Equal(Source, live.Source); // kept, now drifted
    }
}
