using System.Text;
using System.Xml.Linq;
using ResolutionDrafts.Documents.Export;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Documents.Json;
using ResolutionDrafts.Domain.Drafts;
using static ResolutionDrafts.Documents.Tests.Export.DocxFile;

namespace ResolutionDrafts.Documents.Tests.Export;

/// <summary>
/// A quotation (ADR 0028) prints as the UN prints a quoted rule: its lines as paragraphs of their own under
/// the quoting text, indented further; in AKN as a <c>quotedStructure</c>; and each form reads back to the
/// same quotation, line by line, with its footnote references and italics.
/// </summary>
public sealed class QuotationExportTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private const string English = """
        United Nations
        A/C.6/80/L.9
        General Assembly
        Eightieth session
        Sixth Committee
        Cuba and Brazil: draft resolution
        Rules of procedure
        The General Assembly,
        Recalling its rules of procedure,[^1]
        1. Decides to amend rule 5 of its rules of procedure to read as follows:
        “Rule 5
        1. The Conference shall elect a {i}President{/i};[^2]
        2. It shall also elect a Vice-President.”
        2. Decides:
        (a) To add article 9 as follows:
        “Article 9 Each State shall report.”
        (b) To remain seized of the matter.
        """;

    private const string Chinese = """
        联合国
        A/C.6/80/L.9
        大会
        第八十届会议
        第六委员会
        古巴和巴西：决议草案
        议事规则
        大会，
        回顾其议事规则，
        1. 决定将其议事规则第5条修正如下：
        「第5条
        1. 大会应选举主席一人；
        2. 大会还应选举副主席一人。」
        2. 决定继续处理此案。
        """;

    private static Draft Quoting(string text)
    {
        var typed = text.Replace("[^1]", "").Replace("[^2]", "").Replace("{i}", "").Replace("{/i}", "");
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes(typed), new ImportOptions { Format = ImportFormat.Text });
        Assert.True(result.IsSuccess, result.Error);
        var draft = result.Draft!;
        if (text.Contains("[^1]", StringComparison.Ordinal))
        {
            // Footnotes and italics in a quoted line, as a delegate marks them on the page.
            draft.AddFootnote(1, "A/520/Rev.20.");
            draft.AddFootnote(2, "See rule 6.");
            draft.SetText("pp1", draft.FindNode("pp1")!.Text + "[^1]");
            draft.SetText("op1-q2", "1. The Conference shall elect a {i}President{/i};[^2]");
        }

        return draft;
    }

    /// <summary>Every node's id and text, and its quotation's, in reading order.</summary>
    private static List<string> Shape(Draft draft) =>
        draft.AllNodes().SelectMany(n => n.Quotation.Select(l => $"  quote {l.Id} {l.Text}").Prepend($"{n.Id} {n.Text}")).ToList();

    [Fact]
    public void TheTextImport_GivesTheQuotationsThisTestPrints()
    {
        var draft = Quoting(English);

        Assert.Equal(["op1-q1", "op1-q2", "op1-q3"], draft.FindNode("op1")!.Quotation.Select(l => l.Id));
        Assert.Equal("“Article 9 Each State shall report.”", draft.FindNode("op2-a")!.Quotation.Single().Text);
    }

    [Theory]
    [InlineData(English)]
    [InlineData(Chinese)]
    public void Docx_PrintsEachQuotedLine_IndentedUnderItsParagraph_AndReadsBackTheQuotation(string text)
    {
        var draft = Quoting(text);

        var bytes = DocxExporter.Export(draft);
        var file = new DocxFile(bytes);

        Assert.Empty(file.ValidationErrors);
        var body = file.BodyParagraphs.Select(p => (Style: StyleOf(p), Text: VisibleText(p))).ToList();
        var rule = body.FindIndex(p => p.Text.StartsWith("1.\tDecides", StringComparison.Ordinal) || p.Text.StartsWith("1.\t决定", StringComparison.Ordinal));
        Assert.True(rule >= 0, string.Join("\n", body));
        var quoted = draft.FindNode("op1")!.Quotation;
        for (var i = 0; i < quoted.Count; i++)
        {
            Assert.Equal(StyleIds.QuotedText, body[rule + 1 + i].Style);
            Assert.Equal(InlineItalics.Strip(quoted[i].Text).Replace("[^2]", "", StringComparison.Ordinal), body[rule + 1 + i].Text);
        }

        var operative = Indent(file, StyleIds.Operative);
        Assert.True(Indent(file, StyleIds.QuotedText) > operative, "the quoted lines sit further in than the paragraph's text");
        Assert.True(Indent(file, StyleIds.QuotedTextInSubParagraph) > Indent(file, StyleIds.QuotedText));

        var again = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Docx });
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(Shape(draft), Shape(again.Draft!));
    }

    [Fact]
    public void Docx_KeepsAQuotedLinesFootnoteAndItalics()
    {
        var draft = Quoting(English);

        var file = new DocxFile(DocxExporter.Export(draft));

        var line = file.BodyParagraphs.Single(p => VisibleText(p).StartsWith("1. The Conference", StringComparison.Ordinal));
        Assert.Equal(StyleIds.QuotedText, StyleOf(line));
        Assert.Contains(line.Descendants(W + "footnoteReference"), _ => true);
        Assert.Contains(line.Descendants(W + "r"), r => IsItalic(r) && RunText(r) == "President");
    }

    [Theory]
    [InlineData(English)]
    [InlineData(Chinese)]
    public void Akn_WritesAQuotedStructure_AndReadsBackTheSameDraft(string text)
    {
        var draft = Quoting(text);

        var bytes = AknExporter.ExportBytes(draft);
        var xml = XDocument.Parse(Encoding.UTF8.GetString(bytes));

        var quoted = xml.Descendants(Akn + "quotedStructure").ToList();
        Assert.Equal(text == English ? 2 : 1, quoted.Count);
        Assert.Equal(draft.FindNode("op1")!.Quotation.Select(l => l.Id), quoted[0].Elements(Akn + "p").Select(p => (string?)p.Attribute("wId")));
        Assert.Equal("op1", (string?)quoted[0].Ancestors(Akn + "paragraph").First().Attribute("wId"));
        var again = DraftImporter.Import(bytes, new ImportOptions { Format = ImportFormat.Akn });
        Assert.True(again.IsSuccess, again.Error);
        Assert.Equal(Shape(draft), Shape(again.Draft!));
        Assert.Equal(draft.Footnotes, again.Draft!.Footnotes);
    }

    [Fact]
    public void DraftJson_CarriesTheQuotation_AndAFileWithABadLineIsRefusedSayingWhere()
    {
        var draft = Quoting(English);

        var json = DraftJson.Serialize(draft);
        var back = DraftJson.Deserialize(json);

        Assert.Contains("\"quotation\"", json, StringComparison.Ordinal);
        Assert.True(back.IsSuccess, back.Error);
        Assert.Equal(Shape(draft), Shape(back.Value!));
        var bad = DraftJson.Deserialize(json.Replace("\"id\": \"op1-q2\"", "\"id\": \"op1-q1\"", StringComparison.Ordinal));
        Assert.False(bad.IsSuccess);
        Assert.Contains("paragraphs[1].quotation[1]", bad.Error, StringComparison.Ordinal);
    }

    private static int Indent(DocxFile file, string style) =>
        int.Parse(file.Style(style)!.Descendants(W + "ind").Single().Attribute(W + "left")!.Value, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The comparison DOCX shows a changed quoted line as tracked changes in that line, in its quoted style.</summary>
public sealed class QuotationComparisonDocxTests
{
    [Fact]
    public void ComparisonDocx_TracksTheChangeInsideTheQuotedLine()
    {
        var result = DraftImporter.Import(Encoding.UTF8.GetBytes("""
            The General Assembly,
            Recalling its rules of procedure,
            1. Decides to amend rule 5 to read as follows:
            “Rule 5
            1. The Conference shall elect a President;
            2. It shall also elect a Vice-President.”
            2. Decides to remain seized of the matter.
            """), new ImportOptions { Format = ImportFormat.Text });
        Assert.True(result.IsSuccess, result.Error);
        var old = result.Draft!;
        var now = old.Clone();
        now.SetText("op1-q2", "1. The Conference shall elect a Chair;");
        now.AddQuotedLine("op1", "3. It shall elect a Rapporteur.”", id: "op1-q9");
        now.SetText("op1-q3", "2. It shall also elect a Vice-President.");

        var file = new DocxFile(ComparisonDocxExporter.Export(old, now));

        Assert.Empty(file.ValidationErrors);
        var changed = file.BodyParagraphs.Single(p => StyleOf(p) == StyleIds.QuotedText && p.Descendants(W + "ins").Any(i => i.Parent?.Name != W + "rPr" && string.Concat(i.Descendants(W + "t").Select(t => t.Value)).Contains("Chair", StringComparison.Ordinal)));
        Assert.Contains("President", string.Concat(changed.Descendants(W + "delText").Select(t => t.Value)), StringComparison.Ordinal);
        Assert.StartsWith("1. The Conference", string.Concat(changed.Descendants(W + "t").Select(t => t.Value)), StringComparison.Ordinal);
        var quoted = file.BodyParagraphs.Where(p => StyleOf(p) == StyleIds.QuotedText).ToList();
        Assert.Equal(4, quoted.Count);
        Assert.Contains("Rapporteur", string.Concat(quoted[3].Descendants(W + "t").Select(t => t.Value)), StringComparison.Ordinal);
    }
}

/// <summary>A plain Word file of unknown origin (no styles, one Word paragraph a line) reads its quotation as text does.</summary>
public sealed class QuotationPlainWordTests
{
    [Fact]
    public void APlainWordFile_WithQuotedParagraphsAfterALeadIn_GivesTheQuotation()
    {
        var text = DraftImporter.Import(Encoding.UTF8.GetBytes("""
            The General Assembly,
            Recalling its rules of procedure,
            1. Decides to amend rule 5 to read as follows:
            “Rule 5
            1. The Conference shall elect a President;
            2. It shall also elect a Vice-President.”
            2. Decides to remain seized of the matter.
            """), new ImportOptions { Format = ImportFormat.Text });
        Assert.True(text.IsSuccess, text.Error);

        var word = DraftImporter.Import(ResolutionDrafts.Documents.Tests.Import.Corpus.PlainDocxRendering.Render(text.Draft!), new ImportOptions { Format = ImportFormat.Docx });

        Assert.True(word.IsSuccess, word.Error);
        Assert.Equal(text.Draft!.FindNode("op1")!.Quotation.Select(l => l.Text), word.Draft!.FindNode("op1")!.Quotation.Select(l => l.Text));
        Assert.Equal(3, word.Draft.FindNode("op1")!.Quotation.Count);
        Assert.Equal(2, word.Draft.Paragraphs.Count(p => p.Kind == ParagraphKind.Operative));
    }
}

/// <summary>`rd diff` names a changed quoted line under its paragraph (ADR 0028).</summary>
public sealed class QuotationDiffTextTests
{
    [Fact]
    public void RdDiff_ShowsTheChangedQuotedLine()
    {
        var old = DraftImporter.Import(Encoding.UTF8.GetBytes("""
            The General Assembly,
            Recalling its rules of procedure,
            1. Decides to amend rule 5 to read as follows:
            “Rule 5
            1. The Conference shall elect a President.”
            2. Decides to remain seized of the matter.
            """), new ImportOptions { Format = ImportFormat.Text }).Draft!;
        var now = old.Clone();
        now.SetText("op1-q2", "1. The Conference shall elect a Chair.”");

        var text = ResolutionDrafts.Cli.Commands.DiffText.Write(ResolutionDrafts.Domain.Comparison.DraftComparer.Compare(old, now), "en");

        Assert.Contains("OP1, quoted line 2 modified", text, StringComparison.Ordinal);
        var line = text.Split('\n').SkipWhile(l => !l.Contains("quoted line 2", StringComparison.Ordinal)).Skip(1).First();
        Assert.Contains("[-President-]", line, StringComparison.Ordinal);
        Assert.Contains("{+Chair+}", line, StringComparison.Ordinal);
    }
}
