using System.Xml.Linq;
using System.Text.RegularExpressions;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Markup;
using ResolutionDrafts.Documents.Tests.Export;
using ResolutionDrafts.Domain.Amendments;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Markup;

/// <summary>
/// A draft's own Word download, marked up as Word marks it up (WordMarkup), read back as proposals:
/// the right wording and author for each change, and accepting every proposal in turn gives the
/// text Word's Accept All gives (TrackedChanges, the export tests' independent Accept All).
/// </summary>
public sealed class MarkupAmendmentsTests
{
    [Fact]
    public void Read_WordChangesByTwoAuthors_OneProposalPerParagraphAndAuthor_WordedTheUnWay()
    {
        var draft = TestDrafts.CubaEmbargo();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .Insert("Once again urges", "Once again", " strongly", "Cuba Delegate")
            .Delete("Reiterates its call upon", "and navigation", "Brazil Delegate")
            .Replace("Takes note of the report", "Takes note of", "Welcomes", "Cuba Delegate");
        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["Cuba Delegate", "Brazil Delegate"], result.Authors.Select(a => a.Name).Order().Reverse());
        var cuba = result.Authors.Single(a => a.Name == "Cuba Delegate");
        Assert.Empty(cuba.Skipped);
        Assert.Equal(
            [
                "In operative paragraph 1, replace the words “Takes note of” with the word “Welcomes”.",
                "In operative paragraph 3, after the word “again”, insert the word “strongly”.",
            ],
            cuba.Proposals.Select(p => p.Wording("en")));
        var brazil = result.Authors.Single(a => a.Name == "Brazil Delegate");
        Assert.Equal(["In operative paragraph 2, delete “and navigation”."], brazil.Proposals.Select(p => p.Wording("en")));
        Assert.Equal(["op2"], brazil.Proposals.Single().ParagraphIds);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
    }

    [Fact]
    public void Read_ATrackedChangeInAPartsTitle_IsAProposalToChangeThatTitle()
    {
        var draft = TestDrafts.InParts();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .Replace("United Nations global communications policies and activities", "policies and activities", "policies", "Cuba Delegate")
            .Insert("Requests the Secretary-General to report", "to report", " annually", "Cuba Delegate");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single(a => a.Name == "Cuba Delegate");
        Assert.Empty(cuba.Skipped);
        Assert.Equal(
            "In the title of resolution B, replace “United Nations global communications policies and activities” with “United Nations global communications policies”.\n"
            + "In operative paragraph 2 of resolution B, after the word “report”, insert the word “annually”.",
            string.Join("\n", cuba.Proposals.Select(p => p.Wording("en"))));
        var all = AcceptAll(draft, result);
        Assert.Equal("United Nations global communications policies", all.Paragraphs.Single(p => p.Id == "b-pp1").Part!.Title);
        Assert.Equal("Emphasizing the role of the United Nations in global communications,", all.FindNode("b-pp1")!.Text);
    }

    [Fact]
    public void Read_APartsTitleDeletedWhole_IsAProposalToDeleteTheTitle_NotTheParagraph()
    {
        var draft = TestDrafts.InParts();
        var markup = new WordMarkup(DocxExporter.Export(draft)).DeleteParagraph("United Nations global communications policies and activities", "Brazil");

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(["Delete the title of resolution B."], result.Authors.Single().Proposals.Select(p => p.Wording("en")));
    }

    [Fact]
    public void Read_ParagraphInsertedDeletedAndMoved_ParagraphInstructions()
    {
        var draft = TestDrafts.CubaEmbargo();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .InsertParagraphAfter("Once again urges", "Calls upon all States to cooperate;", "Burundi")
            .DeleteParagraph("Requests the Secretary-General", "Burundi")
            .MoveParagraph("Recalling also the measures", "Determined to encourage", "Cuba");
        var bytes = markup.ToBytes();
        var result = MarkupAmendments.Read(draft, bytes);

        Assert.True(result.IsSuccess, result.Error);
        var burundi = result.Authors.Single(a => a.Name == "Burundi");
        Assert.Empty(burundi.Skipped);
        var wording = string.Join("\n", burundi.Proposals.Select(p => p.Wording("en")));
        Assert.Contains("After operative paragraph 3, insert a new paragraph reading: “Calls upon all States to cooperate;”.", wording);
        Assert.Contains("Delete operative paragraph 4.", wording);
        var cuba = result.Authors.Single(a => a.Name == "Cuba");
        Assert.Equal(["Move the seventh preambular paragraph to follow the first preambular paragraph."], cuba.Proposals.Select(p => p.Wording("en")));

        var all = AcceptAll(draft, result);
        Assert.Equal(["pp1", "pp7", "pp2", "pp3", "pp4", "pp5", "pp6", "pp8", "op1", "op2", "op3"], all.Paragraphs.Take(11).Select(p => p.Id));
        Assert.Equal("Calls upon all States to cooperate;", all.Paragraphs[11].Text);
        Assert.Equal(["op5"], all.Paragraphs.Skip(12).Select(p => p.Id));
    }

    [Fact]
    public void Read_RsidNoiseSplitRunsAndFormattingOnly_FormattingNotedNotProposed()
    {
        var draft = TestDrafts.CubaEmbargo();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .Bold("Once again urges", "urges States", "Cuba")
            .Insert("Decides to include", "eighty", "-first", "Cuba"); // mid-word: “eighty” + “-first” + “-first session”
        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains(result.Notes, n => n.Contains("formatting only", StringComparison.Ordinal));
        var proposal = Assert.Single(result.Proposals);
        Assert.Equal("In operative paragraph 5, replace the word “eighty-first” with the word “eighty-first-first”.", proposal.Wording("en"));
    }

    [Fact]
    public void Read_SmartQuotesInserted_QuotedWithInnerQuotes()
    {
        var draft = TestDrafts.CubaEmbargo();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .Insert("Once again urges", "legal regime", ", including the “Helms-Burton Act”", "Cuba");
        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        var proposal = Assert.Single(result.Proposals);
        Assert.Equal("In operative paragraph 3, after the word “regime”, insert the words “, including the ‘Helms-Burton Act’”.", proposal.Wording("en"));
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
    }

    [Fact]
    public void Read_ChineseDraft_WordedInChinese_NotesKept()
    {
        var draft = TestDrafts.ChineseCosp7();
        var markup = new WordMarkup(DocxExporter.Export(draft))
            .Insert("促请缔约国和其他技术援助提供方", "创造并传播知识", "和良好做法", "中国")
            .Replace("鼓励缔约国依照", "提供提供", "提供", "巴西");
        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var china = result.Authors.Single(a => a.Name == "中国");
        Assert.Equal(["在执行部分第1段中，在“传播知识”之后插入“和良好做法”。"], china.Proposals.Select(p => p.Wording("zh")));
        Assert.Contains("[^1]", china.Proposals.Single().Proposed.FindNode("op1")!.Text, StringComparison.Ordinal);
        AssertAcceptingAllIsWordsAcceptAll(draft, markup, result);
    }

    [Fact]
    public void Read_Comments_LandOnTheirParagraphs_RepliesThreaded()
    {
        var draft = TestDrafts.CubaEmbargo();
        var markup = new WordMarkup(DocxExporter.Export(draft));
        var first = markup.Comment("Once again urges", "legal regime", "Cuba", "Which regime?");
        markup.Comment("Once again urges", "legal regime", "Brazil", "Their domestic law.", replyTo: first);
        markup.Comment("Determined to encourage", "Charter", "Brazil", "Quote the Charter's article.");
        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(3, result.Comments.Count);
        var question = result.Comments.Single(c => c.Comment.Text == "Which regime?");
        Assert.Equal("op3", question.ParagraphId);
        var reply = result.Comments.Single(c => c.Comment.Text == "Their domestic law.");
        Assert.Equal(("op3", question.Comment.Id, "Brazil"), (reply.ParagraphId, reply.Comment.ParentId, reply.Comment.Author));
        Assert.Equal("pp1", result.Comments.Single(c => c.Comment.Text.StartsWith("Quote", StringComparison.Ordinal)).ParagraphId);
    }

    [Fact]
    public void Read_FileOfAnotherDraft_RefusedWithReason()
    {
        var result = MarkupAmendments.Read(TestDrafts.CubaEmbargo(),
            new WordMarkup(DocxExporter.Export(TestDrafts.Rich())).Insert("Rights of the child", "child", " and youth", "X").ToBytes());

        Assert.False(result.IsSuccess);
        Assert.Contains("not a version of this draft", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Proposals);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 }, "not a DOCX file")]
    [InlineData(new byte[] { 0x50, 0x4B, 3, 4, 0, 0 }, "not a DOCX file")]
    public void Read_CorruptFile_RefusedWithReason(byte[] bytes, string reason)
    {
        var result = MarkupAmendments.Read(TestDrafts.CubaEmbargo(), bytes);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OlderRevision_ChangesToParagraphsSinceRewrittenNoLongerApply_OthersDo()
    {
        var older = TestDrafts.CubaEmbargo();
        var markup = new WordMarkup(DocxExporter.Export(older))
            .Delete("Reiterates its call upon", "and navigation", "Brazil")
            .Insert("Once again urges", "legal regime", " and international law", "Brazil");
        var live = older.Clone();
        Assert.True(live.SetText("op3", "Urges States that apply such laws to repeal them.").IsSuccess);
        Assert.True(live.Delete("pp3").IsSuccess);

        var result = MarkupAmendments.Read(live, markup.ToBytes());

        Assert.True(result.IsSuccess, result.Error);
        var brazil = result.Authors.Single();
        Assert.Equal(["In operative paragraph 2, delete “and navigation”."], brazil.Proposals.Select(p => p.Wording("en")));
        var skipped = Assert.Single(brazil.Skipped);
        Assert.Contains("No longer applies", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(live.FindNode("op3")!.Text, brazil.Proposals.Single().Proposed.FindNode("op3")!.Text);
    }

    [Fact]
    public void Read_ChangeJoiningTwoParagraphs_RefusedForThoseParagraphsWithMessage()
    {
        var draft = TestDrafts.CubaEmbargo();
        var bytes = new WordMarkup(DocxExporter.Export(draft)).JoinWithNext("Once again urges", "Cuba")
            .Insert("Decides to include", "Decides", " also", "Cuba").ToBytes();
        var result = MarkupAmendments.Read(draft, bytes);

        Assert.True(result.IsSuccess, result.Error);
        var cuba = result.Authors.Single();
        Assert.Contains(cuba.Skipped, s => s.Reason.Contains("joins two paragraphs", StringComparison.Ordinal));
        Assert.Equal(["In operative paragraph 5, after the word “Decides”, insert the word “also”."], cuba.Proposals.Select(p => p.Wording("en")));
    }

    [Fact]
    public void Read_OversizedPart_RefusedBeforeParsing()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            writer.Write(new string(' ', 9 * 1024 * 1024));
            writer.Write("</w:body></w:document>");
        }

        var result = MarkupAmendments.Read(TestDrafts.CubaEmbargo(), buffer.ToArray());

        Assert.Contains("unpacks to more than 8 MB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RevisionsNestedThousandsDeep_ReadWithoutOverflowingTheStack()
    {
        var draft = TestDrafts.CubaEmbargo();
        var markup = new WordMarkup(DocxExporter.Export(draft)).Insert("Once again urges", "Once again", " strongly", "Cuba");
        var bytes = markup.ToBytes();
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var main = word.MainDocumentPart!;
            XDocument xml;
            using (var part = main.GetStream())
            {
                xml = XDocument.Load(part);
            }

            var w = WordMarkup.W;
            var p = xml.Root!.Element(w + "body")!.Elements(w + "p").First(e => e.Value.Contains("Decides to include", StringComparison.Ordinal));
            var nested = new XElement(w + "r", new XElement(w + "t", "deep"));
            for (var i = 0; i < 5000; i++)
            {
                nested = new XElement(w + "hyperlink", nested);
            }

            p.Add(nested);
            using var output = main.GetStream(FileMode.Create);
            xml.Save(output, SaveOptions.DisableFormatting);
        }

        var result = MarkupAmendments.Read(draft, stream.ToArray());

        Assert.True(result.IsSuccess, result.Error);
        Assert.Contains(result.Notes, n => n.Contains("nested more than", StringComparison.Ordinal));
        Assert.Equal(["In operative paragraph 3, after the word “again”, insert the word “strongly”."], result.Proposals.Select(x => x.Wording("en")));
    }

    [Fact]
    public void Read_ThousandsOfWordAuthors_RefusedWithReason()
    {
        var draft = TestDrafts.CubaEmbargo();
        var markup = new WordMarkup(DocxExporter.Export(draft));
        for (var i = 0; i <= MarkupAmendments.MaxAuthors; i++)
        {
            markup.Insert("Once again urges", "Once again", " x", $"Author {i}");
        }

        var result = MarkupAmendments.Read(draft, markup.ToBytes());

        Assert.Contains($"{MarkupAmendments.MaxAuthors + 1} Word authors", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TrackedChangesInATable_Reported()
    {
        var draft = TestDrafts.CubaEmbargo();
        var bytes = new WordMarkup(DocxExporter.Export(draft)).ChangeInMastheadTable("Cuba").ToBytes();
        var result = MarkupAmendments.Read(draft, bytes);

        Assert.True(result.IsSuccess, result.Error);
        // Not one of the draft's tables (ADR 0029): listed as not read for its author, never dropped.
        Assert.Contains(result.Authors.SelectMany(a => a.Skipped), s => s.Author == "Cuba" && s.Reason.StartsWith("No table of the draft has these rows", StringComparison.Ordinal));
        Assert.Empty(result.Proposals);
    }

    internal static Draft AcceptAll(Draft live, MarkupImportResult result)
    {
        var text = live;
        foreach (var proposal in result.Proposals)
        {
            var rebased = AmendmentRebase.Onto(text, proposal.Amendment.Instructions);
            Assert.True(rebased.IsSuccess, rebased.Error);
            var applied = AmendmentApplier.Apply(text, rebased.Value!);
            Assert.True(applied.IsSuccess, applied.Error);
            text = applied.Value!;
        }

        return text;
    }

    /// <summary>Every proposal accepted in turn, printed, reads as Word's Accept All of the marked-up file (numbers aside).</summary>
    internal static void AssertAcceptingAllIsWordsAcceptAll(Draft live, WordMarkup markup, MarkupImportResult result)
    {
        var accepted = TrackedChanges.Paragraphs(new DocxFile(DocxExporter.Export(AcceptAll(live, result))));
        var word = TrackedChanges.AcceptAll(new DocxFile(markup.ToBytes()));
        Assert.Equal(word.Select(WithoutNumber), accepted.Select(WithoutNumber));
    }

    private static string WithoutNumber(string paragraph) => Regex.Replace(paragraph, @"^(\d+\.|\([a-z]+\))\t", "");
}
