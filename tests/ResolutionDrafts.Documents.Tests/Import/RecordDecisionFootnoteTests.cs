using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ResolutionDrafts.Documents.Import;
using ResolutionDrafts.Domain.Drafts;

namespace ResolutionDrafts.Documents.Tests.Import;

/// <summary>
/// Adopted decisions as the Official Records print them (issue 16, ADR 0022) with their footnotes: the volume of
/// decisions gives each decision its number and title, then the past-tense sentence ("At its 46th plenary meeting, on
/// 9 December 2021, the General Assembly, on the recommendation of the Sixth Committee,¹ decided …"), whose footnotes
/// name the report and the paragraph recommending it (¹ A/76/469, para. 10.) and sit at the foot of the page under a
/// rule. Copied from the PDF the reference numbers are typed digits; in Word they are real footnotes, or the PDF's
/// lines pasted into Word. Each form must be the same adopted decision: one paragraph, the references in place and the
/// notes attached to them, in English and in Chinese.
/// </summary>
public sealed class RecordDecisionFootnoteTests
{
    private const string Title = "Report of the International Law Commission on the work of its seventy-second and seventy-third sessions";

    private const string Sentence =
        "At its 46th plenary meeting, on 9 December 2021, the General Assembly, on the recommendation of the Sixth Committee,[^1] decided to include in the provisional agenda of its seventy-seventh session the item entitled “Report of the International Law Commission on the work of its seventy-third session” and to consider it in the light of the report of the Commission.[^2]";

    private static readonly string[] Notes = ["A/76/469, para. 10.", "Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 10 (A/76/10)."];

    private const string ChineseTitle = "国际法委员会第七十二届和第七十三届会议工作报告";

    private const string ChineseSentence =
        "大会2021年12月9日第46次全体会议根据第六委员会的建议，[^1]决定将题为“国际法委员会第七十三届会议工作报告”的项目列入大会第七十七届会议临时议程，并参照委员会的报告[^2]审议该项目。";

    private static readonly string[] ChineseNotes = ["A/76/469，第10段。", "《大会正式记录，第七十六届会议，补编第10号》(A/76/10)。"];

    /// <summary>As the PDF's text copies: the numbers typed after the words they follow, the notes after a rule.</summary>
    private static string PdfText(string title, string sentence, string[] notes) =>
        "76/515. " + title + "\n\n" + Typed(sentence) + "\n\n__________________\n" + string.Join("\n", notes.Select((n, i) => $"{i + 1} {n}")) + "\n";

    private static string Typed(string text) => text.Replace("[^1]", "1", StringComparison.Ordinal).Replace("[^2]", "2", StringComparison.Ordinal);

    [Fact]
    public void AnEnglishRecordDecision_CopiedFromThePdf_HasItsFootnotesAttached() =>
        AssertDecision(Import(Encoding.UTF8.GetBytes(PdfText(Title, Sentence, Notes)), ImportFormat.Text), Title, Sentence, Notes);

    [Fact]
    public void AChineseRecordDecision_CopiedFromThePdf_HasItsFootnotesAttached() =>
        AssertDecision(Import(Encoding.UTF8.GetBytes(PdfText(ChineseTitle, ChineseSentence, ChineseNotes)), ImportFormat.Text), ChineseTitle, ChineseSentence, ChineseNotes);

    [Fact]
    public void AnEnglishRecordDecision_InWordWithRealFootnotes_HasItsFootnotesAttached() =>
        AssertDecision(Import(WordWithFootnotes(Title, Sentence, Notes), ImportFormat.Docx), Title, Sentence, Notes);

    [Fact]
    public void AChineseRecordDecision_InWordWithRealFootnotes_HasItsFootnotesAttached() =>
        AssertDecision(Import(WordWithFootnotes(ChineseTitle, ChineseSentence, ChineseNotes), ImportFormat.Docx), ChineseTitle, ChineseSentence, ChineseNotes);

    [Fact]
    public void AnEnglishRecordDecision_ThePdfsLinesPastedIntoWord_HasItsFootnotesAttached() =>
        AssertDecision(Import(WordOfLines(PdfText(Title, Sentence, Notes)), ImportFormat.Docx), Title, Sentence, Notes);

    [Fact]
    public void AChineseRecordDecision_ThePdfsLinesPastedIntoWord_HasItsFootnotesAttached() =>
        AssertDecision(Import(WordOfLines(PdfText(ChineseTitle, ChineseSentence, ChineseNotes)), ImportFormat.Docx), ChineseTitle, ChineseSentence, ChineseNotes);

    [Fact]
    public void AnEnglishRecordDecision_HardWrappedAsThePdfPrintsIt_HasItsFootnotesAttached()
    {
        // The volume's two-column page wraps the sentence every 60 or so characters; the reference stays where it was.
        var typed = Typed(Sentence);
        var lines = new List<string>();
        var line = "";
        foreach (var word in typed.Split(' '))
        {
            if (line.Length + word.Length > 60)
            {
                lines.Add(line.TrimEnd());
                line = "";
            }

            line += word + " ";
        }

        lines.Add(line.TrimEnd());
        var text = "76/515. " + Title + "\n\n" + string.Join("\n", lines) + "\n\n__________________\n" + string.Join("\n", Notes.Select((n, i) => $"{i + 1} {n}")) + "\n";

        AssertDecision(Import(Encoding.UTF8.GetBytes(text), ImportFormat.Text), Title, Sentence, Notes);
    }

    [Fact]
    public void AChineseRecordDecision_HardWrappedAsThePdfPrintsIt_HasItsFootnotesAttached()
    {
        // Chinese wraps anywhere, here inside "第46次全体会议" and between a reference's number and the next word.
        var typed = Typed(ChineseSentence);
        var lines = Enumerable.Range(0, (typed.Length + 17) / 18).Select(i => typed.Substring(i * 18, Math.Min(18, typed.Length - i * 18)));
        var text = "76/515. " + ChineseTitle + "\n\n" + string.Join("\n", lines) + "\n\n__________________\n" + string.Join("\n", ChineseNotes.Select((n, i) => $"{i + 1} {n}")) + "\n";

        AssertDecision(Import(Encoding.UTF8.GetBytes(text), ImportFormat.Text), ChineseTitle, ChineseSentence, ChineseNotes);
    }

    [Fact]
    public void AChineseRecordDecision_TheReferenceBeforeTheComma_HasItsFootnotesAttached()
    {
        var sentence = ChineseSentence.Replace("建议，[^1]", "建议[^1]，", StringComparison.Ordinal);

        AssertDecision(Import(Encoding.UTF8.GetBytes(PdfText(ChineseTitle, sentence, ChineseNotes)), ImportFormat.Text), ChineseTitle, sentence, ChineseNotes);
    }

    [Fact]
    public void ARecordDecisionWithLetteredItems_AndAFootnote_KeepsTheItemsAndTheNote()
    {
        var text = """
            76/516. Scope and application of the principle of universal jurisdiction

            At its 46th plenary meeting, on 9 December 2021, the General Assembly, on the recommendation of the Sixth Committee,1 decided:
            (a) To include the item in the provisional agenda of its seventy-seventh session;
            (b) To establish a working group of the Sixth Committee at that session.

            __________________
            1 A/76/470, para. 8.
            """;

        var draft = Import(Encoding.UTF8.GetBytes(text), ImportFormat.Text);

        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        var sentence = Assert.Single(draft.Paragraphs);
        Assert.Equal("At its 46th plenary meeting, on 9 December 2021, the General Assembly, on the recommendation of the Sixth Committee,[^1] decided:", sentence.Text);
        Assert.Equal(["To include the item in the provisional agenda of its seventy-seventh session;", "To establish a working group of the Sixth Committee at that session."],
            sentence.SubParagraphs.Select(s => s.Text));
        Assert.Equal("A/76/470, para. 8.", Assert.Single(draft.Footnotes).Text);
    }

    private static void AssertDecision(Draft draft, string title, string sentence, string[] notes)
    {
        Assert.Equal(DocumentKind.AdoptedDecision, draft.Kind);
        Assert.Equal(title, draft.Title);
        Assert.Equal("", draft.AuthorLine);
        Assert.Equal(sentence, Assert.Single(draft.Paragraphs).Text);
        Assert.Equal(notes.Select((n, i) => new Footnote(i + 1, n)), draft.Footnotes);
    }

    private static Draft Import(byte[] data, ImportFormat format)
    {
        var result = DraftImporter.Import(data, new ImportOptions { Format = format });
        Assert.True(result.IsSuccess, result.Error);
        return result.Draft!;
    }

    /// <summary>The decision as a plain Word file (no styles) with real footnotes, as the volume's Word version has them.</summary>
    private static byte[] WordWithFootnotes(string title, string sentence, string[] notes)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new W.Footnotes(
                new W.Footnote(new W.Paragraph(new W.Run(new W.SeparatorMark()))) { Type = W.FootnoteEndnoteValues.Separator, Id = -1 },
                new W.Footnote(new W.Paragraph(new W.Run(new W.ContinuationSeparatorMark()))) { Type = W.FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            for (var i = 0; i < notes.Length; i++)
            {
                footnotes.Footnotes.Append(new W.Footnote(new W.Paragraph(new W.Run(new W.FootnoteReferenceMark()), new W.Run(new W.TabChar()), Run(notes[i]))) { Id = i + 1 });
            }

            var paragraph = new W.Paragraph();
            var pieces = sentence.Split("[^");
            paragraph.Append(Run(pieces[0]));
            foreach (var piece in pieces.Skip(1))
            {
                var close = piece.IndexOf(']', StringComparison.Ordinal);
                paragraph.Append(new W.Run(new W.FootnoteReference { Id = long.Parse(piece[..close], System.Globalization.CultureInfo.InvariantCulture) }));
                if (piece.Length > close + 1)
                {
                    paragraph.Append(Run(piece[(close + 1)..]));
                }
            }

            main.Document = new W.Document(new W.Body(new W.Paragraph(Run("76/515. " + title)), paragraph));
        }

        return stream.ToArray();
    }

    private static byte[] WordOfLines(string text)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            foreach (var line in text.Split('\n').Where(l => l.Trim().Length > 0))
            {
                body.Append(new W.Paragraph(Run(line)));
            }

            word.AddMainDocumentPart().Document = new W.Document(body);
        }

        return stream.ToArray();
    }

    private static W.Run Run(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
