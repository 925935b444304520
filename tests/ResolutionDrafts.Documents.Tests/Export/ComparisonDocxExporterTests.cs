using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

public sealed class ComparisonDocxExporterTests
{
    private static readonly DateTimeOffset When = new(2025, 10, 21, 9, 30, 0, TimeSpan.Zero);

    private static readonly ComparisonDocxOptions Options = new() { Document = new DocxExportOptions { Timestamp = When } };

    [Fact]
    public void Compare_EditedEnglishDraft_AcceptAllGivesNewAndRejectAllGivesOld()
    {
        var old = TestDrafts.Rich();
        var now = EditedRich();

        AssertRoundTrips(old, now);
    }

    [Fact]
    public void Compare_EditedEnglishDraft_ShowsChangesAsTrackedRunsAndParagraphMarks()
    {
        var file = new DocxFile(ComparisonDocxExporter.Export(TestDrafts.Rich(), EditedRich(), Options));

        Assert.Empty(file.ValidationErrors);
        var inserted = file.Body.Descendants(W + "ins").Where(e => e.Parent?.Name != W + "rPr").Select(e => string.Concat(e.Descendants(W + "t").Select(t => t.Value))).ToList();
        var deleted = file.Body.Descendants(W + "del").Where(e => e.Parent?.Name != W + "rPr").Select(e => string.Concat(e.Descendants(W + "delText").Select(t => t.Value))).ToList();
        Assert.Contains("Welcomes", inserted);
        Assert.Contains("Takes note with appreciation of", deleted);
        Assert.Contains(deleted, d => d.StartsWith("Bearing in mind the Charter", StringComparison.Ordinal));

        // The deleted preambular paragraph goes with its paragraph mark; the inserted one comes with one.
        var gone = file.BodyParagraphs.Single(p => VisibleText(p).StartsWith("Bearing in mind", StringComparison.Ordinal));
        Assert.NotNull(gone.Element(W + "pPr")!.Element(W + "rPr")!.Element(W + "del"));
        var added = file.BodyParagraphs.Single(p => VisibleText(p).StartsWith("Reaffirming its commitment", StringComparison.Ordinal));
        Assert.NotNull(added.Element(W + "pPr")!.Element(W + "rPr")!.Element(W + "ins"));
    }

    [Fact]
    public void Compare_MovedParagraph_IsDeletedWhereItWasAndInsertedWhereItIs()
    {
        var old = TestDrafts.Rich();
        var now = old.Clone();
        TestDrafts.Ok(now.Move("op3", 3)); // before op1

        var file = new DocxFile(ComparisonDocxExporter.Export(old, now, Options));
        var moved = file.BodyParagraphs.Where(p => VisibleText(p).Contains("remain seized", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, moved.Count);
        Assert.NotNull(moved[0].Element(W + "pPr")!.Element(W + "rPr")!.Element(W + "ins"));
        Assert.NotNull(moved[1].Element(W + "pPr")!.Element(W + "rPr")!.Element(W + "del"));
        AssertRoundTrips(old, now);
    }

    [Fact]
    public void Compare_ChineseRevision_RewordedDeletedAndSwappedParagraphsRoundTrip()
    {
        var old = TestDrafts.ChineseCosp7();
        var now = old.Clone();
        TestDrafts.Ok(now.SetText("op4", "重申必须优先处理国别审议中确定的技术援助需求，并请技术援助提供方在制定新的技术援助方案时考虑这些需求；"));
        TestDrafts.Ok(now.Delete("pp2"));
        TestDrafts.Ok(now.Move("op2", 9)); // op2 after op3: the two swap
        TestDrafts.Ok(now.SetFootnoteText(2, "大会第 70/1 号决议，附件。"));

        AssertRoundTrips(old, now);
        var file = new DocxFile(ComparisonDocxExporter.Export(old, now, Options));
        var reworded = file.ParagraphsWithStyle("OP").Single(p => VisibleText(p).Contains("重申必须", StringComparison.Ordinal));
        Assert.NotEmpty(reworded.Elements(W + "ins"));
        Assert.NotEmpty(reworded.Elements(W + "del"));
        Assert.DoesNotContain(file.Body.Descendants(W + "r"), IsItalic);
    }

    [Fact]
    public void Compare_RenumberedOperativeParagraphs_TrackTheirNumbers()
    {
        var old = TestDrafts.CubaEmbargo();
        var now = old.Clone();
        TestDrafts.Add(now, ParagraphKind.Operative, "opNew", "Urges all States to comply;", index: 8);

        var file = new DocxFile(ComparisonDocxExporter.Export(old, now, Options));
        var second = file.ParagraphsWithStyle("OP").Single(p => VisibleText(p).Contains("Reiterates", StringComparison.Ordinal));

        Assert.Equal("2.\t", string.Concat(second.Elements(W + "del").Descendants(W + "r").Select(RunText)));
        Assert.Equal("3.\t", string.Concat(second.Elements(W + "ins").Descendants(W + "r").Select(RunText)));
        AssertRoundTrips(old, now);
    }

    [Fact]
    public void Compare_EveryChange_HasAuthorAndDate_AndKnownAuthorsArePerParagraph()
    {
        var options = Options with
        {
            Author = "Secretariat",
            ParagraphAuthors = new Dictionary<string, string> { ["op1"] = "Mexico", ["op2"] = "Japan" },
        };

        var file = new DocxFile(ComparisonDocxExporter.Export(TestDrafts.Rich(), EditedRich(), options));
        var changes = file.Body.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del").ToList();

        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal("2025-10-21T09:30:00Z", c.Attribute(W + "date")?.Value));
        Assert.All(changes, c => Assert.False(string.IsNullOrEmpty(c.Attribute(W + "author")?.Value)));
        string AuthorOf(string text) => file.BodyParagraphs.Single(p => VisibleText(p).Contains(text, StringComparison.Ordinal))
            .Descendants(W + "ins").First().Attribute(W + "author")!.Value;
        Assert.Equal("Mexico", AuthorOf("Welcomes"));
        Assert.Equal("Japan", AuthorOf("Member States and their parliaments"));
        Assert.Equal("Secretariat", AuthorOf("Reaffirming its commitment"));
        Assert.Equal(changes.Count, changes.Select(c => c.Attribute(W + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public void Compare_IdenticalDrafts_HasNoTrackedChanges()
    {
        var draft = TestDrafts.Rich();

        var file = new DocxFile(ComparisonDocxExporter.Export(draft, draft.Clone(), Options));

        Assert.Empty(file.ValidationErrors);
        Assert.DoesNotContain(file.Body.Descendants(), e => e.Name == W + "ins" || e.Name == W + "del");
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(draft))), TrackedChanges.Paragraphs(file));
    }

    [Fact]
    public void Compare_FootnoteOnlyInChangedText_SurvivesBothAcceptAndReject()
    {
        var old = TestDrafts.Rich();
        var now = old.Clone();
        TestDrafts.Ok(now.SetText("op1", "Welcomes the report of the Secretary-General;")); // its only reference to note 2 goes
        TestDrafts.Ok(now.SetText("pp2", "Bearing in mind the Charter of the United Nations and the report,[^2]")); // and comes back elsewhere

        AssertRoundTrips(old, now);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    public void Compare_RandomEdits_AcceptAllGivesNewAndRejectAllGivesOld(int seed)
    {
        var random = new Random(seed);
        var old = seed % 3 == 0 ? TestDrafts.ChineseCosp7() : seed % 3 == 1 ? TestDrafts.CubaEmbargo() : TestDrafts.Rich();
        var now = RandomEdits.Apply(old, random, edits: 12);

        AssertRoundTrips(old, now);
    }

    /// <summary>Accept All of the comparison reads exactly as the new draft's own export, Reject All as the old one's.</summary>
    internal static void AssertRoundTrips(Draft old, Draft now)
    {
        var comparison = new DocxFile(ComparisonDocxExporter.Export(old, now, Options));

        Assert.Empty(comparison.ValidationErrors);
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(now))), TrackedChanges.AcceptAll(comparison));
        Assert.Equal(TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(old))), TrackedChanges.RejectAll(comparison));
    }

    /// <summary>Rich() revised: a reworded OP, a deleted and an inserted PP, a changed sub-paragraph, a moved OP, sponsors, title, symbol and a footnote changed.</summary>
    private static Draft EditedRich()
    {
        var now = TestDrafts.Rich();
        TestDrafts.Ok(now.SetKind(DocumentKind.RevisedDraftResolution, 1));
        TestDrafts.Ok(now.SetMetadata(now.Metadata with { Symbol = "A/C.3/80/L.20/Rev.1", Date = "3 November 2025" }));
        TestDrafts.Ok(now.SetTitle("Rights of the child and the family"));
        TestDrafts.Ok(now.SetText("op1", "Welcomes the report of the Secretary-General;[^2]"));
        TestDrafts.Ok(now.Delete("pp2"));
        TestDrafts.Add(now, ParagraphKind.Preambular, "ppNew", "Reaffirming its commitment to the Convention,[^1]", index: 2);
        TestDrafts.Ok(now.SetText("op2b1", "Member States and their parliaments;"));
        TestDrafts.Ok(now.Move("op3", 3));
        TestDrafts.Ok(now.SetHeading("op3", "II. Follow-up and reporting"));
        TestDrafts.Ok(now.RemoveSponsor("Chile"));
        TestDrafts.Ok(now.AddSponsor(new Sponsor("Denmark")));
        TestDrafts.Ok(now.SetFootnoteText(2, "A/80/150 and Corr.1."));
        return now;
    }
}
