using Microsoft.Extensions.DependencyInjection;
using ResolutionDrafts.Domain.Drafts;
using ResolutionDrafts.Domain.Operations;
using ResolutionDrafts.Web.Precedents;
using ResolutionDrafts.Web.Revisions;
using ResolutionDrafts.Web.Tests.Infrastructure;

namespace ResolutionDrafts.Web.Tests.Precedents;

/// <summary>
/// What joins the corpus besides an import: resolutions adopted in the app (and only those: a draft
/// under negotiation is not agreed language), and, with --demo, the shipped demo set.
/// </summary>
public sealed class AppCorpusTests : IAsyncLifetime
{
    private const string AdoptedText = "Decides to convene a high-level meeting on the resilience of small island lighthouses to sea-level rise in two thousand and thirty;";
    private const string NegotiatedText = "Requests the Secretary-General to compile the views of Member States on migratory seabird corridors across the Pacific islands;";

    private readonly AppFactory app = new() { Settings = new() { ["Precedents:RefreshInterval"] = "00:00:00" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static Draft NewDraft(DocumentKind kind, string symbol, string text)
    {
        var draft = Draft.Create("en", kind).Value!;
        Assert.True(draft.SetMetadata(new DraftMetadata { Symbol = symbol, Body = "General Assembly", Date = "2025-12-01", Session = "80" }).IsSuccess);
        Assert.True(draft.SetTitle("Lighthouses and seabirds").IsSuccess);
        draft.InsertParagraph(ParagraphKind.Preambular, "Recalling its earlier resolutions on small island developing States,", id: "pp1");
        draft.InsertParagraph(ParagraphKind.Operative, text, id: "op1");
        draft.AddSubParagraph("op1", "to report to the General Assembly at its eighty-first session on the meeting and its outcome;", id: "op1a");
        return draft;
    }

    [Fact]
    public async Task AnAdoptedResolution_JoinsTheCorpus_ADraftUnderNegotiationDoesNot()
    {
        await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedResolution, "A/RES/80/99", AdoptedText));
        await app.CreateDraftAsync(NewDraft(DocumentKind.DraftResolution, "A/80/L.99", NegotiatedText));
        var search = app.Services.GetRequiredService<PrecedentSearch>();

        var hit = Assert.Single(await search.FindAsync(AdoptedText.Replace("thirty", "thirty-one", StringComparison.Ordinal), "en"));
        var sub = (await search.FindAsync("to report to the General Assembly at its eighty-first session on the meeting and its outcome", "en"))[0];

        Assert.Equal(("A/RES/80/99", "OP1", "2025", "General Assembly"), (hit.Precedent.Symbol, hit.Precedent.Label, hit.Precedent.Year, hit.Precedent.Body));
        Assert.Equal(("A/RES/80/99", "OP1 (a)"), (sub.Precedent.Symbol, sub.Precedent.Label));
        Assert.Empty(await search.FindAsync(NegotiatedText, "en"));
        Assert.Contains("General Assembly", await search.BodiesAsync());
    }

    [Theory]
    [InlineData("A/DEC/80/599")]
    [InlineData("80/599")]
    public async Task AnAdoptedDecision_JoinsTheCorpus_CitedAsADecisionOnTheSearchPage(string symbol)
    {
        await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedDecision, symbol, AdoptedText));
        await app.CreateDraftAsync(NewDraft(DocumentKind.DraftDecision, "A/C.6/80/L.99", NegotiatedText));
        var search = app.Services.GetRequiredService<PrecedentSearch>();

        var hit = Assert.Single(await search.FindAsync(AdoptedText, "en"));
        Assert.Equal((symbol, "OP1", "decision 80/599"), (hit.Precedent.Symbol, hit.Precedent.Label, hit.Precedent.Citation));
        Assert.Empty(await search.FindAsync(NegotiatedText, "en"));

        var client = await app.ClientAsAsync("observer");
        var page = await client.GetStringAsync($"/precedents?q={Uri.EscapeDataString(AdoptedText)}");
        Assert.Matches(@"<strong[^>]*>decision 80/599, OP1</strong>", page);
        var api = await client.GetStringAsync($"/api/precedents?q={Uri.EscapeDataString(AdoptedText)}&lang=en&top=1");
        Assert.Contains("\"citation\":\"decision 80/599\"", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APhraseAdoptedInAResolutionAndADecision_IsCountedAsBoth()
    {
        await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedResolution, "A/RES/80/99", AdoptedText));
        await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedDecision, "80/599", AdoptedText));
        var client = await app.ClientAsAsync("observer");

        var both = await client.GetStringAsync($"/precedents?mode=phrase&lang=en&q={Uri.EscapeDataString("small island lighthouses")}");
        var subParagraph = await client.GetStringAsync($"/precedents?mode=phrase&lang=en&q={Uri.EscapeDataString("on the meeting and its outcome")}");

        Assert.Contains("In 2 paragraphs of 1 resolution and 1 decision;", both, StringComparison.Ordinal);
        Assert.Contains("In 2 paragraphs of 1 resolution and 1 decision;", subParagraph, StringComparison.Ordinal);
        Assert.DoesNotContain("2 resolutions", both, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgreedLanguageTakenFromADecision_IsCitedAsTheDecisionInTheMarginAndTheAkn()
    {
        await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedDecision, "80/599", AdoptedText));
        var search = app.Services.GetRequiredService<PrecedentSearch>();
        var precedent = Assert.Single(await search.FindAsync(AdoptedText, "en")).Precedent;
        var id = await app.CreateDraftAsync(SampleDrafts.Demo());
        var secretariat = await app.AccessAsync("secretariat", id);

        Assert.Null((await app.Drafts.ApplyAsync(id, AgreedLanguageChanges.Use("op2", AgreedLanguageChanges.SourceOf(precedent)), secretariat, CancellationToken.None)).Error);

        // Stored as a decision (a restart reads it back so), printed as one in the margin and the AKN download.
        await using (var restarted = new AppFactory(app.DatabasePath))
        {
            var source = (await restarted.Drafts.LoadAsync(id, CancellationToken.None))!.Draft.FindNode("op2")!.Source!;
            Assert.True(source.Decision);
            Assert.Equal("decision 80/599, OP1", source.Citation);
        }

        var client = await app.ClientAsAsync("secretariat");
        var reading = await client.GetStringAsync($"/drafts/{id}/read");
        Assert.Contains("agreed language: decision 80/599, OP1 (2025)", reading, StringComparison.Ordinal);
        var akn = await client.GetStringAsync($"/drafts/{id}/export/akn");
        Assert.Contains("showAs=\"decision 80/599, OP1\"", akn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftAdoptedLater_IsFoundOnceItIsAdopted()
    {
        var id = await app.CreateDraftAsync(NewDraft(DocumentKind.DraftResolution, "A/80/L.98", NegotiatedText));
        var search = app.Services.GetRequiredService<PrecedentSearch>();
        Assert.Empty(await search.FindAsync(NegotiatedText, "en"));

        var adopted = await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetDocumentKind(DocumentKind.AdoptedResolution, null)), await app.AccessAsync("secretariat", id), CancellationToken.None);
        Assert.Null(adopted.Error);

        Assert.Equal("A/80/L.98", Assert.Single(await search.FindAsync(NegotiatedText, "en")).Precedent.Symbol);
    }

    [Fact]
    public async Task AnIssuedRevisionOfTheAdoptedKind_JoinsTheCorpus_EvenOnceItsDraftMovesOn()
    {
        var id = await app.CreateDraftAsync(NewDraft(DocumentKind.DraftResolution, "A/80/L.97", NegotiatedText));
        var secretariat = await app.AccessAsync("secretariat", id);
        Assert.Null((await app.Drafts.ApplyAsync(id, _ => DomainResult<DraftOperation>.Ok(new SetDocumentKind(DocumentKind.AdoptedResolution, null)), secretariat, CancellationToken.None)).Error);
        var issued = await app.Services.GetRequiredService<IRevisionService>().IssueAsync(secretariat, new IssueRevisionRequest("A/RES/80/97", null), CancellationToken.None);
        Assert.True(issued.IsSuccess, issued.Error);

        // The draft goes on as next session's draft: another kind, another symbol, its operative paragraph rewritten.
        Assert.Null((await app.Drafts.ApplyAsync(id, d => DomainResult<DraftOperation>.Ok(OperationBatch.Of([
            new SetDocumentKind(DocumentKind.DraftResolution, null),
            new SetMetadata(d.Metadata with { Symbol = "A/81/L.97" }),
            new EditText("op1", DraftDelta.Splice(d.FindNode("op1")!.Text, "Requests the Secretary-General to report on the corridors;")),
        ])), secretariat, CancellationToken.None)).Error);
        var search = app.Services.GetRequiredService<PrecedentSearch>();

        // Found once, under the symbol the revision was issued as, with the year of issue.
        var hit = Assert.Single(await search.FindAsync(NegotiatedText, "en"));
        Assert.Equal(("A/RES/80/97", "OP1"), (hit.Precedent.Symbol, hit.Precedent.Label));
        Assert.Equal(issued.Value!.IssuedUtc.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), hit.Precedent.Year);
        Assert.Empty(await search.FindAsync("Requests the Secretary-General to report on the corridors;", "en"));
    }

    [Fact]
    public async Task AnAdoptedDraftAndItsRevisionUnderOneSymbol_AreFoundOnce_AsTheDraftStandsNow()
    {
        var id = await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedResolution, "A/RES/80/96", AdoptedText));
        var secretariat = await app.AccessAsync("secretariat", id);
        Assert.True((await app.Services.GetRequiredService<IRevisionService>().IssueAsync(secretariat, new IssueRevisionRequest("A/RES/80/96", null), CancellationToken.None)).IsSuccess);
        var corrected = AdoptedText.Replace("two thousand and thirty", "2030", StringComparison.Ordinal);
        Assert.Null((await app.Drafts.ApplyAsync(id, d => DomainResult<DraftOperation>.Ok(new EditText("op1", DraftDelta.Splice(d.FindNode("op1")!.Text, corrected))), secretariat, CancellationToken.None)).Error);

        var hits = await app.Services.GetRequiredService<PrecedentSearch>().FindAsync(AdoptedText, "en");

        var hit = Assert.Single(hits, h => h.Precedent.Label == "OP1");
        Assert.Equal(("A/RES/80/96", corrected), (hit.Precedent.Symbol, hit.Precedent.Text));
    }

    [Fact]
    public async Task AdoptedDraftsSharingASymbol_AreFoundOnce_AsTheOneChangedLast_AndCountedAsOneResolution()
    {
        // Three drafts of one adopted resolution (three imports of it, say); the first is corrected after the others.
        var first = await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedResolution, "A/RES/80/99", AdoptedText));
        await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedResolution, "A/RES/80/99", AdoptedText));
        await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedResolution, " a/res/80/99", AdoptedText));
        var corrected = AdoptedText.Replace("two thousand and thirty", "2030", StringComparison.Ordinal);
        var secretariat = await app.AccessAsync("secretariat", first);
        Assert.Null((await app.Drafts.ApplyAsync(first, d => DomainResult<DraftOperation>.Ok(new EditText("op1", DraftDelta.Splice(d.FindNode("op1")!.Text, corrected))), secretariat, CancellationToken.None)).Error);

        var search = app.Services.GetRequiredService<PrecedentSearch>();
        var hits = await search.FindAsync(AdoptedText, "en");

        var hit = Assert.Single(hits, h => h.Precedent.Label == "OP1");
        Assert.Equal(("A/RES/80/99", corrected), (hit.Precedent.Symbol, hit.Precedent.Text));
        Assert.Single(await search.FindAsync("Recalling its earlier resolutions on small island developing States,", "en"), h => h.Precedent.Label == "PP1");
        var phrase = await (await app.ClientAsAsync("observer")).GetStringAsync($"/precedents?mode=phrase&lang=en&q={Uri.EscapeDataString("on the meeting and its outcome")}");
        Assert.Contains("In 1 paragraph of 1 resolution;", phrase, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdoptedDraftsOfAResolutionTheCorpusHolds_GiveWayToTheCorpus_InThatLanguageOnly()
    {
        // The UN's own file of A/RES/76/10 in the corpus (English), and the same resolution imported three times as drafts —
        // each of them edited, so a hit says which copy it came from — and once in Chinese, which the corpus does not hold.
        var english = Path.Combine(Fixtures, "76-en", "A_RES_76_10-2117757E.xml");
        Assert.Equal(1, (await app.Services.GetRequiredService<PrecedentSearch>().ImportAsync([english], null, CancellationToken.None)).Resolutions);
        var imported = Import(english);
        var (opId, original) = imported.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).Select(p => (p.Id, p.Text)).Last();
        for (var i = 0; i < 3; i++)
        {
            var copy = Import(english);
            Assert.True(copy.SetText(opId, original.TrimEnd('.', ';') + $", as copy {i} says.").IsSuccess);
            await app.CreateDraftAsync(copy);
        }

        var chinese = Import(Path.Combine(Fixtures, "76-zh", "A_RES_76_10-2117757C.xml"));
        await app.CreateDraftAsync(chinese);
        var search = app.Services.GetRequiredService<PrecedentSearch>();

        var hits = (await search.FindAsync(original, "en")).Where(h => h.Precedent.Symbol == "A/RES/76/10").ToList();
        var hit = Assert.Single(hits, h => h.Precedent.Label == ParagraphLabelOf(imported, opId));
        Assert.Equal(original, hit.Precedent.Text); // the corpus's, not a copy's
        Assert.True(hit.Precedent.Id > 0, "a corpus row, not a draft's paragraph");

        var zhText = chinese.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).Last().Text;
        var zh = Assert.Single(await search.FindAsync(zhText, "zh"), h => h.Precedent.Text == zhText.Trim());
        Assert.Equal("A/RES/76/10", zh.Precedent.Symbol);
    }

    private static string Fixtures => Path.Combine(Path.GetDirectoryName(PrecedentSearchTests.CorpusFiles().First())!, "..");

    private static Draft Import(string path)
    {
        var result = ResolutionDrafts.Documents.Import.DraftImporter.Import(File.ReadAllBytes(path));
        Assert.True(result.IsSuccess, result.Error);
        Assert.True(result.Draft!.Kind.IsAdopted());
        return result.Draft;
    }

    private static string ParagraphLabelOf(Draft draft, string id) => ResolutionDrafts.Domain.Numbering.ParagraphLabels.Compute(draft)[id].Label;

    [Fact]
    public async Task TheSearchPagesExactPhrase_ReadsAcrossFootnoteReferencesAndItalics_InEnglishAndChinese()
    {
        // As delegates write them in the app: an italic title (ADR 0015) and a footnote reference between the words.
        var english = NewDraft(DocumentKind.AdoptedResolution, "A/RES/80/97", "Decides to remain seized of the matter;");
        Assert.True(english.AddFootnote(1, "United Nations, Treaty Series, vol. 1577, No. 27531.").IsSuccess);
        english.InsertParagraph(ParagraphKind.Preambular, "Recalling the {i}Convention on the Rights of the Child{/i},[^1] and the Optional Protocols thereto,", id: "pp2");
        var chinese = Draft.Create("zh", DocumentKind.AdoptedResolution).Value!;
        Assert.True(chinese.SetMetadata(new DraftMetadata { Symbol = "A/RES/80/96", Body = "General Assembly", Date = "2025-12-02", Session = "80" }).IsSuccess);
        Assert.True(chinese.SetTitle("儿童权利").IsSuccess);
        Assert.True(chinese.AddFootnote(1, "联合国，《条约汇编》，第1577卷，第27531号。").IsSuccess);
        chinese.InsertParagraph(ParagraphKind.Preambular, "回顾{i}《儿童权利公约》{/i}[^1]及其各项任择议定书，", id: "pp1");
        await app.CreateDraftAsync(english);
        await app.CreateDraftAsync(chinese);
        var client = await app.ClientAsAsync("observer");

        async Task<string> PhraseAsync(string phrase, string lang) =>
            await client.GetStringAsync($"/precedents?mode=phrase&lang={lang}&q={Uri.EscapeDataString(phrase)}");

        var acrossTheMarks = await PhraseAsync("Rights of the Child, and the Optional Protocols", "en");
        var typedWithMarks = await PhraseAsync("the {i}Convention on the Rights of the Child{/i}", "en");
        var chineseAcross = await PhraseAsync("儿童权利公约》及其各项任择", "zh");
        var chineseSpaced = await PhraseAsync("回顾 《儿童权利公约》", "zh");
        var absent = await PhraseAsync("Rights of the Child and the Optional Protocols", "en"); // without the comma: not these words

        foreach (var (page, symbol) in new[] { (acrossTheMarks, "A/RES/80/97"), (typedWithMarks, "A/RES/80/97"), (chineseAcross, "A/RES/80/96"), (chineseSpaced, "A/RES/80/96") })
        {
            Assert.Contains($"first adopted 2025-12-0", page, StringComparison.Ordinal);
            Assert.Contains(symbol, page, StringComparison.Ordinal);
        }

        Assert.Contains("Never adopted word for word.", absent, StringComparison.Ordinal);
        Assert.Contains("In 1 paragraph of 1 resolution;", acrossTheMarks, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSearchPage_FiltersByBody()
    {
        await app.CreateDraftAsync(NewDraft(DocumentKind.AdoptedResolution, "A/RES/80/99", AdoptedText));
        var client = await app.ClientAsAsync("observer");

        var assembly = await client.GetStringAsync($"/precedents?body={Uri.EscapeDataString("General Assembly")}&q={Uri.EscapeDataString(AdoptedText)}");
        var council = await client.GetStringAsync($"/precedents?body={Uri.EscapeDataString("Security Council")}&q={Uri.EscapeDataString(AdoptedText)}");

        Assert.Contains("data-symbol=\"A/RES/80/99\"", assembly, StringComparison.Ordinal);
        Assert.Contains("<option value=\"General Assembly\"", assembly, StringComparison.Ordinal);
        Assert.DoesNotContain("data-symbol=\"A/RES/80/99\"", council, StringComparison.Ordinal);
    }
}

/// <summary>The demo set (DemoData/corpus) with --demo: loaded into an empty corpus, never into one that has anything.</summary>
public sealed class DemoCorpusTests
{
    [Fact]
    public async Task WithDemo_AnEmptyCorpusGetsTheDemoSet_AndTheDemoDraftFindsItsPredecessor()
    {
        await using var app = new AppFactory { Settings = new() { ["Precedents:DemoCorpus"] = "true" } };
        var search = app.Services.GetRequiredService<PrecedentSearch>();

        Assert.Equal(Directory.GetFiles(DemoCorpus.Directory, "*.xml").Length, search.ResolutionCount());
        var draft = (await app.Drafts.LoadAsync(await DemoDraftIdAsync(app), CancellationToken.None))!.Draft;
        var hits = await search.FindAsync(draft.FindNode("op2")!.Text, "en");
        Assert.True(hits.Count > 0, $"{await search.CountAsync()} paragraphs; text: {draft.FindNode("op2")!.Text}");
        Assert.Contains(hits, h => h.Precedent.Symbol == "A/RES/75/289");
        Assert.True(File.Exists(Path.Combine(DemoCorpus.Directory, "SOURCES.md")));
    }

    [Fact]
    public async Task WithDemo_ACorpusThatHasAnythingIsLeftAlone()
    {
        var path = AppFactory.NewDatabasePath();
        await using (var first = new AppFactory(path))
        {
            var file = PrecedentSearchTests.CorpusFiles().First();
            await first.Services.GetRequiredService<PrecedentSearch>().ImportAsync([file], null, CancellationToken.None);
        }

        await using var demo = new AppFactory(path) { Settings = new() { ["Precedents:DemoCorpus"] = "true" } };

        Assert.Equal(1, demo.Services.GetRequiredService<PrecedentSearch>().ResolutionCount());
    }

    private static async Task<Guid> DemoDraftIdAsync(AppFactory app) =>
        (await app.Drafts.ListAsync(CancellationToken.None)).Single(d => d.Symbol == "A/80/L.6").Id;
}
